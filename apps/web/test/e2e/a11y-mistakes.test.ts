// Mistakes in every form, sent from the keyboard at 375 px in dark mode: each is answered in words beside the
// field it is about, with focus moved to that field, and the page with the message passes axe (the submit button
// hovered, so its hover colours are checked too).
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations } from "./a11y-checks";
import { mistakeProblems } from "./a11y-keyboard";
import { auditPages, EXCLUDED, MODES, type Seeded, seed, settled } from "./a11y-setup";
import { artifactsDir, launchBrowser } from "./browser";

const web = inject("webUrl");
const apiUrl = inject("apiUrl");
let browser: Browser;
let seeded: Seeded;
const env = () => ({ browser, web, token: seeded.token });

interface Mistake {
  name: string;
  path: () => string;
  signedOut?: boolean;
  form: (page: Page) => Locator;
  /** Opens the form and types the mistake (nothing: the form is sent empty). */
  make?: (page: Page) => Promise<void>;
  says: RegExp;
}

const byName = (name: string) => (page: Page) => page.getByRole("form", { name, exact: true });
// The auth forms by what they hold: the local-developer button is a form too.
const authForm = (page: Page) => page.locator("form").filter({ has: page.getByLabel("Password") });
const MISTAKES: Mistake[] = [
  { name: "sign in, empty", path: () => "/signin", signedOut: true, form: authForm, says: /^Enter your email address/ },
  {
    name: "sign in, wrong password",
    path: () => "/signin",
    signedOut: true,
    form: authForm,
    make: async (page) => {
      await page.getByLabel("Email").fill(seeded.email);
      await page.getByLabel("Password").fill("not the password");
    },
    says: /don't match an account/,
  },
  {
    name: "sign up, short password",
    path: () => "/signup",
    signedOut: true,
    form: authForm,
    make: async (page) => {
      await page.getByLabel("Email").fill(`new-${seeded.email}`);
      await page.getByLabel("Password").fill("short");
    },
    says: /at least 8 characters/,
  },
  {
    name: "new project without a name",
    path: () => "/dashboard",
    form: byName("New project"),
    make: (page) => page.getByRole("button", { name: "New project" }).click(),
    says: /Give the project a name/,
  },
  {
    name: "project renamed to nothing",
    path: () => `/projects/${encodeURIComponent(seeded.projectId)}`,
    form: byName("Edit project"),
    make: async (page) => {
      await page.getByRole("button", { name: "Edit project" }).click();
      await page.getByLabel("Name").fill("");
    },
    says: /Give the project a name/,
  },
  {
    name: "empty transcript import",
    path: () => `/sessions/${encodeURIComponent(seeded.activeId)}`,
    form: (page) => page.locator("form[aria-labelledby='import-title']"),
    says: /Paste a transcript or choose a file first/,
  },
  {
    name: "empty message",
    path: () => `/sessions/${encodeURIComponent(seeded.activeId)}`,
    form: (page) => page.locator("form[aria-labelledby='append-title']"),
    says: /Write the message first/,
  },
  {
    name: "credits used as words",
    path: () => `/sessions/${encodeURIComponent(seeded.activeId)}`,
    form: (page) => page.locator("form[aria-labelledby='complete-title']"),
    make: (page) => page.getByLabel("Credits used (optional)").fill("lots"),
    says: /whole number/,
  },
  {
    name: "ledger item emptied",
    path: () => `/sessions/${encodeURIComponent(seeded.completedId)}`,
    form: byName("Edit item"),
    make: async (page) => {
      await page.getByText(/^Ledger items/).click();
      await page.getByRole("button", { name: "Edit", exact: true }).first().click();
      await page.getByRole("form", { name: "Edit item" }).getByLabel("Text").fill("");
    },
    says: /Write the item's text, or drop the item instead/,
  },
  {
    name: "handoff without notes",
    path: () => "/handoff",
    form: byName("Generate a handoff"),
    says: /Paste your notes/,
  },
  {
    name: "knowledge entry without a title",
    path: () => "/knowledge",
    form: byName("New entry"),
    make: (page) => page.getByRole("button", { name: "New entry" }).click(),
    says: /Give the entry a title/,
  },
  {
    name: "model endpoint without a scheme",
    path: () => "/settings",
    form: byName("Model settings"),
    make: (page) => page.getByLabel("Endpoint URL").fill("localhost:11434"),
    says: /Start the URL with http/,
  },
  {
    name: "API token without a name",
    path: () => "/settings",
    form: byName("New API token"),
    make: (page) => page.getByRole("button", { name: "Create token" }).click(),
    says: /Name the token after what will use it/,
  },
  {
    name: "account credits as words",
    path: () => "/settings",
    form: byName("New account"),
    make: async (page) => {
      await page.getByRole("button", { name: "Add account" }).click();
      await page.getByLabel("Account name").fill("Home Claude");
      await page.getByLabel("Credits available").fill("lots");
    },
    says: /whole number/,
  },
];

beforeAll(async () => {
  browser = await launchBrowser();
  seeded = await seed(apiUrl);
});

afterAll(() => browser?.close());

describe("mistakes, sent from the keyboard at 375 px dark", () => {
  const pages = auditPages(env, MODES[1]!);
  afterAll(() => pages.close());

  it.each(MISTAKES)("$name: the message is in words, beside the field, with focus on it", async (mistake) => {
    const page = await pages.get(mistake.signedOut);
    await page.goto(`${web}${mistake.path()}`);
    await settled(page);
    await mistake.make?.(page);
    const form = mistake.form(page);
    await form.waitFor();
    expect(await mistakeProblems(page, form, mistake.says), mistake.name).toEqual([]);
    await form.locator("button[type='submit']").first().hover();
    expect(await axeViolations(page, EXCLUDED), `axe with the message shown (${mistake.name})`).toEqual([]);
    await form.screenshot({ path: `${artifactsDir}a11y-mistake-${mistake.name.replaceAll(/\W+/g, "-")}.png` });
  });
});
