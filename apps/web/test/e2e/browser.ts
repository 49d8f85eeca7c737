// Debian's Chromium through playwright-core (no browser downloads), and helpers the test files share.
import { fileURLToPath } from "node:url";
import { type Browser, type BrowserContextOptions, chromium, type Page } from "playwright-core";

export const artifactsDir = fileURLToPath(new URL("../../test-artifacts/", import.meta.url));

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    colorScheme: "light",
    ...options,
  });
  // Generous: vite dev compiles each page on first visit, which is slow on a busy two-core machine.
  context.setDefaultTimeout(60_000);
  return context.newPage();
}

/** Full page by default; viewport only to show what is on screen after scrolling. */
export function screenshot(page: Page, name: string, fullPage = true) {
  return page.screenshot({ path: `${artifactsDir}${name}.png`, fullPage });
}
