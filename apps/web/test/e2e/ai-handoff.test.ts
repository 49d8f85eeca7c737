// AI Handoff in the browser: a new user creates the project right there, pastes the notes of a session held
// elsewhere, watches the run write the handoff, and copies the master prompt; a linked project is preselected.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { graphqlAs, signUpViaApi, useToken } from "./api-client";
import { launchBrowser, newPage, screenshot } from "./browser";

const web = inject("webUrl");
const apiUrl = inject("apiUrl");
let browser: Browser;
let page: Page;
let token: string;

const notes = [
  "User: The invoice importer now streams the PDF instead of loading it whole.",
  "Assistant: Done. I moved parsing into src/importer/stream.ts and kept SQLite for the totals.",
  "User: We decided to keep SQLite. Next step: handle credit notes in the totals table.",
].join("\n");

beforeAll(async () => {
  browser = await launchBrowser();
  token = await signUpViaApi(apiUrl, `ai-handoff-${Date.now()}@example.com`);
  page = await newPage(browser, { permissions: ["clipboard-read", "clipboard-write"] });
  await useToken(page.context(), web, token);
});

afterAll(() => browser?.close());

describe("AI handoff from pasted notes", () => {
  it("offers to create a project when there is none, then preselects it", async () => {
    await page.goto(`${web}/handoff`);
    await page.getByRole("heading", { name: "Create a project first" }).waitFor();
    await screenshot(page, "50-ai-handoff-no-project");
    await page.getByLabel("Name").fill("Invoice parser");
    await page.getByRole("button", { name: "Create project" }).click();
    const picker = page.getByLabel("Project", { exact: true });
    await picker.waitFor();
    expect(await picker.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text)).toBe(
      "Invoice parser",
    );
    await page.getByText("Writes the project's first handoff.").waitFor();
  });

  it("explains what is missing, then writes the handoff with live progress, and copies the prompt", async () => {
    await page.getByRole("button", { name: "Generate handoff" }).click();
    await page.getByText("Paste your notes or the conversation").waitFor();
    expect(await page.getByLabel("Notes or conversation").getAttribute("aria-invalid")).toBe("true");

    await page.getByLabel("Notes or conversation").fill(notes);
    await page.getByLabel("The rules (offline, fast)").check();
    await screenshot(page, "51-ai-handoff-form");
    await page.getByRole("button", { name: "Generate handoff" }).click();
    await page.getByRole("progressbar", { name: "Handoff progress" }).waitFor();
    await page
      .getByText("Done: the new handoff is below.")
      .waitFor()
      .catch(async (error) => {
        await screenshot(page, "59-ai-handoff-failure");
        throw error;
      });
    expect(await page.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("100");
    expect(await page.locator('[data-stage][data-state="done"]').count()).toBe(5);

    await page.getByRole("heading", { name: "Master prompt for Invoice parser" }).waitFor();
    const prompt = (await page.getByLabel("Handoff prompt").textContent()) ?? "";
    expect(prompt).toContain("credit notes");
    expect(await page.getByText("Written by the rules.").count()).toBe(1);
    await page.getByRole("button", { name: "Copy prompt" }).click();
    await page.getByRole("button", { name: "Copied" }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(prompt);
    await screenshot(page, "52-ai-handoff-result");

    // The notes stay, and the picker now builds on the version just written.
    expect(await page.getByLabel("Notes or conversation").inputValue()).toBe(notes);
    await page.getByText("Writes v2, building on v1.").waitFor();

    const link = page.getByRole("link", { name: "Open Invoice parser" });
    const { projects } = await graphqlAs<{ projects: { edges: { node: { id: string } }[] } }>(
      apiUrl,
      token,
      `{ projects(first: 1) { edges { node { id } } } }`,
    );
    expect(await link.getAttribute("href")).toBe(`/projects/${projects.edges[0]!.node.id}`);

    // The run is in the link: a reload shows its result again.
    expect(new URL(page.url()).searchParams.get("run")).toBeTruthy();
    await page.reload();
    await page.getByText("Done: the new handoff is below.").waitFor();
    expect(await page.getByLabel("Handoff prompt").textContent()).toBe(prompt);
  });

  it("fits a phone screen, in dark mode too", async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.emulateMedia({ colorScheme: "dark" });
    // From the top, so the sticky top bar sits where a person sees it.
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, "53-ai-handoff-phone-dark");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: "light" });
  });

  it("preselects the project a link names", async () => {
    const { createProject } = await graphqlAs<{ createProject: { project: { id: string } } }>(
      apiUrl,
      token,
      `mutation ($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }`,
      { input: { name: "Catalog service" } },
    );
    await page.goto(`${web}/handoff?project=${encodeURIComponent(createProject.project.id)}`);
    const picker = page.getByLabel("Project", { exact: true });
    await page.getByText("Writes the project's first handoff.").waitFor();
    expect(await picker.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text)).toBe(
      "Catalog service",
    );
  });
});
