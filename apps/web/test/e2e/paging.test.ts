// Long lists: projects page with "Load more", and a session's messages load 100 at a time as you scroll.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { graphqlAs, signUpViaApi, useToken } from "./api-client";
import { launchBrowser, newPage, screenshot } from "./browser";

const web = inject("webUrl");
const apiUrl = inject("apiUrl");
let browser: Browser;
let page: Page;
let token: string;

beforeAll(async () => {
  browser = await launchBrowser();
  token = await signUpViaApi(apiUrl, `paging-${Date.now()}@example.com`);
  page = await newPage(browser);
  await useToken(page.context(), web, token);
});

afterAll(() => browser?.close());

const createProject = (name: string) =>
  graphqlAs<{ createProject: { project: { id: string } } }>(
    apiUrl,
    token,
    `mutation ($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }`,
    { input: { name } },
  );

/** A new project's session holding `count` messages, user and assistant in turn; returns the session's id. */
async function sessionWith(project: string, count: number, content: (index: number) => string): Promise<string> {
  const { createProject: created } = await createProject(project);
  const { startSession } = await graphqlAs<{ startSession: { session: { id: string } } }>(
    apiUrl,
    token,
    `mutation ($input: StartSessionInput!) { startSession(input: $input) { session { id } } }`,
    { input: { projectId: created.project.id } },
  );
  const messages = Array.from({ length: count }, (_, index) => ({
    role: index % 2 === 0 ? "USER" : "ASSISTANT",
    content: content(index),
  }));
  await graphqlAs(
    apiUrl,
    token,
    `mutation ($input: AppendMessagesInput!) { appendMessages(input: $input) { appended } }`,
    { input: { sessionId: startSession.session.id, messages } },
  );
  return startSession.session.id;
}

describe("long lists", () => {
  it("loads more projects after the first 20", async () => {
    for (let index = 1; index <= 21; index++) await createProject(`Project ${index}`);
    await page.goto(`${web}/dashboard`);
    await page.getByText("Showing 20 of 21").waitFor();
    await page.getByRole("button", { name: "Load more projects" }).click();
    await page.getByText("Showing 21 of 21").waitFor();
    expect(await page.getByRole("button", { name: "Load more projects" }).count()).toBe(0);
  });

  it("renders a long session's messages a page at a time", async () => {
    const sessionId = await sessionWith("Long session", 250, (index) => `Message number ${index + 1}`);

    await page.goto(`${web}/sessions/${sessionId}`);
    await page.getByText("Showing 100 of 250 messages").waitFor();
    expect(await page.getByText("Message number 101", { exact: true }).count()).toBe(0);
    // Scrolling towards the end fetches the next page without a click.
    await page.getByText("Message number 100", { exact: true }).scrollIntoViewIfNeeded();
    await page.getByText("Showing 200 of 250 messages").waitFor();
    await page.getByText("Message number 200", { exact: true }).scrollIntoViewIfNeeded();
    await page.getByText("Showing 250 of 250 messages").waitFor();
    await page.getByText("Message number 250", { exact: true }).waitFor();
    await screenshot(page, "12-long-session-scrolled", false);
  });

  it("keeps a 5,000-message session smooth: rendered messages stay bounded while scrolling to the end", async () => {
    // Some longer messages, so pages differ in height like a real session's.
    const sessionId = await sessionWith(
      "Five thousand messages",
      5_000,
      (index) => `Seeded message ${index + 1}${index % 7 === 0 ? `\n${"More detail on this step. ".repeat(12)}` : ""}`,
    );

    await page.goto(`${web}/sessions/${sessionId}`);
    await page.getByText("Showing 100 of 5,000 messages").waitFor();
    const rendered = () => page.locator("[data-page] article").count();
    let mostRendered = await rendered();
    // Scrolling to the end brings more pages (sometimes several at once); each step must bring at least one.
    const loadedCount = async () => Number(await page.getByTestId("messages-loaded").getAttribute("data-loaded"));
    for (let count = await loadedCount(); count < 5_000; count = await loadedCount()) {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForFunction(
        (before) =>
          Number(document.querySelector("[data-testid=messages-loaded]")?.getAttribute("data-loaded")) > before,
        count,
        { timeout: 20_000 },
      );
      mostRendered = Math.max(mostRendered, await rendered());
    }
    await page.getByText(/^Seeded message 5000$/).waitFor();
    mostRendered = Math.max(mostRendered, await rendered());
    // A window of pages around the screen (at most four of 100), never the 5,000.
    expect(mostRendered).toBeLessThanOrEqual(400);
    expect(await rendered()).toBeGreaterThanOrEqual(100);
    expect(await page.getByText(/^Seeded message 2$/).count()).toBe(0);
    await screenshot(page, "13-five-thousand-messages-end", false);

    // Back at the top, the first page is rendered again where it was.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByText(/^Seeded message 2$/).waitFor();
    expect(await rendered()).toBeLessThanOrEqual(400);
  });
});
