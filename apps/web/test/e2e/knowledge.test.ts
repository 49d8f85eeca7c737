// The knowledge base in the browser: the empty state, adding an entry (with its validation), full-text search with
// the words the API matched marked, filters by category, tag, project and global-only kept in the URL, editing
// (moving an entry to another project or to global) and deleting.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { graphqlAs, signUpViaApi, useToken } from "./api-client";
import { launchBrowser, newPage, screenshot } from "./browser";

const web = inject("webUrl");
const apiUrl = inject("apiUrl");
let browser: Browser;
let page: Page;
let token: string;

const api = <T>(query: string, variables = {}) => graphqlAs<T>(apiUrl, token, query, variables);

async function createProject(name: string): Promise<string> {
  const { createProject } = await api<{ createProject: { project: { id: string } } }>(
    `mutation ($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }`,
    { input: { name } },
  );
  return createProject.project.id;
}

const entries = () => page.getByRole("list", { name: "Knowledge entries" }).getByRole("heading");
const entryTitles = async () => (await entries().allTextContents()).map((title) => title.trim());
/** Waits until the list shows exactly these titles (in any order). */
async function expectTitles(titles: string[]) {
  await page
    .waitForFunction(
      (expected) => {
        const list = document.querySelector('[aria-label="Knowledge entries"]');
        const shown = [...(list?.querySelectorAll("h3") ?? [])].map((h) => h.textContent?.trim()).sort();
        return JSON.stringify(shown) === JSON.stringify([...expected].sort());
      },
      titles,
      { timeout: 20_000 },
    )
    .catch(async (error) => {
      await screenshot(page, "49-knowledge-failure");
      throw error;
    });
  expect((await entryTitles()).sort()).toEqual([...titles].sort());
}

beforeAll(async () => {
  browser = await launchBrowser();
  token = await signUpViaApi(apiUrl, `knowledge-${Date.now()}@example.com`);
  page = await newPage(browser);
  await useToken(page.context(), web, token);
});

afterAll(() => browser?.close());

describe("knowledge base", () => {
  const retryTitle = "Retry D1 batch writes";
  const patternTitle = "Runes for shared state";

  it("shows how to add the first entry, and adds one after explaining what is missing", async () => {
    await createProject("Invoice parser");
    await page.goto(`${web}/knowledge`);
    await page.getByRole("heading", { name: "No knowledge yet" }).waitFor();
    await screenshot(page, "40-knowledge-empty");

    await page.getByRole("button", { name: "Add your first entry" }).click();
    await page.getByRole("button", { name: "Add entry" }).click();
    await page.getByText("Give the entry a title.").waitFor();
    expect(await page.getByLabel("Title").getAttribute("aria-invalid")).toBe("true");

    await page.getByLabel("Title").fill(retryTitle);
    await page
      .getByLabel("Content")
      .fill("Wrap the batch in a retry with exponential backoff when SQLITE_BUSY appears.");
    await page.getByLabel("Tags").fill("D1, Retry");
    await page.getByLabel("Project").first().selectOption({ label: "Invoice parser" });
    await page.getByRole("button", { name: "Add entry" }).click();
    await page.getByText("Choose a category.").waitFor();
    // Nothing typed was lost.
    expect(await page.getByLabel("Title").inputValue()).toBe(retryTitle);
    await screenshot(page, "41-knowledge-validation");

    await page.getByLabel("Category", { exact: true }).first().selectOption({ label: "Solution" });
    await page.getByRole("button", { name: "Add entry" }).click();
    await page.getByText(`Added “${retryTitle}”.`).waitFor();
    await expectTitles([retryTitle]);
    const card = page.getByRole("article", { name: retryTitle });
    expect(await card.getByRole("list", { name: "Tags" }).textContent()).toMatch(/#d1\s*#retry/);
    expect(await card.getByRole("link", { name: "Invoice parser" }).count()).toBe(1);
  });

  it("finds an entry by a word of its content and marks the words, as text", async () => {
    await api(
      `mutation ($input: CreateKnowledgeEntryInput!) { createKnowledgeEntry(input: $input) { entry { id } } }`,
      {
        input: {
          title: patternTitle,
          content: "Keep <b>shared</b> state in a .svelte.ts class; deploying it needs no store.",
          category: "PATTERN",
          tags: ["svelte"],
        },
      },
    );
    await page.goto(`${web}/knowledge`);
    await expectTitles([retryTitle, patternTitle]);

    await page.getByLabel("Search the knowledge base").fill("backoff");
    await page.waitForURL("**/knowledge?q=backoff");
    await expectTitles([retryTitle]);
    const marks = await page.getByTestId("entry-snippet").locator("mark").allTextContents();
    expect(marks).toEqual(["backoff"]);

    // Stemmed match, and markup in an entry stays text.
    await page.getByLabel("Search the knowledge base").fill("deploys");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expectTitles([patternTitle]);
    const snippet = page.getByRole("article", { name: patternTitle }).getByTestId("entry-snippet");
    expect(await snippet.textContent()).toContain("Keep <b>shared</b> state");
    expect(await snippet.locator("b").count()).toBe(0);
    expect(await snippet.locator("mark").allTextContents()).toEqual(["deploying"]);
    await screenshot(page, "42-knowledge-search");

    // The search survives a reload.
    await page.reload();
    await expectTitles([patternTitle]);
    expect(await page.getByLabel("Search the knowledge base").inputValue()).toBe("deploys");
  });

  it("filters by category, tag and project, combined with the search and kept in the URL", async () => {
    await page.goto(`${web}/knowledge`);
    await expectTitles([retryTitle, patternTitle]);
    await page.getByLabel("Category").selectOption({ label: "Pattern" });
    await page.waitForURL("**/knowledge?category=PATTERN");
    await expectTitles([patternTitle]);

    await page.getByLabel("Category").selectOption({ label: "All categories" });
    await page.getByLabel("Tag", { exact: true }).fill("Retry");
    await page.getByLabel("Tag", { exact: true }).press("Enter");
    await page.waitForURL("**/knowledge?tag=retry");
    await expectTitles([retryTitle]);

    // A tag on a card filters by it too.
    await page.goto(`${web}/knowledge`);
    await page.getByRole("link", { name: "#svelte" }).click();
    await page.waitForURL("**/knowledge?tag=svelte");
    await expectTitles([patternTitle]);

    // The project filter shows that project's own entries, not the global ones.
    await page.getByRole("button", { name: "Clear search and filters" }).click();
    await page.waitForURL(/\/knowledge$/);
    await page.getByLabel("Project").selectOption({ label: "Invoice parser" });
    await page.waitForURL("**/knowledge?project=*");
    await expectTitles([retryTitle]);
    await page.getByLabel("Search the knowledge base").fill("shared state");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await page.getByRole("heading", { name: "Nothing matches" }).waitFor();
    expect(new URL(page.url()).searchParams.get("q")).toBe("shared state");

    // The filtered view is a link: opened afresh it shows the same.
    const link = page.url();
    await page.goto(`${web}/dashboard`);
    await page.goto(link);
    await page.getByRole("heading", { name: "Nothing matches" }).waitFor();
    expect(
      await page.getByLabel("Project").evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text),
    ).toBe("Invoice parser");
  });

  it("edits an entry, keeping what was typed when it is invalid", async () => {
    await page.goto(`${web}/knowledge`);
    await page.getByRole("button", { name: `Edit ${retryTitle}` }).click();
    const form = page.getByRole("form", { name: "Edit entry" });
    await form.getByLabel("Title").fill(" ");
    await form.getByLabel("Content").fill("Retry with backoff and jitter; give up after five tries.");
    await form.getByRole("button", { name: "Save changes" }).click();
    await form.getByText("Give the entry a title.").waitFor();
    expect(await form.getByLabel("Content").inputValue()).toContain("jitter");
    await form.getByLabel("Title").fill("Retry D1 writes with jitter");
    await form.getByRole("button", { name: "Save changes" }).click();
    await expectTitles(["Retry D1 writes with jitter", patternTitle]);
    expect(await page.getByRole("article", { name: "Retry D1 writes with jitter" }).textContent()).toContain(
      "five tries",
    );
  });

  it("deletes an entry after confirming", async () => {
    await page.getByRole("button", { name: `Delete ${patternTitle}` }).click();
    await page.getByRole("button", { name: "Keep it" }).click();
    await page.getByRole("button", { name: `Delete ${patternTitle}` }).click();
    await page.getByRole("button", { name: "Delete entry" }).click();
    await expectTitles(["Retry D1 writes with jitter"]);
    await screenshot(page, "43-knowledge-list");
  });

  it("loads more entries page by page", async () => {
    for (let index = 1; index <= 20; index++) {
      await api(
        `mutation ($input: CreateKnowledgeEntryInput!) { createKnowledgeEntry(input: $input) { entry { id } } }`,
        {
          input: { title: `Note ${index}`, content: `Paged entry number ${index}.`, category: "DECISION" },
        },
      );
    }
    await page.goto(`${web}/knowledge`);
    await page.getByText("Showing 20 of 21 entries").waitFor();
    await page.getByRole("button", { name: "Load more entries" }).click();
    await page.getByText("Showing 21 of 21 entries").waitFor();
    expect(await entries().count()).toBe(21);
    expect(await page.getByRole("button", { name: "Load more entries" }).count()).toBe(0);
  });

  it("fits a phone screen, in dark mode too", async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(`${web}/knowledge?q=jitter`);
    await expectTitles(["Retry D1 writes with jitter"]);
    await screenshot(page, "44-knowledge-phone-dark");
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(await overflow()).toBe(false);
    await page.getByRole("button", { name: "Edit Retry D1 writes with jitter" }).click();
    await page.getByRole("form", { name: "Edit entry" }).getByLabel("Project").waitFor();
    await screenshot(page, "47-knowledge-edit-phone-dark");
    expect(await overflow()).toBe(false);
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: "light" });
  });

  it("marks what the search index matched: the passage around it, the full entry and the tags", async () => {
    const filler = Array.from({ length: 50 }, (_, index) => `word${index}`).join(" ");
    const tail = Array.from({ length: 50 }, (_, index) => `tail${index}`).join(" ");
    await api(
      `mutation ($input: CreateKnowledgeEntryInput!) { createKnowledgeEntry(input: $input) { entry { id } } }`,
      {
        input: {
          title: "Long read on adapters",
          content: `${filler} keep the universal adapter & its <i>flags</i> small. ${tail}\nSecond line.`,
          category: "PATTERN",
          tags: ["universal-io", "misc"],
        },
      },
    );
    // "universe" and "universal" share a stem in the index, though not in spelling.
    await page.goto(`${web}/knowledge?q=universe`);
    await expectTitles(["Long read on adapters"]);
    const card = page.getByRole("article", { name: "Long read on adapters" });
    const snippet = card.getByTestId("entry-snippet");
    expect(await snippet.locator("mark").allTextContents()).toEqual(["universal"]);
    const passage = (await snippet.textContent())?.trim() ?? "";
    expect(passage.startsWith("…")).toBe(true);
    expect(passage).toContain("universal adapter & its <i>flags</i>");
    expect(passage).not.toContain("word0 ");
    expect(await card.locator("i").count()).toBe(0);
    expect(await card.getByRole("list", { name: "Tags" }).locator("mark").allTextContents()).toEqual(["universal"]);

    await card.getByText("Full entry").click();
    const full = card.locator("details p");
    expect(await full.locator("mark").allTextContents()).toEqual(["universal"]);
    expect(await full.textContent()).toContain("Second line.");
    await screenshot(page, "45-knowledge-snippet");

    // Without a search nothing is marked and the passage is the beginning.
    await page.goto(`${web}/knowledge?tag=misc`);
    await expectTitles(["Long read on adapters"]);
    expect(await card.locator("mark").count()).toBe(0);
    expect((await card.getByTestId("entry-snippet").textContent())?.trim()).toMatch(/^word0 word1 .* …$/);
  });

  it("moves an entry to another project and to global in the edit form; lists global entries only", async () => {
    await createProject("Billing");
    await page.goto(`${web}/knowledge`);
    await page.getByLabel("Project").selectOption({ label: "Global entries only" });
    await page.waitForURL("**/knowledge?project=global");
    // The 20 notes and the long read are global; the retry entry belongs to "Invoice parser".
    await page.getByText("Showing 20 of 21 entries").waitFor();
    expect(await page.getByRole("article", { name: "Retry D1 writes with jitter" }).count()).toBe(0);

    await page.goto(`${web}/knowledge?q=jitter`);
    const title = "Retry D1 writes with jitter";
    await page.getByRole("button", { name: `Edit ${title}` }).click();
    let form = page.getByRole("form", { name: "Edit entry" });
    expect(await form.getByLabel("Project").evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text)).toBe(
      "Invoice parser",
    );
    await form.getByLabel("Project").selectOption({ label: "Billing" });
    await form.getByRole("button", { name: "Save changes" }).click();
    const card = page.getByRole("article", { name: title });
    await card.getByRole("link", { name: "Billing" }).waitFor();

    await page.getByRole("button", { name: `Edit ${title}` }).click();
    form = page.getByRole("form", { name: "Edit entry" });
    await form.getByLabel("Project").selectOption({ label: "None (global)" });
    await form.getByRole("button", { name: "Save changes" }).click();
    await card.getByText("Global", { exact: true }).waitFor();
    expect(await card.getByRole("link", { name: "Billing" }).count()).toBe(0);

    await page.getByLabel("Project").selectOption({ label: "Global entries only" });
    await page.waitForURL("**/knowledge?q=jitter&project=global");
    await expectTitles([title]);
    await screenshot(page, "46-knowledge-global-only");
    await page.reload();
    await expectTitles([title]);
    expect(
      await page.getByLabel("Project").evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text),
    ).toBe("Global entries only");
  });
});
