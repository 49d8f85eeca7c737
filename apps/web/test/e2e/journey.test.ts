// The product's main path, every step through the UI as a person takes it: sign up → project → session 1 →
// paste a real transcript → complete → watch the run → handoff v1 → session 2 starts with it → complete →
// the lineage shows v2 with parent v1 → an item promoted from the handoff is found by the knowledge search.
import { existsSync, readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, newPage, screenshot } from "./browser";

const web = inject("webUrl");
const corpus = new URL("../../../../../shared/corpus/haav-catalog-service/", import.meta.url);
const transcript = (name: string) => readFileSync(new URL(name, corpus), "utf8");
const projectName = "Catalog service";
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser, { permissions: ["clipboard-read", "clipboard-write"] });
});

afterAll(() => browser?.close());

const nav = (label: string) => page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: label });

/** On a session's page: pastes the transcript, imports it, completes the session and waits for its handoff. */
async function importAndComplete(text: string, accomplishments: string, shot: string) {
  await page.getByRole("textbox", { name: "Transcript" }).fill(text);
  await page.getByTestId("preview-format").waitFor();
  expect(await page.getByTestId("preview-format").textContent()).toBe("Aider chat history");
  await page.getByRole("button", { name: "Import transcript" }).click();
  await page.getByText(/^Imported \d+ messages, read as Aider chat history\.$/).waitFor();
  await page.getByLabel("Accomplishments").fill(accomplishments);
  await page.getByRole("button", { name: "Complete and write handoff" }).click();
  // The progress bar is driven by the handoffRun subscription; it ends at 100 with every stage done.
  await page.getByRole("progressbar", { name: "Handoff progress" }).waitFor();
  await screenshot(page, `${shot}-run`);
  await page.getByText("Done: the new handoff is below.").waitFor();
  expect(await page.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("100");
}

async function startSession(number: number) {
  await page.getByRole("button", { name: "Start session" }).click();
  await page.getByRole("heading", { name: `Session #${number} started` }).waitFor();
}

describe.skipIf(!existsSync(corpus))("a project carried across two sessions, all in the browser", () => {
  it("signs up and creates a project", async () => {
    await page.goto(`${web}/signup`);
    await page.getByLabel("Name").fill("Journey Tester");
    await page.getByLabel("Email").fill(`journey-${Date.now()}@example.com`);
    await page.getByLabel("Password").fill("correct horse battery");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL("**/dashboard");
    await page.getByRole("button", { name: "Create your first project" }).click();
    await page.getByLabel("Name").fill(projectName);
    await page.getByRole("button", { name: "Create project" }).click();
    await page.getByRole("list", { name: "Projects" }).getByRole("link", { name: projectName }).click();
    await page.getByRole("heading", { name: projectName }).waitFor();
  });

  it("completes session 1 with a real transcript and shows handoff v1", async () => {
    await startSession(1);
    await page.getByRole("link", { name: "Open session" }).click();
    await page.getByRole("heading", { name: "Session #1" }).waitFor();
    await importAndComplete(transcript("session-01.md"), "Diagnosed the CatalogClient connection error", "80-s1");
    await page.getByRole("heading", { name: "Handoff v1" }).waitFor();
    expect(await page.getByLabel("Master prompt").textContent()).toContain("CatalogClient");
    await screenshot(page, "81-handoff-v1");
  });

  it("starts session 2 with handoff v1 loaded, one click to copy, and completes it", async () => {
    await page.getByRole("link", { name: projectName }).first().click();
    await page.getByRole("heading", { name: projectName }).waitFor();
    await startSession(2);
    const prompt = await page.getByLabel("Handoff prompt").textContent();
    expect(prompt).toContain("CatalogClient");
    await page.getByRole("button", { name: "Copy prompt" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(prompt);
    await screenshot(page, "82-session-2-started");

    await page.getByRole("link", { name: "Open session" }).click();
    await page.getByRole("heading", { name: "Session #2" }).waitFor();
    await page.getByText("Handoff this session started with (v1)").waitFor();
    await importAndComplete(transcript("session-03.md"), "Moved the catalog to MongoDB", "83-s2");
    await page.getByRole("heading", { name: "Handoff v2 (parent v1)" }).waitFor();
  });

  it("promotes an item of handoff v2 to the knowledge base", async () => {
    await page.getByText(/^Ledger items/).click();
    const item = page.getByRole("list", { name: "Ledger items" }).getByRole("listitem").first();
    const text = ((await item.getByTestId("item-text").textContent()) ?? "").trim();
    expect(text.length).toBeGreaterThan(0);
    await item.getByRole("button", { name: "Add to knowledge base" }).click();
    await item.getByRole("link", { name: "Open the knowledge base" }).waitFor();

    await nav("Knowledge").click();
    await page.waitForURL("**/knowledge**");
    // The search looks for the item's most distinctive word: its longest.
    const word = text.split(/[^\p{L}\p{N}]+/u).sort((a, b) => b.length - a.length)[0] ?? "";
    await page.getByRole("searchbox", { name: "Search the knowledge base" }).fill(word);
    await page.getByRole("button", { name: "Search", exact: true }).click();
    const results = page.getByRole("list", { name: "Knowledge entries" });
    await results.locator("mark").first().waitFor();
    expect((await results.locator("mark").first().textContent())?.toLowerCase()).toBe(word.toLowerCase());
    await screenshot(page, "84-knowledge-search");
  });

  it("shows the lineage: v2 built on v1", async () => {
    await nav("Dashboard").click();
    await page.getByRole("list", { name: "Projects" }).getByRole("link", { name: projectName }).click();
    const lineage = page.getByRole("region", { name: "Handoff lineage" });
    await lineage.getByText(/^v2\s*← v1/).waitFor();
    await lineage.getByText(/^v1\s*\(first\)/).waitFor();
    await screenshot(page, "85-lineage");
  });
});
