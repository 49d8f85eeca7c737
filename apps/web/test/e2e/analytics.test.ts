// Analytics: a project with three completed sessions (seeded through the API), its charts drawn by uPlot with
// headlines, legends and data tables that carry the API's numbers; the picker, the empty state, phone and dark.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { graphqlAs, signUpViaApi, useToken } from "./api-client";
import { launchBrowser, newPage, screenshot } from "./browser";

const web = inject("webUrl");
const apiUrl = inject("apiUrl");
let browser: Browser;
let page: Page;
let token: string;
let projectId: string;
let emptyProjectId: string;

const api = <T>(query: string, variables = {}) => graphqlAs<T>(apiUrl, token, query, variables);

interface Point {
  sessionNumber: number;
  fidelity: number | null;
  handoffTokens: number | null;
  messageCount: number;
  creditsUsed: number | null;
  blockersOpen: number | null;
  blockersClosed: number | null;
}

async function createProject(name: string): Promise<string> {
  const { createProject } = await api<{ createProject: { project: { id: string } } }>(
    `mutation ($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }`,
    { input: { name } },
  );
  return createProject.project.id;
}

/** Starts a session, records `messages` exchanges, completes it with the rules and waits for its handoff. */
async function completedSession(
  messages: string[],
  record: { blockers?: string; accomplishments: string; creditsUsed: number },
) {
  const { startSession } = await api<{ startSession: { session: { id: string } } }>(
    `mutation ($input: StartSessionInput!) { startSession(input: $input) { session { id } } }`,
    { input: { projectId } },
  );
  const sessionId = startSession.session.id;
  await api(`mutation ($input: AppendMessagesInput!) { appendMessages(input: $input) { appended } }`, {
    input: { sessionId, messages: messages.map((content, i) => ({ role: i % 2 ? "ASSISTANT" : "USER", content })) },
  });
  const { completeSession } = await api<{ completeSession: { run: { id: string } } }>(
    `mutation ($input: CompleteSessionInput!) { completeSession(input: $input) { run { id } } }`,
    { input: { sessionId, generator: "RULES", ...record } },
  );
  for (let tries = 0; tries < 120; tries++) {
    const { handoffRun } = await api<{ handoffRun: { status: string } }>(
      `query ($id: ID!) { handoffRun(id: $id) { status } }`,
      { id: completeSession.run.id },
    );
    if (handoffRun.status === "SUCCEEDED") return;
    if (handoffRun.status === "FAILED") throw new Error("handoff run failed");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("handoff run did not finish");
}

const chart = (id: string) => page.locator(`[data-chart="${id}"]`);
const text = async (locator: ReturnType<Page["locator"]>) => (await locator.textContent())?.trim();
const noOverflow = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

beforeAll(async () => {
  browser = await launchBrowser();
  token = await signUpViaApi(apiUrl, `analytics-${Date.now()}@example.com`);
  page = await newPage(browser);
  await useToken(page.context(), web, token);
  projectId = await createProject("Invoice parser");
  await completedSession(
    [
      "We parse supplier invoices from PDF into the ledger.",
      "I set up src/parser/pdf.ts with pdfjs.",
      "Scanned invoices crash the parser.",
      "The crash is in src/parser/pdf.ts when there is no text layer.",
    ],
    { accomplishments: "Parser reads text PDFs", blockers: "Scanned invoices crash the PDF parser", creditsUsed: 120 },
  );
  await completedSession(
    ["The scanned invoice crash is fixed: we skip pages without a text layer.", "Added a test for it."],
    { accomplishments: "Fixed the scanned invoice crash in the PDF parser", creditsUsed: 80 },
  );
  await completedSession(
    [
      "Totals differ by a cent from the ledger.",
      "Currency rounding uses floats in src/ledger/money.ts.",
      "Decision: store amounts as integer cents.",
      "Converted money.ts to integer cents.",
      "Run pnpm test before committing.",
      "All tests pass.",
    ],
    {
      accomplishments: "Amounts are integer cents",
      blockers: "VAT rounding rules per country are unknown",
      creditsUsed: 150,
    },
  );
  emptyProjectId = await createProject("Empty project");
});

afterAll(() => browser?.close());

describe("analytics", () => {
  let points: Point[];

  it("shows the headline of each chart with the latest values from project.growth", async () => {
    ({
      project: {
        growth: { points },
      },
    } = await api<{ project: { growth: { points: Point[] } } }>(
      `query ($id: ID!) { project(id: $id) { growth { points {
        sessionNumber fidelity handoffTokens messageCount creditsUsed blockersOpen blockersClosed } } } }`,
      { id: projectId },
    ));
    expect(points.map((p) => p.sessionNumber)).toEqual([1, 2, 3]);
    const last = points.at(-1)!;

    await page.goto(`${web}/analytics?project=${encodeURIComponent(projectId)}`);
    await chart("fidelity").locator("canvas").first().waitFor();
    expect(await text(chart("fidelity").locator('[data-headline="value"]'))).toBe(
      `${Math.round(last.fidelity! * 100)}%`,
    );
    expect(await text(chart("handoff-tokens").locator('[data-headline="value"]'))).toBe(
      `${last.handoffTokens!.toLocaleString("en")} tokens`,
    );
    expect(await text(chart("messages").locator('[data-headline="value"]'))).toBe("6 messages");
    expect(await text(chart("credits").locator('[data-headline="value"]'))).toBe("150 credits");
    expect(await text(chart("credits").locator('[data-headline="trend"]'))).toMatch(/more than average$/);
    expect(await text(chart("credits").locator('[data-headline="context"]'))).toBe(
      "session #3 · average 117 over the last 3 sessions",
    );
    expect(await text(chart("blockers").locator('[data-headline="value"]'))).toBe(`${last.blockersOpen} open`);
    expect(await text(chart("blockers").locator('[data-headline="context"]'))).toBe(
      `session #3 · 1 reported · ${last.blockersClosed} closed`,
    );
    expect(await text(chart("blockers").locator('[data-legend="Reported"]'))).toBe("1");
    expect(await text(chart("blockers").locator('[data-legend="Open"]'))).toBe(`${last.blockersOpen}`);
    expect(await text(chart("fidelity").locator('[data-headline="trend"]'))).toMatch(
      /fidelity (rising|falling|steady)$/,
    );
    expect(await page.locator('[data-stat="Sessions"]').textContent()).toBe("3");
    expect(await page.locator('[data-stat="Credits used"]').textContent()).toBe("350");
    await screenshot(page, "60-analytics-desktop-light");
  });

  it("draws the series on the canvas and shows the hovered session's values in the legend", async () => {
    const credits = chart("credits");
    const legend = credits.getByTestId("chart-legend");
    expect(await text(legend.locator('[data-legend="session"]'))).toBe("Session #3");
    expect(await text(legend.locator('[data-legend="Credits"]'))).toBe("150");
    // Pixels in the series colour (#4f46e5, indigo): the line and points were drawn.
    const drawn = await credits.locator("canvas").evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height);
      let hits = 0;
      for (let i = 0; i < data.length; i += 4)
        if (data[i] === 0x4f && data[i + 1] === 0x46 && data[i + 2] === 0xe5) hits++;
      return hits;
    });
    expect(drawn).toBeGreaterThan(50);

    // The x range is sessions 0.5..3.5, so session 1 sits at a sixth of the plot's width.
    await credits.scrollIntoViewIfNeeded();
    const over = await credits.locator(".u-over").boundingBox();
    await page.mouse.move(over!.x + over!.width / 6, over!.y + over!.height / 2);
    await legend.locator('[data-legend="session"]', { hasText: "Session #1" }).waitFor();
    expect(await text(legend.locator('[data-legend="Credits"]'))).toBe("120");
    const first = points[0]!;
    const fidelityLegend = chart("fidelity").getByTestId("chart-legend");
    await chart("fidelity").scrollIntoViewIfNeeded();
    const fidelityOver = await chart("fidelity").locator(".u-over").boundingBox();
    await page.mouse.move(fidelityOver!.x + fidelityOver!.width / 6, fidelityOver!.y + 20);
    await fidelityLegend.locator('[data-legend="session"]', { hasText: "Session #1" }).waitFor();
    expect(await text(fidelityLegend.locator('[data-legend="Fidelity"]'))).toBe(
      `${Math.round(first.fidelity! * 100)}%`,
    );

    // Keyboard: the chart takes focus and the arrow keys walk the sessions.
    await credits.getByRole("img").focus();
    await page.keyboard.press("End");
    await page.keyboard.press("ArrowLeft");
    await legend.locator('[data-legend="session"]', { hasText: "Session #2" }).waitFor();
    expect(await text(legend.locator('[data-legend="Credits"]'))).toBe("80");

    await chart("handoff-tokens").getByText("Values by session").click();
    const rows = chart("handoff-tokens").locator("tbody tr");
    expect(await rows.count()).toBe(3);
    expect(await rows.nth(1).locator("td").first().textContent()).toBe(points[1]!.handoffTokens!.toLocaleString("en"));
  });

  it("fits a phone, follows dark mode and resizes the charts with the page", async () => {
    const before = await chart("fidelity").locator("canvas").first().boundingBox();
    await page.setViewportSize({ width: 375, height: 800 });
    await page.waitForFunction(() => {
      const canvas = document.querySelector('[data-chart="fidelity"] canvas');
      return canvas && canvas.getBoundingClientRect().width < 375;
    });
    const after = await chart("fidelity").locator("canvas").first().boundingBox();
    expect(after!.width).toBeLessThan(before!.width);
    expect(await noOverflow()).toBe(true);
    await screenshot(page, "61-analytics-phone-light");
    await page.emulateMedia({ colorScheme: "dark" });
    // Redrawn in the dark palette: the credits line is indigo-400 (#818cf8) now.
    await page.waitForFunction(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('[data-chart="credits"] canvas');
      const data = canvas?.getContext("2d")?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
      for (let i = 0; i < data.length; i += 4)
        if (data[i] === 0x81 && data[i + 1] === 0x8c && data[i + 2] === 0xf8) return true;
      return false;
    });
    await screenshot(page, "62-analytics-phone-dark");
    await page.setViewportSize({ width: 1280, height: 800 });
    await screenshot(page, "63-analytics-desktop-dark");
    await page.emulateMedia({ colorScheme: "light" });
  });

  it("switches project with the picker, keeps it in the URL, and explains an empty project", async () => {
    await page.getByLabel("Project", { exact: true }).selectOption({ label: "Empty project" });
    await page.waitForURL(`**/analytics?project=${encodeURIComponent(emptyProjectId)}`);
    await page.getByRole("heading", { name: "No completed sessions yet" }).waitFor();
    await page.getByRole("link", { name: "Start a session in Empty project" }).waitFor();
    await screenshot(page, "64-analytics-empty");
    await page.reload();
    expect(await page.getByLabel("Project", { exact: true }).inputValue()).toBe(emptyProjectId);
    await page.goBack();
    await chart("fidelity").locator("canvas").first().waitFor();
  });

  it("says so when the project in the link does not exist", async () => {
    await page.goto(`${web}/analytics?project=UHJvamVjdDpub3BlCg`);
    await page.getByRole("heading", { name: "Project not found" }).waitFor();
  });
});
