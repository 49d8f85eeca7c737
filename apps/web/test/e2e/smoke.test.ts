// Browser smoke test: the real API (wrangler dev, fresh database) and the web app (vite dev), driven by
// Debian's Chromium. Signs up, creates a project, starts a session, imports a transcript, and starts the
// next session with the handoff the first one produced. Screenshots of each step go to test-artifacts/.
import { mkdir, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { completeSession, sessionToken } from "./api-client";
import { stopAll } from "./processes";
import { type Api, startApi, startWeb } from "./servers";

const artifacts = fileURLToPath(new URL("../../test-artifacts/", import.meta.url));
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

let api: Api | undefined;
let webServer: Awaited<ReturnType<typeof startWeb>> | undefined;
let web: string;
let browser: Browser | undefined;
let page: Page;

const shot = (name: string, target: Page = page, fullPage = true) =>
  target.screenshot({ path: `${artifacts}${name}.png`, fullPage });

beforeAll(async () => {
  await mkdir(artifacts, { recursive: true });
  api = await startApi();
  webServer = await startWeb(api.url);
  web = webServer.url;
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    colorScheme: "light",
    // For checking what "Copy prompt" put on the clipboard.
    permissions: ["clipboard-read", "clipboard-write"],
  });
  // Generous: vite dev compiles each page on first visit, which is slow on a busy two-core machine.
  context.setDefaultTimeout(60_000);
  page = await context.newPage();
});

afterAll(async () => {
  // The servers' output, for finding out why a step failed.
  if (api) await writeFile(`${artifacts}api.log`, api.server.output());
  if (webServer) await writeFile(`${artifacts}web.log`, webServer.server.output());
  await browser?.close();
  await stopAll();
  await api?.cleanup();
});

describe("Baton web", () => {
  const email = `smoke-${Date.now()}@example.com`;
  const projectName = "Invoice parser";
  let firstSessionId = "";

  it("signs up", async () => {
    await page.goto(web);
    await page.waitForURL("**/signin");
    await shot("01-signin");
    await page.getByRole("link", { name: "Create an account" }).click();
    await page.getByLabel("Name").fill("Smoke Tester");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByText("Use at least 8 characters for your password.").waitFor();
    await shot("02-signup-validation");
    await page.getByLabel("Password").fill("correct horse battery");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL("**/dashboard");
    await page.getByRole("heading", { name: "No projects yet" }).waitFor();
    await shot("03-dashboard-empty");
  });

  it("creates a project and sees it listed", async () => {
    await page.getByRole("button", { name: "Create your first project" }).click();
    await page.getByRole("button", { name: "Create project" }).click();
    await page.getByText("Give the project a name.").waitFor();
    await page.getByLabel("Name").fill(projectName);
    await page.getByLabel("Description").fill("Turns PDF invoices into ledger entries.");
    await page.getByRole("button", { name: "Create project" }).click();
    const card = page.getByRole("list", { name: "Projects" }).getByRole("link", { name: projectName });
    await card.waitFor();
    expect(await page.getByText("Showing 1 of 1").isVisible()).toBe(true);
    await shot("04-dashboard-project");
  });

  it("starts a session and shows its handoff prompt", async () => {
    await page.getByRole("list", { name: "Projects" }).getByRole("link", { name: projectName }).click();
    await page.getByRole("heading", { name: projectName }).waitFor();
    await page.getByLabel("Objectives").fill("Parse the totals table");
    await page.getByRole("button", { name: "Start session" }).click();
    await page.getByRole("heading", { name: "Session #1 started" }).waitFor();
    await page.getByRole("link", { name: "Session #1" }).waitFor();
    await shot("05-project-session-started");
  });

  it("imports a transcript and adds a message", async () => {
    await page.getByRole("link", { name: "Open session" }).click();
    await page.getByRole("heading", { name: "Session #1" }).waitFor();
    const transcript = "User: Where are the totals?\n\nAssistant: In the last table of the invoice.\n";
    await page.getByRole("textbox", { name: "Transcript" }).fill(transcript);
    await page.getByRole("button", { name: "Import transcript" }).click();
    await page.getByText(/^Imported \d+ messages?, read as /).waitFor();
    await page.getByRole("textbox", { name: "Message", exact: true }).fill("Next: handle credit notes.");
    await page.getByRole("button", { name: "Add message" }).click();
    await page.getByText("Next: handle credit notes.").waitFor();
    await shot("06-session-messages");
    // Scrolled, viewport only: checks the sticky sidebar where a full-page capture cannot show it.
    await page.mouse.wheel(0, 2_000);
    await shot("06b-session-scrolled", page, false);
    firstSessionId = new URL(page.url()).pathname.split("/").at(-1)!;
  });

  it("carries the handoff into the next session, one click to copy", async () => {
    // Completing a session has no screen yet: done through the API as the signed-in user.
    await completeSession(api!.url, await sessionToken(page.context()), firstSessionId);
    await page.getByRole("link", { name: projectName }).click();
    await page.getByRole("heading", { name: projectName }).waitFor();
    await page.getByRole("button", { name: "Start session" }).click();
    await page.getByRole("heading", { name: "Session #2 started" }).waitFor();
    const prompt = await page.getByLabel("Handoff prompt").textContent();
    expect(prompt?.length).toBeGreaterThan(20);
    await page.getByRole("button", { name: "Copy prompt" }).click();
    await page.getByRole("button", { name: "Copied" }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(prompt);
    await shot("07-handoff-prompt");
  });

  it("fits a 375 px phone screen, in dark mode too", async () => {
    const phone = await browser!.newContext({
      viewport: { width: 375, height: 812 },
      colorScheme: "dark",
      storageState: await page.context().storageState(),
    });
    phone.setDefaultTimeout(60_000);
    const phonePage = await phone.newPage();
    await phonePage.goto(`${web}/dashboard`);
    await phonePage.getByRole("list", { name: "Projects" }).getByRole("link", { name: projectName }).waitFor();
    const overflow = await phonePage.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot("08-phone-dark-dashboard", phonePage);
    await phonePage.getByRole("link", { name: projectName }).click();
    await phonePage.getByRole("heading", { name: projectName }).waitFor();
    await phonePage.getByRole("link", { name: "Session #1" }).waitFor();
    await shot("09-phone-dark-project", phonePage);
    await phonePage.getByRole("link", { name: "Session #1" }).click();
    await phonePage.getByRole("heading", { name: "Session #1" }).waitFor();
    await phonePage.getByText("Next: handle credit notes.").waitFor();
    await shot("10-phone-dark-session", phonePage);
    await phone.close();
  });

  it("signs out", async () => {
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL("**/signin");
    await page.goto(`${web}/dashboard`);
    await page.waitForURL("**/signin?redirectTo=%2Fdashboard");
  });
});
