// Model-written handoffs in the browser. A fake OpenAI-compatible server (fake-model.ts) plays the user's model;
// the API's Worker calls it. Settings points at it, then a session completion and AI Handoff each watch the
// model's text stream in (the fake holds its stream half-way until the page has shown the partial text) and end
// with a handoff marked as the model's; when the model fails, the rules write it and the page says why.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { graphqlAs, sessionWithTranscript, signUpViaApi, useToken } from "./api-client";
import { launchBrowser, newPage, screenshot } from "./browser";
import { type FakeModel, startFakeModel } from "./fake-model";

const web = inject("webUrl");
const apiUrl = inject("apiUrl");
const MODEL = "fake-llama-3.1";
const MODEL_TOKEN = `sk-fake-${Date.now()}-never-shown`;
const TRANSCRIPT = `User: We are building notesync, a CLI that syncs markdown notes between machines. Use TypeScript.
Assistant: I created src/cli.ts and src/sync.ts. Run it with \`pnpm dev sync\`.
User: We decided to use rsync over SSH instead of a custom protocol.
Assistant: Done. Next step: add conflict detection in src/conflicts.ts.`;
const DRAFT = {
  brief: "notesync is a TypeScript CLI that keeps markdown notes in step between machines over rsync and SSH.",
  state: "Syncing works end to end; conflict detection in src/conflicts.ts comes next.",
  items: [{ kind: "TASK", text: "Detect conflicting edits in src/conflicts.ts before rsync overwrites them" }],
};
const DRAFT_TEXT = `\`\`\`json\n${JSON.stringify(DRAFT, null, 2)}\n\`\`\``;
// Held after the brief's first words: the page must show them while the rest is still unwritten.
const HOLD_AFTER = DRAFT_TEXT.indexOf("markdown");

let fake: FakeModel;
let browser: Browser;
let page: Page;
let token: string;
let projectId: string;

const api = <T>(query: string, variables = {}) => graphqlAs<T>(apiUrl, token, query, variables);
const runStatus = () => page.getByTestId("run-status");
const noOverflow = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

async function phoneDark(name: string) {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.emulateMedia({ colorScheme: "dark" });
  // From the top, so the sticky top bar sits where a person sees it.
  await page.evaluate(() => window.scrollTo(0, 0));
  expect(await noOverflow()).toBe(true);
  await screenshot(page, name);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: "light" });
}

/** Waits until the page shows the model's first words, checks the run is still going, then lets the model finish. */
async function seeTextStreamIn(stillRunning: () => Promise<string>, screenshotName: string) {
  const writing = page.getByLabel("What the model is writing", { exact: true });
  await writing.getByText(/"brief": "notesync is a TypeScript CLI that keeps/).waitFor();
  const partial = (await writing.textContent()) ?? "";
  expect(partial.length).toBeLessThan(DRAFT_TEXT.length);
  expect(partial).not.toContain(DRAFT.state);
  expect(await runStatus().textContent()).not.toMatch(/^Done/);
  expect(Number(await page.getByRole("progressbar").getAttribute("aria-valuenow"))).toBeLessThan(100);
  expect(await stillRunning()).toBe("RUNNING");
  await page.getByRole("region", { name: "Writing the next handoff" }).scrollIntoViewIfNeeded();
  await screenshot(page, screenshotName, false);
  fake.release();
  await runStatus().getByText(`Done: the new handoff is below, written by your model (${MODEL}).`).waitFor();
  expect(await page.getByLabel("What the model wrote", { exact: true }).textContent()).toBe(DRAFT_TEXT);
  const request = fake.requests.at(-1);
  expect(request).toMatchObject({ model: MODEL, authorization: `Bearer ${MODEL_TOKEN}` });
  return request!;
}

/** Clicks `button` and returns the id of the run its mutation (`operation`) started, read from the answer. */
async function startRun(operation: "CompleteSession" | "GenerateHandoff", button: string): Promise<string> {
  const answer = page.waitForResponse(
    (response) => response.url().endsWith("/graphql") && !!response.request().postData()?.includes(operation),
  );
  await page.getByRole("button", { name: button }).click();
  const { data } = (await (await answer).json()) as { data: Record<string, { run: { id: string } }> };
  await page.getByRole("progressbar", { name: "Handoff progress" }).waitFor();
  return Object.values(data)[0]!.run.id;
}

const runStatusOf = (id: string) => () =>
  api<{ handoffRun: { status: string } }>(`query ($id: ID!) { handoffRun(id: $id) { status } }`, { id }).then(
    (data) => data.handoffRun.status,
  );

async function fillAiHandoff() {
  await page.goto(`${web}/handoff`);
  await page.getByLabel("Project", { exact: true }).selectOption({ label: "notesync" });
  await page.getByLabel("Notes or conversation").fill(TRANSCRIPT);
  await page.getByLabel("Your model", { exact: true }).check();
}

async function completeInBrowser(sessionId: string) {
  await page.goto(`${web}/sessions/${encodeURIComponent(sessionId)}`);
  await page.getByLabel("Accomplishments").fill("Sync over SSH works");
  await page.getByLabel("Your model", { exact: true }).check();
  return startRun("CompleteSession", "Complete and write handoff");
}

beforeAll(async () => {
  fake = await startFakeModel();
  browser = await launchBrowser();
  token = await signUpViaApi(apiUrl, `model-handoff-${Date.now()}@example.com`);
  page = await newPage(browser);
  await useToken(page.context(), web, token);
  const { createProject } = await api<{ createProject: { project: { id: string } } }>(
    `mutation { createProject(input: { name: "notesync" }) { project { id } } }`,
  );
  projectId = createProject.project.id;
});

// What the page showed when a step failed (the servers' logs are in test-artifacts/ too).
beforeEach(({ task, onTestFailed }) => {
  onTestFailed(() => screenshot(page, `99-failed-${task.name.replace(/\W+/g, "-").slice(0, 40)}`).then(() => {}));
});

afterAll(async () => {
  await browser?.close();
  await fake?.close();
});

describe("model-written handoffs", () => {
  it("points Settings at the model endpoint with a token that is never shown again", async () => {
    await page.goto(`${web}/settings`);
    const form = page.getByRole("form", { name: "Model settings" });
    await form.getByLabel("Model", { exact: true }).fill(MODEL);
    await form.getByLabel("Endpoint URL").fill(fake.endpointUrl);
    await form.getByLabel("Token (optional)", { exact: true }).fill(MODEL_TOKEN);
    await form.getByRole("button", { name: "Save model settings" }).click();
    await form.getByText("Saved.").or(form.getByRole("alert")).first().waitFor();
    expect(await form.getByRole("alert").count(), "saving failed (no SETTINGS_KEY in apps/api/.dev.vars?)").toBe(0);
    await form.getByTestId("token-stored").waitFor();
    await page.reload();
    await form.getByTestId("token-stored").waitFor();
    expect(await form.getByLabel("Endpoint URL").inputValue()).toBe(fake.endpointUrl);
    expect(await page.content()).not.toContain(MODEL_TOKEN);
    await screenshot(page, "90-model-settings");
  });

  it("completing a session streams the model's text into the progress view, then marks the model as the writer", async () => {
    const sessionId = await sessionWithTranscript(apiUrl, token, projectId, TRANSCRIPT);
    fake.answerWith({ kind: "stream", text: DRAFT_TEXT, holdAfter: HOLD_AFTER });
    const runId = await completeInBrowser(sessionId);
    const request = await seeTextStreamIn(runStatusOf(runId), "91-model-streaming-session");
    expect(request.prompt).toContain("rsync over SSH");

    await page.getByText(`Written by ${MODEL}`, { exact: true }).waitFor();
    const prompt = (await page.getByLabel("Master prompt").textContent()) ?? "";
    expect(prompt).toContain(DRAFT.brief);
    expect(prompt).toContain(DRAFT.state);
    await screenshot(page, "92-model-written-session");
    await phoneDark("93-model-written-session-phone-dark");
  });

  it("when the model answers HTTP 500, the rules write the handoff and the page says why", async () => {
    const sessionId = await sessionWithTranscript(apiUrl, token, projectId, TRANSCRIPT);
    fake.answerWith({ kind: "http-error", status: 500, message: "model overloaded" });
    await completeInBrowser(sessionId);
    await runStatus().getByText("Your model could not write it, so the rules did.").waitFor();
    expect(await page.getByTestId("run-fallback").textContent()).toContain(
      "The model endpoint answered HTTP 500 (“model overloaded”): the server behind it had a problem.",
    );
    await page.getByText(/^Written by the rules \(model fell back: the model endpoint answered HTTP 500/).waitFor();
    expect(await page.getByLabel("Master prompt").textContent()).toContain("rsync");
    await screenshot(page, "94-model-fallback-session");
    await phoneDark("95-model-fallback-session-phone-dark");
  });

  it("AI Handoff with “Your model” streams the model's text and says the model wrote it", async () => {
    await fillAiHandoff();
    fake.answerWith({ kind: "stream", text: DRAFT_TEXT, holdAfter: HOLD_AFTER });
    const runId = await startRun("GenerateHandoff", "Generate handoff");
    const request = await seeTextStreamIn(runStatusOf(runId), "96-model-streaming-ai-handoff");
    expect(request.prompt).toContain("conflict detection");
    await page.getByText(`Paste it as the first message of your next AI session. Written by ${MODEL}.`).waitFor();
    expect(await page.getByLabel("Handoff prompt").textContent()).toContain(DRAFT.brief);
    await screenshot(page, "97-model-written-ai-handoff");
  });

  it("AI Handoff falls back to the rules when the model's answer is not JSON, and says so", async () => {
    await fillAiHandoff();
    fake.answerWith({ kind: "stream", text: "Sure! Here is the handoff you asked for: {brief: notesync, state: ok}" });
    await startRun("GenerateHandoff", "Generate handoff");
    await runStatus().getByText("Your model could not write it, so the rules did.").waitFor();
    expect(await page.getByTestId("run-fallback").textContent()).toContain("The model's answer was not valid JSON.");
    expect(await page.getByLabel("What the model wrote", { exact: true }).textContent()).toContain("Sure! Here is");
    await page
      .getByText("Written by the rules (the model was not used: the model's answer was not valid JSON).")
      .waitFor();
    await screenshot(page, "98-model-fallback-ai-handoff");
    await phoneDark("99-model-fallback-ai-handoff-phone-dark");
  });
});
