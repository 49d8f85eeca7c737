// Model-written handoffs against the fake OpenAI-compatible server (test/fake-model-server.ts): every path ends
// in a stored handoff, written by the model or by the rules with the reason recorded.
import { env } from "cloudflare:test";
import { describe, expect, inject, test } from "vitest";
import { newProject, newUser, ok } from "./client.ts";
import { COMPLETE, finishedRun, sessionWith, TRANSCRIPT_1 } from "./runs.ts";

const SETTINGS = `mutation($i: UpdateModelSettingsInput!) { updateModelSettings(input: $i) { modelSettings { model endpointUrl hasToken configured } } }`;

async function userWithModel(model: string) {
  const user = await newUser();
  await ok(SETTINGS, { i: { model, endpointUrl: inject("fakeModelUrl"), token: "secret-token-123" } }, user.token);
  return user;
}

async function completeWith(model: string) {
  const { token } = await userWithModel(model);
  const projectId = await newProject(token);
  const s = await sessionWith(token, projectId, TRANSCRIPT_1);
  const run = (await ok(COMPLETE, { i: { sessionId: s.id } }, token)).completeSession.run;
  return finishedRun(token, run.id);
}

describe("model-written handoffs", () => {
  test("settings: the token is stored encrypted and never returned", async () => {
    const { token, userId } = await userWithModel("fake-ok");
    const settings = await ok(`{ viewer { modelSettings { model endpointUrl hasToken configured } } }`, {}, token);
    expect(settings.viewer.modelSettings).toEqual({
      model: "fake-ok",
      endpointUrl: inject("fakeModelUrl"),
      hasToken: true,
      configured: true,
    });
    const row = await env.DB.prepare(`SELECT "modelTokenEnc" FROM "User" WHERE "id" = ?`)
      .bind(atob(userId).split(":")[1])
      .first<{ modelTokenEnc: string }>();
    expect(row?.modelTokenEnc).toMatch(/^v1\./);
    expect(row?.modelTokenEnc).not.toContain("secret-token-123");
    expect(JSON.stringify(settings)).not.toContain("secret-token-123");
  });

  test("a streaming model writes the brief and adds what the rules missed", async () => {
    const run = await completeWith("fake-ok");
    expect(run.status).toBe("SUCCEEDED");
    expect(run.generator).toBe("MODEL");
    expect(run.handoff.generator).toEqual({ kind: "MODEL", model: "fake-ok", fallbackReason: null });
    expect(run.handoff.masterPrompt).toContain("syncs notes between machines");
    expect(run.handoff.masterPrompt).toContain("## State of things");
    // The model's sections sit between the opening and the ledger's sections: one blank line around each heading.
    expect(run.handoff.masterPrompt).not.toMatch(/\n{3}/);
    expect(run.handoff.masterPrompt).not.toMatch(/[^\n]\n## /);
    expect(run.handoff.items.some((i: any) => i.text.startsWith("Use rsync over SSH for the transport"))).toBe(true);
    expect(run.handoff.tokenCount).toBeLessThanOrEqual(2000);
  });

  test.each([
    ["fake-stall", /sent nothing/],
    ["fake-fail", /^the model endpoint answered HTTP 500 \(“model overloaded”\): the server behind it had a problem$/],
    ["fake-invalid", /JSON/],
    ["fake-schema", /schema/],
  ])("%s falls back to the rules and records why", async (model, reason) => {
    const run = await completeWith(model);
    expect(run.status).toBe("SUCCEEDED");
    expect(run.handoff.generator.kind).toBe("RULES");
    expect(run.handoff.generator.fallbackReason).toMatch(reason);
    expect(run.handoff.masterPrompt).toContain("rsync");
  });

  test("a busy model (503) is asked once, not retried in a loop, and the reason says to try later", async () => {
    const before = await (await fetch(`${inject("fakeModelUrl")}/hits/fake-busy`)).json();
    const run = await completeWith("fake-busy");
    expect(run.handoff.generator.kind).toBe("RULES");
    expect(run.handoff.generator.fallbackReason).toBe(
      "the model endpoint answered HTTP 503 (“Model is currently loading”): it is busy or still loading the model; try again later",
    );
    expect(await (await fetch(`${inject("fakeModelUrl")}/hits/fake-busy`)).json()).toBe(Number(before) + 1);
  });

  test("without any model configured, completions default to RULES; asking for MODEL records why not", async () => {
    const { token } = await newUser();
    const projectId = await newProject(token);
    const s1 = await sessionWith(token, projectId, TRANSCRIPT_1);
    const byDefault = await finishedRun(
      token,
      (await ok(COMPLETE, { i: { sessionId: s1.id } }, token)).completeSession.run.id,
    );
    expect(byDefault.handoff.generator).toEqual({ kind: "RULES", model: null, fallbackReason: null });
    const s2 = await sessionWith(token, projectId, TRANSCRIPT_1);
    const asked = await finishedRun(
      token,
      (await ok(COMPLETE, { i: { sessionId: s2.id, generator: "MODEL" } }, token)).completeSession.run.id,
    );
    expect(asked.handoff.generator).toEqual({ kind: "RULES", model: null, fallbackReason: "no model is configured" });
  });
});
