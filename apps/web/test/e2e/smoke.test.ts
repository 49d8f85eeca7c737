// Browser smoke test: the real API (wrangler dev, fresh database) and the web app (vite dev), driven by
// Debian's Chromium. Signs up, creates a project, starts a session, imports a transcript, and starts the
// next session with the handoff the first one produced. Screenshots of each step go to test-artifacts/.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { completeSession, sessionToken } from "./api-client";
import { launchBrowser, newPage, screenshot } from "./browser";

const web = inject("webUrl");
const apiUrl = inject("apiUrl");
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  // Clipboard permissions, to check what "Copy prompt" copied.
  page = await newPage(browser, { permissions: ["clipboard-read", "clipboard-write"] });
});

afterAll(() => browser?.close());

describe("Baton web, first visit to second session", () => {
  const email = `smoke-${Date.now()}@example.com`;
  const projectName = "Invoice parser";
  let firstSessionId = "";

  it("signs up, explaining what is wrong first", async () => {
    await page.goto(web);
    await page.waitForURL("**/signin");
    await screenshot(page, "01-signin");
    await page.getByRole("link", { name: "Create an account" }).click();
    await page.getByLabel("Name").fill("Smoke Tester");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByText("Use at least 8 characters for your password.").waitFor();
    await screenshot(page, "02-signup-validation");
    await page.getByLabel("Password").fill("correct horse battery");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL("**/dashboard");
    await page.getByRole("heading", { name: "No projects yet" }).waitFor();
    await page.getByText("Smoke Tester").waitFor();
    await screenshot(page, "03-dashboard-empty");
  });

  it("creates a project and sees it listed", async () => {
    await page.getByRole("button", { name: "Create your first project" }).click();
    await page.getByRole("button", { name: "Create project" }).click();
    await page.getByText("Give the project a name.").waitFor();
    await page.getByLabel("Name").fill(projectName);
    await page.getByLabel("Description").fill("Turns PDF invoices into ledger entries.");
    await page.getByRole("button", { name: "Create project" }).click();
    await page.getByRole("list", { name: "Projects" }).getByRole("link", { name: projectName }).waitFor();
    expect(await page.getByText("Showing 1 of 1").isVisible()).toBe(true);
    await screenshot(page, "04-dashboard-project");
  });

  it("edits the project and starts a session", async () => {
    await page.getByRole("list", { name: "Projects" }).getByRole("link", { name: projectName }).click();
    await page.getByRole("heading", { name: projectName }).waitFor();
    await page.getByRole("button", { name: "Edit project" }).click();
    await page.getByLabel("Status").selectOption("PAUSED");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByText("Paused", { exact: true }).waitFor();
    await page.getByLabel("Objectives").fill("Parse the totals table");
    await page.getByRole("button", { name: "Start session" }).click();
    await page.getByRole("heading", { name: "Session #1 started" }).waitFor();
    await page.getByRole("link", { name: "Session #1" }).waitFor();
    await screenshot(page, "05-project-session-started");
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
    await screenshot(page, "06-session-messages");
    // Scrolled, viewport only: shows the sticky sidebar as a person sees it.
    await page.mouse.wheel(0, 2_000);
    await screenshot(page, "06b-session-scrolled", false);
    firstSessionId = new URL(page.url()).pathname.split("/").at(-1)!;
  });

  it("carries the handoff into the next session, one click to copy", async () => {
    // Completed through the API as the signed-in user; journey.test.ts completes sessions in the UI.
    await completeSession(apiUrl, await sessionToken(page.context()), firstSessionId);
    await page.getByRole("link", { name: projectName }).click();
    await page.getByRole("heading", { name: projectName }).waitFor();
    await page.getByRole("button", { name: "Start session" }).click();
    await page.getByRole("heading", { name: "Session #2 started" }).waitFor();
    const prompt = await page.getByLabel("Handoff prompt").textContent();
    expect(prompt).toContain("Handle credit notes");
    await page.getByRole("button", { name: "Copy prompt" }).click();
    await page.getByRole("button", { name: "Copied" }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(prompt);
    await screenshot(page, "07-handoff-prompt");
  });

  it("fits a 375 px phone screen, in dark mode too", async () => {
    const storageState = await page.context().storageState();
    const phone = await newPage(browser, { viewport: { width: 375, height: 812 }, colorScheme: "dark", storageState });
    await phone.goto(`${web}/dashboard`);
    await phone.getByRole("list", { name: "Projects" }).getByRole("link", { name: projectName }).waitFor();
    const overflow = () => phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await screenshot(phone, "08-phone-dark-dashboard");
    await phone.getByRole("link", { name: projectName }).click();
    await phone.getByRole("link", { name: "Session #2" }).waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await screenshot(phone, "09-phone-dark-project");
    await phone.getByRole("link", { name: "Session #1" }).click();
    await phone.getByText("Next: handle credit notes.").waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await screenshot(phone, "10-phone-dark-session");
    await phone.context().close();
  });

  it("signs out, and the app then asks to sign in", async () => {
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL("**/signin");
    await page.goto(`${web}/dashboard`);
    await page.waitForURL("**/signin?redirectTo=%2Fdashboard");
  });
});
