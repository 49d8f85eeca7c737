// `subscription handoffRun` over GraphQL-over-SSE, read as raw frames from the Worker's response stream.
import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, inject, test } from "vitest";
import worker from "../../src/index.ts";
import { newProject, newUser, ok } from "./client.ts";
import { COMPLETE, finishedRun, sessionWith, TRANSCRIPT_1 } from "./runs.ts";

const SUBSCRIBE = `subscription($id: ID!) { handoffRun(id: $id) { stage progress message delta run { status handoff { version } } } }`;

interface Frame {
  event: string;
  data: any;
}

/** Subscribes and returns every SSE frame until the server ends the stream. */
async function watch(token: string, runId: string): Promise<Frame[]> {
  const ctx = createExecutionContext();
  const response = await worker.fetch(
    new Request("http://api.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: SUBSCRIBE, variables: { id: runId } }),
    }),
    env,
    ctx,
  );
  expect(response.headers.get("content-type")).toMatch(/text\/event-stream/);
  const raw = await response.text();
  await waitOnExecutionContext(ctx);
  return raw
    .split("\n\n")
    .filter((block) => block.startsWith("event:"))
    .map((block) => {
      const event = block.match(/^event: (.*)$/m)?.[1] ?? "";
      const data = block.match(/^data: ?(.*)$/m)?.[1] ?? "";
      return { event, data: data ? JSON.parse(data) : null };
    });
}

/** Starts a completion without waiting for its background run (as a real client would). */
async function completeInBackground(token: string, sessionId: string) {
  const ctx = createExecutionContext();
  const response = await worker.fetch(
    new Request("http://api.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: COMPLETE, variables: { i: { sessionId } } }),
    }),
    env,
    ctx,
  );
  const body = (await response.json()) as any;
  return { runId: body.data.completeSession.run.id as string, settled: waitOnExecutionContext(ctx) };
}

describe("subscription handoffRun", () => {
  test("two watchers stream progress and the model's tokens to the end; a late one gets the final state", async () => {
    const { token } = await newUser();
    await ok(
      `mutation($i: UpdateModelSettingsInput!) { updateModelSettings(input: $i) { id } }`,
      { i: { model: "fake-ok", endpointUrl: inject("fakeModelUrl") } },
      token,
    );
    const projectId = await newProject(token);
    const session = await sessionWith(token, projectId, TRANSCRIPT_1);
    const { runId, settled } = await completeInBackground(token, session.id);
    const [first, second] = await Promise.all([watch(token, runId), watch(token, runId)]);
    await settled;

    for (const frames of [first, second]) {
      const events = frames.filter((f) => f.event === "next").map((f) => f.data.data.handoffRun);
      expect(frames.at(-1)?.event).toBe("complete");
      expect(events.length).toBeGreaterThan(2);
      const progress = events.map((e) => e.progress);
      expect([...progress].sort((a, b) => a - b)).toEqual(progress);
      const last = events.at(-1);
      expect(last).toMatchObject({ stage: "done", progress: 1, run: { status: "SUCCEEDED", handoff: { version: 1 } } });
      const streamed = events.map((e) => e.delta ?? "").join("");
      expect(streamed).toContain("syncs notes between machines");
    }

    const late = await watch(token, runId);
    const lateEvents = late.filter((f) => f.event === "next");
    expect(lateEvents).toHaveLength(1);
    expect(lateEvents[0]?.data.data.handoffRun.run.status).toBe("SUCCEEDED");
    expect(lateEvents[0]?.data.data.handoffRun.delta).toContain("syncs notes");
  });

  test("a run goes on to the end when its watcher never reads", async () => {
    const { token } = await newUser();
    const projectId = await newProject(token);
    const session = await sessionWith(token, projectId, TRANSCRIPT_1);
    const { runId, settled } = await completeInBackground(token, session.id);
    await settled;
    expect((await finishedRun(token, runId)).status).toBe("SUCCEEDED");
  });

  test("a run whose worker stopped mid-way ends FAILED for its watchers and can be retried", async () => {
    const { token } = await newUser();
    const projectId = await newProject(token);
    const session = await sessionWith(token, projectId, TRANSCRIPT_1);
    const { runId, settled } = await completeInBackground(token, session.id);
    await settled;
    // Make it look like a run whose Worker died while RUNNING ten minutes ago.
    const raw = atob(runId).split(":")[1];
    const old = new Date(Date.now() - 10 * 60_000).toISOString().replace("Z", "+00:00");
    await env.DB.prepare(
      `UPDATE "HandoffRun" SET "status" = 'RUNNING', "stage" = 'extracting', "handoffId" = NULL, "updatedAt" = ? WHERE "id" = ?`,
    )
      .bind(old, raw)
      .run();
    await env.DB.prepare(`DELETE FROM "Handoff" WHERE "sessionId" = ?`).bind(atob(session.id).split(":")[1]).run();
    const frames = (await watch(token, runId)).filter((f) => f.event === "next");
    expect(frames).toHaveLength(1);
    expect(frames[0]?.data.data.handoffRun.run).toMatchObject({ status: "FAILED" });
    const retried = await ok(`mutation($id: ID!) { retryHandoffRun(id: $id) { run { id } } }`, { id: runId }, token);
    expect((await finishedRun(token, retried.retryHandoffRun.run.id)).status).toBe("SUCCEEDED");
  });

  test("watching needs a token and the run must be the viewer's", async () => {
    const alice = await newUser();
    const bob = await newUser();
    const projectId = await newProject(alice.token);
    const session = await sessionWith(alice.token, projectId, TRANSCRIPT_1);
    const { runId, settled } = await completeInBackground(alice.token, session.id);
    await settled;
    const frames = await watch(bob.token, runId);
    expect(JSON.stringify(frames)).toContain("NOT_FOUND");
    expect(JSON.stringify(frames)).not.toContain("SUCCEEDED");
  });
});
