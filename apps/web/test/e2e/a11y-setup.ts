// What the accessibility audit's test files share: the seeded user, the screens, the two modes, and pages
// that wait for their data and get no hot reloads.
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { Exclusion } from "./a11y-checks";
import { completeSession, graphqlAs, signUpViaApi, useToken } from "./api-client";

// Findings accepted for now, each with its reason: none.
export const EXCLUDED: Exclusion[] = [];

const TRANSCRIPT = [
  "User: The invoice importer fails on PDFs with two tables. Let's parse the totals from the last table.",
  "Assistant: I changed src/importer/totals.ts to read the last table. Decided to keep pdfjs over a new library.",
  "User: Next we need to handle credit notes, and remember to add a test for negative totals.",
].join("\n");

export interface Seeded {
  email: string;
  token: string;
  projectId: string;
  completedId: string;
  activeId: string;
}

/** A user with a project, a completed session (handoff v1), an active one, knowledge, an API token, an account. */
export async function seed(apiUrl: string): Promise<Seeded> {
  const email = `a11y-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const token = await signUpViaApi(apiUrl, email);
  const api = <T>(query: string, variables = {}) => graphqlAs<T>(apiUrl, token, query, variables);
  const { createProject } = await api<{ createProject: { project: { id: string } } }>(
    `mutation { createProject(input: { name: "Invoice importer", description: "PDF invoices into the ledger" }) { project { id } } }`,
  );
  const projectId = createProject.project.id;
  const sessionWithTranscript = async () => {
    const { startSession } = await api<{ startSession: { session: { id: string } } }>(
      `mutation ($input: StartSessionInput!) { startSession(input: $input) { session { id } } }`,
      { input: { projectId } },
    );
    await api(`mutation ($input: ImportTranscriptInput!) { importTranscript(input: $input) { imported } }`, {
      input: { sessionId: startSession.session.id, content: TRANSCRIPT },
    });
    return startSession.session.id;
  };
  const completedId = await sessionWithTranscript();
  await completeSession(apiUrl, token, completedId);
  const activeId = await sessionWithTranscript();
  await api(`mutation ($input: CreateKnowledgeEntryInput!) { createKnowledgeEntry(input: $input) { entry { id } } }`, {
    input: {
      projectId,
      category: "SOLUTION",
      title: "Totals live in the last table",
      content: "Invoices with two tables carry the totals in the last one; read that table for the amounts.",
      tags: ["pdf", "totals"],
    },
  });
  await api(`mutation { createApiToken(input: { name: "CI pipeline" }) { token } }`);
  await api(
    `mutation { createAccount(input: { platform: CLAUDE, name: "Work Claude", creditsAvailable: 500 }) { account { id } } }`,
  );
  return { email, token, projectId, completedId, activeId };
}

export interface Screen {
  name: string;
  path: () => string;
  signedOut?: boolean;
  /** Opens what is closed at first, so its controls are audited too. */
  open?: (page: Page) => Promise<void>;
}

const openAllDetails = async (page: Page) => {
  const closed = page.locator("details:not([open]) > summary");
  for (let left = await closed.count(); left > 0; left--) await closed.first().click();
};

/** `seeded` is read when a screen is visited: the test names are needed before the seeding is done. */
export const screens = (seeded: () => Seeded): Screen[] => [
  { name: "signin", path: () => "/signin", signedOut: true },
  { name: "signup", path: () => "/signup", signedOut: true },
  {
    name: "dashboard",
    path: () => "/dashboard",
    open: (page) => page.getByRole("button", { name: "New project" }).click(),
  },
  {
    name: "project",
    path: () => `/projects/${encodeURIComponent(seeded().projectId)}`,
    open: (page) => page.getByRole("button", { name: /^Edit/ }).first().click(),
  },
  {
    name: "session-completed",
    path: () => `/sessions/${encodeURIComponent(seeded().completedId)}`,
    open: async (page) => {
      await page.getByRole("heading", { name: /^Handoff v1/ }).waitFor();
      await openAllDetails(page);
      await page.getByRole("list", { name: "Ledger items" }).waitFor();
      await page.getByRole("button", { name: "Edit", exact: true }).first().click();
    },
  },
  { name: "session-active", path: () => `/sessions/${encodeURIComponent(seeded().activeId)}`, open: openAllDetails },
  { name: "handoff", path: () => "/handoff" },
  {
    name: "knowledge",
    path: () => "/knowledge",
    open: async (page) => {
      await page.getByLabel("Search the knowledge base").fill("totals");
      await page.getByRole("button", { name: "Search", exact: true }).click();
      await page.waitForURL(/q=totals/);
      await page.getByText("Totals live in the last table").first().waitFor();
      await page.getByRole("button", { name: "New entry" }).click();
      await page.getByRole("button", { name: "Edit Totals live in the last table" }).click();
    },
  },
  { name: "analytics", path: () => "/analytics", open: openAllDetails },
  {
    name: "settings",
    path: () => "/settings",
    open: async (page) => {
      await page.locator('[data-token="CI pipeline"]').waitFor();
      await page.getByRole("button", { name: "Add account" }).click();
      await page.getByRole("button", { name: "Edit Work Claude" }).click();
    },
  },
];

export const MODES = [
  { label: "1280 px light", viewport: { width: 1280, height: 800 }, colorScheme: "light" as const, file: "desktop" },
  { label: "375 px dark", viewport: { width: 375, height: 740 }, colorScheme: "dark" as const, file: "phone-dark" },
];

export type Mode = (typeof MODES)[number];

/** The page is hydrated and has loaded its data: a heading is shown and no loading placeholder is left. */
export async function settled(page: Page) {
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  await page.locator("h1").first().waitFor();
  await page.waitForFunction(() => !document.querySelector(".animate-pulse, [aria-busy='true']"));
  await page.waitForLoadState("load");
}

/** Where the pages run; read on first use, after beforeAll has launched the browser and seeded the user. */
export type AuditEnv = () => { browser: Browser; web: string; token: string };

/** One page signed in and one signed out, in a mode, opened on first use. */
export function auditPages(env: AuditEnv, mode: Mode) {
  const contexts = new Map<boolean, BrowserContext>();
  return {
    async get(signedOut = false): Promise<Page> {
      let context = contexts.get(signedOut);
      if (!context) {
        const { browser, web, token } = env();
        context = await browser.newContext({ viewport: mode.viewport, colorScheme: mode.colorScheme });
        context.setDefaultTimeout(60_000);
        // Other work in the tree makes vite reload open pages mid-check: these pages get no hot updates.
        await context.routeWebSocket(/./, () => {});
        if (!signedOut) await useToken(context, web, token);
        contexts.set(signedOut, context);
      }
      return context.pages()[0] ?? context.newPage();
    },
    close: () => Promise.all([...contexts.values()].map((context) => context.close())),
  };
}
