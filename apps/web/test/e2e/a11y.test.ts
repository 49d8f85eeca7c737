// Accessibility audit of every screen, at 1280 px in light mode and 375 px in dark mode: no serious or critical
// axe-core findings, nothing wider than the screen, dark exactly when the system is, and a keyboard walk (Tab
// reaches every control, in reading order inside each form, each with a visible focus style); then each screen
// with its API requests failing, which must be said in words. Mistakes in forms: a11y-mistakes.test.ts.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, drawnDark, horizontalOverflow } from "./a11y-checks";
import { keyboardProblems, MACHINE_WORDS } from "./a11y-keyboard";
import { auditPages, EXCLUDED, MODES, type Screen, type Seeded, screens, seed, settled } from "./a11y-setup";
import { launchBrowser, screenshot } from "./browser";

const web = inject("webUrl");
const apiUrl = inject("apiUrl");
let browser: Browser;
let seeded: Seeded;
const env = () => ({ browser, web, token: seeded.token });
const SCREENS: Screen[] = screens(() => seeded);

beforeAll(async () => {
  browser = await launchBrowser();
  seeded = await seed(apiUrl);
});

afterAll(() => browser?.close());

describe.each(MODES)("at $label", (mode) => {
  const pages = auditPages(env, mode);
  afterAll(() => pages.close());

  it.each(SCREENS)(
    "$name: axe finds nothing serious, nothing overflows, the keyboard reaches every control",
    async (screen) => {
      const page = await pages.get(screen.signedOut);
      await page.goto(`${web}${screen.path()}`);
      await settled(page);
      await screen.open?.(page);
      await settled(page);
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, `a11y-${screen.name}-${mode.file}`);

      expect(await axeViolations(page, EXCLUDED), `axe on ${screen.name} at ${mode.label}`).toEqual([]);
      expect(await horizontalOverflow(page), "sideways scrolling").toEqual([]);
      expect(await drawnDark(page), "dark mode follows the system").toBe(mode.colorScheme === "dark");
      expect(await keyboardProblems(page), `keyboard on ${screen.name} at ${mode.label}`).toEqual([]);
    },
  );
});

// The checks must be able to fail: each is shown a page broken in the way it looks for.
describe("the checks themselves", () => {
  const pages = auditPages(env, MODES[1]!);
  afterAll(() => pages.close());

  // The page is changed only once hydrated (settled): hydration redraws a tree holding nodes it did not render.
  it("see a missing label, a page wider than the phone, and focus without a ring", async () => {
    const page = await pages.get(true);
    await page.goto(`${web}/signin`);
    await settled(page);
    await page.evaluate(() => {
      document.querySelector("main, form")?.insertAdjacentHTML("beforeend", '<input id="unlabelled" type="text">');
      document.body.insertAdjacentHTML("beforeend", '<div style="width: 600px; height: 1px"></div>');
    });
    await page.addStyleTag({ content: "#password:focus-visible { outline: none !important; }" });
    expect((await axeViolations(page)).join("\n")).toMatch(/^label \(critical\) #unlabelled/m);
    expect((await horizontalOverflow(page))[0]).toMatch(/^page is 6\d\dpx wide in a 375px viewport$/);
    const problems = await keyboardProblems(page);
    expect(problems, problems.join("\n")).toContain("no visible focus style on input#password “”");
  });
});

// What the browser's GraphQL requests get instead of an answer: an internal error with a message for developers
// (which must not reach the screen), or no connection at all.
const FAILURES = [
  {
    label: "the API fails",
    says: /Something went wrong on our side/,
    fail: (page: Page) =>
      page.route(`${web}/graphql`, (route) =>
        route.fulfill({
          contentType: "application/json",
          body: JSON.stringify({
            data: null,
            errors: [{ message: "D1_ERROR: no such table: Project", extensions: { code: "INTERNAL_SERVER_ERROR" } }],
          }),
        }),
      ),
  },
  {
    label: "the network is down",
    says: /can't reach its server/,
    fail: (page: Page) => page.route(`${web}/graphql`, (route) => route.abort("internetdisconnected")),
  },
];

describe.each(FAILURES)("when $label, at 375 px dark", (failure) => {
  const pages = auditPages(env, MODES[1]!);
  afterAll(() => pages.close());

  it.each(SCREENS.filter((screen) => !screen.signedOut))("$name says so in words", async (screen) => {
    const page = await pages.get();
    await page.unrouteAll();
    await failure.fail(page);
    await page.goto(`${web}${screen.path()}`);
    const alerts = page.getByRole("alert");
    await alerts.first().waitFor({ timeout: 20_000 });
    const texts = (await alerts.allTextContents()).map((text) => text.trim());
    expect(
      texts.filter((text) => !failure.says.test(text) || MACHINE_WORDS.test(text) || /D1_ERROR/.test(text)),
    ).toEqual([]);
    expect(await axeViolations(page, EXCLUDED), `axe with the error shown on ${screen.name}`).toEqual([]);
    await screenshot(page, `a11y-failure-${screen.name}-${failure.label.replaceAll(" ", "-")}`);
  });
});
