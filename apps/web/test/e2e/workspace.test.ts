// The session workspace end to end: a real transcript file dropped on the import form is previewed in the
// browser (format, message count) before it is saved; the session is completed; the new handoff's ledger items
// are edited, dropped, pinned and promoted, and each change re-renders the master prompt.
import { existsSync, readFileSync } from "node:fs";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { graphqlAs, signUpViaApi, useToken } from "./api-client";
import { launchBrowser, newPage, screenshot } from "./browser";

const web = inject("webUrl");
const apiUrl = inject("apiUrl");
const corpusFile = new URL("../../../../../shared/corpus/haav-catalog-service/session-01.md", import.meta.url);
let browser: Browser;
let page: Page;
let token: string;
let projectId: string;
let sessionId: string;

const api = <T>(query: string, variables = {}) => graphqlAs<T>(apiUrl, token, query, variables);

/** Drops a file on the zone the way a person dragging it from their file manager would. */
async function dropFile(zone: Locator, name: string, content: string) {
  const dataTransfer = await zone.page().evaluateHandle(
    ({ name, content }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], name, { type: "text/markdown" }));
      return transfer;
    },
    { name, content },
  );
  await zone.dispatchEvent("dragenter", { dataTransfer });
  await zone.dispatchEvent("dragover", { dataTransfer });
  await zone.dispatchEvent("drop", { dataTransfer });
}

const promptText = () => page.getByLabel("Master prompt").textContent();
const items = () => page.getByRole("list", { name: "Ledger items" }).getByRole("listitem");

beforeAll(async () => {
  browser = await launchBrowser();
  token = await signUpViaApi(apiUrl, `workspace-${Date.now()}@example.com`);
  page = await newPage(browser, { permissions: ["clipboard-read", "clipboard-write"] });
  await useToken(page.context(), web, token);
  const { createProject } = await api<{ createProject: { project: { id: string } } }>(
    `mutation ($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }`,
    { input: { name: "Catalog service" } },
  );
  projectId = createProject.project.id;
  const { startSession } = await api<{ startSession: { session: { id: string } } }>(
    `mutation ($input: StartSessionInput!) { startSession(input: $input) { session { id } } }`,
    { input: { projectId } },
  );
  sessionId = startSession.session.id;
});

afterAll(() => browser?.close());

describe.skipIf(!existsSync(corpusFile))("session workspace", () => {
  it("explains pasted text it cannot read and keeps it", async () => {
    // Through the project page, so that it is in the app's cache when we come back to it after the run.
    await page.goto(`${web}/projects/${encodeURIComponent(projectId)}`);
    await page
      .getByRole("region", { name: "Master handoff" })
      .getByText(/^\s*No handoff yet/)
      .waitFor();
    await page.getByRole("link", { name: "Session #1" }).click();
    await page.getByRole("heading", { name: "Session #1" }).waitFor();
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe(`/sessions/${sessionId}`);
    const box = page.getByRole("textbox", { name: "Transcript" });
    await box.fill("these are just some notes");
    await page
      .getByTestId("transcript-problem")
      .getByText(/Could not recognise the transcript format/)
      .waitFor();
    expect(await page.getByRole("button", { name: "Import transcript" }).isDisabled()).toBe(true);
    expect(await box.inputValue()).toBe("these are just some notes");
    await box.fill("");
  });

  it("opens the file chooser from the keyboard, and refuses a file that is not text", async () => {
    const chooser = page.waitForEvent("filechooser");
    // Focus and key press in one step: a separate focus() can be lost to a re-render before the key arrives.
    await page.getByLabel("Choose a file").press("Space");
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    await (await chooser).setFiles({ name: "screenshot.png", mimeType: "image/png", buffer: png });
    await page.getByText("screenshot.png is not a text file. Choose the transcript export itself.").waitFor();
  });

  it("previews a dropped corpus transcript in the browser, then saves it", async () => {
    await dropFile(page.getByTestId("transcript-drop-zone"), "session-01.md", readFileSync(corpusFile, "utf8"));
    const preview = page.getByTestId("transcript-preview");
    await preview.waitFor();
    expect(await page.getByTestId("preview-format").textContent()).toBe("Aider chat history");
    expect(await page.getByTestId("preview-count").textContent()).toBe("7 messages");
    expect(await preview.textContent()).toContain("First message");
    await page.getByText("session-01.md").waitFor();
    await screenshot(page, "30-workspace-preview");
    await page.setViewportSize({ width: 375, height: 800 });
    await preview.scrollIntoViewIfNeeded();
    await screenshot(page, "31-workspace-preview-phone", false);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByRole("button", { name: "Import transcript" }).click();
    await page.getByText("Imported 7 messages, read as Aider chat history.").waitFor();
    await page.getByText("Showing 7 of 7 messages").waitFor();
  });

  it("completes the session and edits, drops, pins and promotes ledger items", async () => {
    await page.getByLabel("Accomplishments").fill("Diagnosed the CatalogClient connection error");
    await page.getByLabel("Blockers").fill("CORS preflight still fails from the admin UI");
    await page.getByRole("button", { name: "Complete and write handoff" }).click();
    await page.getByText("Done: the new handoff is below.").waitFor();
    await page.getByRole("heading", { name: "Handoff v1" }).waitFor();
    await page.getByText(/^Ledger items/).click();

    const first = items().first();
    await first.getByRole("button", { name: "Edit", exact: true }).click();
    await first.getByLabel("Text").fill("Keep the catalog API on HTTPS only");
    await first.getByLabel("Kind").selectOption("CONSTRAINT");
    await first.getByRole("button", { name: "Save item" }).click();
    await page
      .getByTestId("rerender-notice")
      .getByText(/^Item saved\. The master prompt was re-rendered: \d+ tokens/)
      .waitFor();
    await page.waitForFunction(() =>
      document
        .querySelector('[aria-label="Master prompt"]')
        ?.textContent?.includes("Keep the catalog API on HTTPS only"),
    );
    const edited = items().filter({ hasText: "Keep the catalog API on HTTPS only" });
    expect(await edited.textContent()).toMatch(/Constraint · Open · edited/);

    const count = await items().count();
    const second = items().filter({ hasNotText: "Keep the catalog API on HTTPS only" }).first();
    const droppedText = (await second.getByTestId("item-text").textContent()) ?? "";
    await second.getByRole("button", { name: "Drop", exact: true }).click();
    await second.getByRole("button", { name: "Drop item", exact: true }).click();
    await page
      .getByTestId("rerender-notice")
      .getByText(/^Item dropped\./)
      .waitFor();
    await expect.poll(() => items().count()).toBe(count - 1);
    expect(await page.getByTestId("item-text").allTextContents()).not.toContain(droppedText);

    await edited.getByRole("button", { name: "Pin", exact: true }).click();
    await edited.getByRole("button", { name: "Unpin", exact: true }).waitFor();
    await page
      .getByTestId("rerender-notice")
      .getByText(/^Item pinned\./)
      .waitFor();
    expect(await promptText()).toContain("(pinned)");

    await edited.getByRole("button", { name: "Add to knowledge base" }).click();
    const link = edited.getByRole("link", { name: "Open the knowledge base" });
    await link.waitFor();
    expect(await link.getAttribute("href")).toBe(`/knowledge?project=${encodeURIComponent(projectId)}`);
    await screenshot(page, "32-workspace-items");
    await page.setViewportSize({ width: 375, height: 800 });
    await page.emulateMedia({ colorScheme: "dark" });
    await page.waitForTimeout(400);
    await edited.scrollIntoViewIfNeeded();
    await screenshot(page, "33-workspace-items-phone-dark", false);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: "light" });

    const { knowledgeEntries } = await api<{ knowledgeEntries: { edges: { node: { content: string } }[] } }>(
      `query ($projectId: ID) { knowledgeEntries(projectId: $projectId, first: 10) { edges { node { content } } } }`,
      { projectId },
    );
    expect(knowledgeEntries.edges.map((edge) => edge.node.content).join("\n")).toContain(
      "Keep the catalog API on HTTPS only",
    );
  });

  it("shows the project: master handoff, timeline with what each session did, knowledge, a new session", async () => {
    // Back in the app (no reload): the page must not show the cached project from before the run.
    await page.getByRole("link", { name: "Catalog service" }).click();
    const master = page.getByRole("region", { name: "Master handoff" });
    await master.getByLabel("Handoff prompt").getByText("Keep the catalog API on HTTPS only").waitFor();
    expect(await master.getByTestId("master-fidelity").textContent()).toMatch(/^\d+%$/);
    const timeline = page.getByRole("region", { name: /^Sessions/ });
    await timeline.getByText("Diagnosed the CatalogClient connection error").waitFor();
    await timeline.getByText("CORS preflight still fails from the admin UI").waitFor();
    expect(await timeline.getByTestId("session-duration").textContent()).toMatch(/min|minute| h/);
    const knowledge = page.getByRole("region", { name: /^Knowledge/ });
    await knowledge
      .getByRole("list", { name: "Knowledge entries" })
      .getByText("Keep the catalog API on HTTPS only")
      .waitFor();
    const href = `/knowledge?project=${encodeURIComponent(projectId)}`;
    expect(await knowledge.getByRole("link", { name: "Open in the knowledge base" }).getAttribute("href")).toBe(href);
    await screenshot(page, "34-project-page");

    await page.getByLabel("Objectives").fill("Add integration tests for the catalog endpoint");
    await page.getByText("Debugging", { exact: true }).click();
    await page.getByRole("button", { name: "Start session" }).click();
    const started = page.getByRole("region", { name: "Session #2 started" });
    await started.getByText("Debugging session.").waitFor();
    await started.getByText("Add integration tests for the catalog endpoint").waitFor();
    const prompt = await started.getByLabel("Handoff prompt").textContent();
    expect(prompt).toContain("Keep the catalog API on HTTPS only");
    await started.getByRole("button", { name: "Copy prompt" }).click();
    await started.getByRole("button", { name: "Copied" }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(prompt);
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
    await screenshot(page, "35-project-page-phone");
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it("shows the dashboard: the project's handoff and fidelity, and totals", async () => {
    await page.goto(`${web}/dashboard`);
    const card = page
      .getByRole("list", { name: "Projects" })
      .getByRole("listitem")
      .filter({ hasText: "Catalog service" });
    expect(await card.getByTestId("card-handoff").textContent()).toMatch(/^\s*Handoff v1 · fidelity \d+%\s*$/);
    await card.getByText("2 sessions").waitFor();
    expect(await page.getByTestId("stat-projects").textContent()).toBe("1");
    expect(await page.getByTestId("stat-handoffs").textContent()).toBe("1");
    expect(await page.getByTestId("stat-knowledge").textContent()).toBe("1");
    await screenshot(page, "36-dashboard");
    await page.setViewportSize({ width: 375, height: 800 });
    await page.emulateMedia({ colorScheme: "dark" });
    // Cards fade between colour schemes (transition-colors); let them settle before the picture.
    await page.waitForTimeout(400);
    expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
    await screenshot(page, "37-dashboard-phone-dark");
  });
});
