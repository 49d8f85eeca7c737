// Settings: model settings with a write-only token, personal API tokens (shown once, working against the API
// until revoked), and AI-assistant accounts (create, credits used, edit, delete). Phone and dark screenshots.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { graphqlAs, signUpViaApi, useToken } from "./api-client";
import { launchBrowser, newPage, screenshot } from "./browser";

const web = inject("webUrl");
const apiUrl = inject("apiUrl");
const email = `settings-${Date.now()}@example.com`;
const MODEL_TOKEN = `hf_test_${Date.now()}_write_only`;
let browser: Browser;
let page: Page;
let token: string;

const api = <T>(query: string, variables = {}) => graphqlAs<T>(apiUrl, token, query, variables);
const modelSettings = () =>
  api<{ viewer: { modelSettings: { model: string; endpointUrl: string | null; hasToken: boolean } } }>(
    "{ viewer { modelSettings { model endpointUrl hasToken } } }",
  ).then((data) => data.viewer.modelSettings);
/** Waits for "Saved."; an error instead fails with the API's words (no SETTINGS_KEY: see apps/api/.dev.vars). */
async function savedOrExplained() {
  const form = page.getByRole("form", { name: "Model settings" });
  const outcome = form.getByText("Saved.").or(form.getByRole("alert"));
  await outcome.first().waitFor();
  const alert = form.getByRole("alert");
  if (await alert.count()) throw new Error(`Saving failed: ${await alert.textContent()}`);
}
const noOverflow = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

beforeAll(async () => {
  browser = await launchBrowser();
  token = await signUpViaApi(apiUrl, email);
  page = await newPage(browser, { permissions: ["clipboard-read", "clipboard-write"] });
  await useToken(page.context(), web, token);
});

afterAll(() => browser?.close());

describe("model settings", () => {
  it("explains a bad endpoint URL beside the field before anything is sent", async () => {
    await page.goto(`${web}/settings`);
    await page.getByLabel("Endpoint URL").fill("localhost:11434");
    await page.getByRole("button", { name: "Save model settings" }).click();
    await page.getByText("Start the URL with http:// or https://, for example http://localhost:11434/v1.").waitFor();
    expect(await page.getByLabel("Endpoint URL").getAttribute("aria-invalid")).toBe("true");
    expect((await modelSettings()).endpointUrl).toBeNull();
    await screenshot(page, "70-settings-url-error");
  });

  it("saves model, endpoint and token; the token is never shown again", async () => {
    await page.getByLabel("Model", { exact: true }).fill("llama3.1:8b");
    await page.getByLabel("Endpoint URL").fill("http://localhost:11434/v1");
    await page.getByLabel("Token (optional)", { exact: true }).fill(MODEL_TOKEN);
    await page.getByRole("button", { name: "Save model settings" }).click();
    await savedOrExplained();
    await page.getByTestId("token-stored").waitFor();
    expect(await modelSettings()).toEqual({
      model: "llama3.1:8b",
      endpointUrl: "http://localhost:11434/v1",
      hasToken: true,
    });

    await page.reload();
    await page.getByTestId("token-stored").waitFor();
    expect(await page.getByLabel("Endpoint URL").inputValue()).toBe("http://localhost:11434/v1");
    expect(await page.getByLabel("Model", { exact: true }).inputValue()).toBe("llama3.1:8b");
    expect(await page.content()).not.toContain(MODEL_TOKEN);
    expect(await page.locator('input[type="password"]').count()).toBe(0);
  });

  it("replaces and removes the stored token", async () => {
    await page.getByRole("button", { name: "Replace token" }).click();
    await page.getByLabel("New token").fill(`${MODEL_TOKEN}_2`);
    await page.getByRole("button", { name: "Save model settings" }).click();
    await savedOrExplained();
    expect((await modelSettings()).hasToken).toBe(true);
    expect(await page.content()).not.toContain(MODEL_TOKEN);

    await page.getByRole("button", { name: "Remove token…" }).click();
    await page.getByRole("button", { name: "Remove token", exact: true }).click();
    await page.getByText("Token removed.").waitFor();
    await page.getByLabel("Token (optional)", { exact: true }).waitFor();
    expect(await modelSettings()).toMatchObject({ hasToken: false, model: "llama3.1:8b" });
  });
});

describe("personal API tokens", () => {
  let secret: string;

  it("asks for a name, then shows the new token once with a copy button", async () => {
    await page.getByRole("button", { name: "Create token" }).click();
    await page.getByText(/^Name the token after what will use it/).waitFor();
    await page.getByLabel("Token name").fill("CI pipeline");
    await page.getByRole("button", { name: "Create token" }).click();
    const shown = page.getByRole("region", { name: "Token “CI pipeline” created" });
    await shown.getByText("Copy it now: you will not see it again.").waitFor();
    secret = await shown.getByLabel("New API token").inputValue();
    expect(secret.length).toBeGreaterThan(20);
    await shown.getByRole("button", { name: "Copy token" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await page.locator('[data-token="CI pipeline"]').getByText("never used").waitFor();
    await screenshot(page, "71-settings-token-created");
  });

  it("works against the API, shows when it was last used, and is gone from the page once dismissed", async () => {
    const { viewer } = await graphqlAs<{ viewer: { email: string } }>(apiUrl, secret, "{ viewer { email } }");
    expect(viewer.email).toBe(email);
    await page.getByRole("button", { name: "I have copied it" }).click();
    expect(await page.content()).not.toContain(secret);
    await page.reload();
    await page
      .locator('[data-token="CI pipeline"]')
      .getByText(/last used/)
      .waitFor();
    expect(await page.content()).not.toContain(secret);
  });

  it("revokes the token after a confirmation, and the API refuses it from then on", async () => {
    await page.getByRole("button", { name: "Revoke CI pipeline" }).click();
    const confirm = page.getByRole("group", { name: "Confirm revoking CI pipeline" });
    await confirm.waitFor();
    await confirm.scrollIntoViewIfNeeded();
    await screenshot(page, "76-settings-revoke-confirm", false);
    await page.getByRole("button", { name: "Revoke token" }).click();
    await page.getByText("No API tokens yet.").waitFor();
    await expect(graphqlAs(apiUrl, secret, "{ viewer { email } }")).rejects.toThrow(/UNAUTHENTICATED|sign in|token/i);
  });
});

describe("accounts", () => {
  it("adds an account, checking its credits", async () => {
    await page.getByRole("button", { name: "Add account" }).click();
    const form = page.getByRole("form", { name: "New account" });
    await form.getByLabel("Assistant").selectOption({ label: "Claude" });
    await form.getByLabel("Account name").fill("Work Claude");
    await form.getByLabel("Credits available").fill("lots");
    await form.getByRole("button", { name: "Add account" }).click();
    await page.getByText("Enter the credits as a whole number (0 or more), or leave it empty.").waitFor();
    await form.getByLabel("Credits available").fill("500");
    await form.getByRole("button", { name: "Add account" }).click();
    await page.locator('[data-account="Work Claude"]').getByText("0 of 500 credits used · 500 left").waitFor();
  });

  it("shows the credits a session used through it", async () => {
    const { viewer } = await api<{ viewer: { accounts: { id: string }[] } }>("{ viewer { accounts { id } } }");
    const { createProject } = await api<{ createProject: { project: { id: string } } }>(
      `mutation { createProject(input: { name: "Billing" }) { project { id } } }`,
    );
    const { startSession } = await api<{ startSession: { session: { id: string } } }>(
      `mutation ($input: StartSessionInput!) { startSession(input: $input) { session { id } } }`,
      { input: { projectId: createProject.project.id, accountId: viewer.accounts[0]!.id } },
    );
    await api(`mutation ($input: CompleteSessionInput!) { completeSession(input: $input) { run { id } } }`, {
      input: {
        sessionId: startSession.session.id,
        creditsUsed: 120,
        accomplishments: "Set up billing",
        generator: "RULES",
      },
    });
    await page.reload();
    const usage = page.locator('[data-account="Work Claude"]').getByTestId("account-usage");
    await usage.getByText(/^120 of 500 credits used/).waitFor();
    expect((await usage.textContent())?.replace(/\s+/g, " ").trim()).toBe(
      "120 of 500 credits used · 380 left · 1 session · last 30 days: 1 session, 120 credits",
    );
    await screenshot(page, "72-settings-desktop-light");
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await noOverflow()).toBe(true);
    await screenshot(page, "73-settings-phone-light");
    await page.emulateMedia({ colorScheme: "dark" });
    await screenshot(page, "74-settings-phone-dark");
    await page.setViewportSize({ width: 1280, height: 800 });
    await screenshot(page, "75-settings-desktop-dark");
    await page.emulateMedia({ colorScheme: "light" });
  });

  it("edits the account and clears its credit limit", async () => {
    await page.getByRole("button", { name: "Edit Work Claude" }).click();
    const form = page.getByRole("form", { name: "Edit Work Claude" });
    await form.getByLabel("Account name").fill("Work Claude Max");
    await form.getByLabel("Assistant").selectOption({ label: "Cursor" });
    await form.getByLabel("Credits available").fill("");
    await form.getByRole("button", { name: "Save account" }).click();
    const row = page.locator('[data-account="Work Claude Max"]');
    await row.getByText(/^120 credits used · 1 session/).waitFor();
    await row.getByText("· Cursor").waitFor();
  });

  it("deletes the account after a confirmation; its session stays", async () => {
    await page.getByRole("button", { name: "Delete Work Claude Max" }).click();
    await page.getByText("Delete “Work Claude Max”? Its 1 session stay, without an account.").waitFor();
    await page.getByRole("button", { name: "Delete account" }).click();
    await page.getByText(/^No accounts yet/).waitFor();
    const { viewer } = await api<{ viewer: { accounts: unknown[] } }>("{ viewer { accounts { id } } }");
    expect(viewer.accounts).toEqual([]);
    const { stats } = await api<{ stats: { sessions: number } }>("{ stats { sessions } }");
    expect(stats.sessions).toBe(1);
  });
});
