// Completing sessions in the browser: a real transcript from the corpus, the live progress of the handoff run,
// the new handoff with its fidelity, pinning an item, and version 2 shown with what changed since version 1.
import { existsSync, readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
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

const api = <T>(query: string, variables = {}) => graphqlAs<T>(apiUrl, token, query, variables);

async function sessionWith(transcript: string): Promise<string> {
  const { startSession } = await api<{ startSession: { session: { id: string } } }>(
    `mutation ($input: StartSessionInput!) { startSession(input: $input) { session { id } } }`,
    { input: { projectId } },
  );
  await api(`mutation ($input: ImportTranscriptInput!) { importTranscript(input: $input) { imported } }`, {
    input: { sessionId: startSession.session.id, content: transcript },
  });
  return startSession.session.id;
}

async function completeInBrowser(sessionId: string, accomplishments: string) {
  await page.goto(`${web}/sessions/${encodeURIComponent(sessionId)}`);
  await page.getByLabel("Accomplishments").fill(accomplishments);
  await page.getByLabel("Next steps").fill("Add integration tests for the catalog endpoint");
  await page.getByRole("button", { name: "Complete and write handoff" }).click();
  await page.getByRole("progressbar", { name: "Handoff progress" }).waitFor();
  await page.getByText("Done: the new handoff is below.").waitFor();
  expect(await page.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("100");
  expect(await page.locator('[data-stage][data-state="done"]').count()).toBe(5);
}

beforeAll(async () => {
  browser = await launchBrowser();
  token = await signUpViaApi(apiUrl, `handoff-${Date.now()}@example.com`);
  page = await newPage(browser);
  await useToken(page.context(), web, token);
  const { createProject } = await api<{ createProject: { project: { id: string } } }>(
    `mutation ($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }`,
    { input: { name: "Catalog service" } },
  );
  projectId = createProject.project.id;
});

afterAll(() => browser?.close());

describe.skipIf(!existsSync(corpusFile))("completing sessions", () => {
  it("completes session 1 with a real transcript, watches the run, and shows handoff v1", async () => {
    const session = await sessionWith(readFileSync(corpusFile, "utf8"));
    await completeInBrowser(session, "Diagnosed the CatalogClient connection error");
    await page.getByRole("heading", { name: "Handoff v1" }).waitFor();
    expect(await page.getByTestId("fidelity").textContent()).toMatch(/^\d+%$/);
    expect(await page.getByLabel("Master prompt").textContent()).toContain("CatalogClient");
    await screenshot(page, "20-handoff-v1");

    await page.getByText(/^Ledger items/).click();
    await page.getByRole("button", { name: "Pin", exact: true }).first().click();
    await page.getByRole("button", { name: "Unpin", exact: true }).first().waitFor();
    expect(await page.getByLabel("Master prompt").textContent()).toContain("(pinned)");
  });

  it("completes session 2 and shows v2 beside its parent with what changed", async () => {
    const session = await sessionWith(
      "User: The CatalogClient error is fixed: the base URL needed https.\nAssistant: Good. Next I added tests in CatalogService.Tests/CatalogControllerTests.cs.",
    );
    await page.goto(`${web}/sessions/${encodeURIComponent(session)}`);
    await page.getByText("Handoff this session started with (v1)").waitFor();
    await completeInBrowser(session, "Fixed the base URL");
    await page.getByRole("heading", { name: "Handoff v2 (parent v1)" }).waitFor();
    await page.getByRole("heading", { name: /^Added \(\d+\)$/ }).waitFor();
    await screenshot(page, "21-handoff-v2-diff");
    await page.setViewportSize({ width: 375, height: 800 });
    await page.emulateMedia({ colorScheme: "dark" });
    await screenshot(page, "22-handoff-v2-phone-dark");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
  });

  it("shows the lineage on the project page: v2 with parent v1, each openable", async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(`${web}/projects/${encodeURIComponent(projectId)}`);
    const lineage = page.getByRole("region", { name: "Handoff lineage" });
    await lineage.getByRole("button", { name: /^v2 ← v1/ }).click();
    await page.getByRole("heading", { name: "Handoff v2 (parent v1)" }).waitFor();
    expect(await lineage.getByRole("button", { name: /^v1 \(first\)/ }).count()).toBe(1);
    await screenshot(page, "23-project-lineage");
    // v2 is the master handoff: its items can be edited here; v1 is history, whose items can only be kept.
    await lineage.getByText(/^Ledger items/).click();
    await lineage.getByRole("button", { name: "Edit", exact: true }).first().waitFor();
    await lineage.getByRole("button", { name: /^v1 \(first\)/ }).click();
    await page.getByRole("heading", { name: "Handoff v1", exact: true }).waitFor();
    await lineage.getByText(/^Ledger items/).click();
    await lineage.getByRole("button", { name: "Add to knowledge base" }).first().waitFor();
    expect(await lineage.getByRole("button", { name: "Edit", exact: true }).count()).toBe(0);
  });
});
