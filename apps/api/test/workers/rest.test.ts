import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, test } from "vitest";
import worker, { yoga } from "../../src/index.ts";
import { handleRest } from "../../src/rest/index.ts";
import { newUser, ok } from "./client.ts";
import { finishedRun, TRANSCRIPT_1 } from "./runs.ts";

interface RestReply {
  status: number;
  headers: Headers;
  body: { success: boolean; data?: any; pageInfo?: { hasNextPage: boolean; endCursor: string | null }; error?: any };
}

async function rest(
  method: string,
  path: string,
  token?: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const ctx = createExecutionContext();
  const response = await worker.fetch(
    new Request(`http://api.test${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        "content-type": "application/json",
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    }),
    env,
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return { status: response.status, headers: response.headers, body: await response.json() } as RestReply;
}

const raw = (globalId: string) => atob(globalId).split(":")[1] as string;

describe("REST compatibility layer", () => {
  test("projects, sessions, conversations, completion and stats end to end", async () => {
    const { token } = await newUser();
    const created = await rest("POST", "/api/projects", token, { name: "notesync", description: "sync notes" });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      success: true,
      data: { name: "notesync", status: "ACTIVE", sessionCount: 0 },
    });
    const projectId = created.body.data.id;
    await rest("POST", "/api/projects", token, { name: "second" });

    const listed = await rest("GET", "/api/projects?first=1", token);
    expect(listed.status).toBe(200);
    expect(listed.body.data).toHaveLength(1);
    expect(listed.body.pageInfo?.hasNextPage).toBe(true);
    const next = await rest("GET", `/api/projects?first=1&after=${listed.body.pageInfo?.endCursor}`, token);
    expect([listed.body.data[0].name, next.body.data[0].name].sort()).toEqual(["notesync", "second"]);
    expect((await rest("GET", "/api/projects?status=paused", token)).body.data).toEqual([]);

    // Raw (stored) ids work as well as GraphQL global ids; snake_case as well as camelCase.
    const session = await rest("POST", "/api/sessions/create", token, {
      project_id: raw(projectId),
      objectives: "MVP",
    });
    expect(session.status).toBe(201);
    expect(session.body.data).toMatchObject({ number: 1, status: "ACTIVE", objectives: "MVP", inputHandoff: null });
    const sessionId = session.body.data.id;

    const saved = await rest("POST", "/api/conversations/save", token, {
      session_id: sessionId,
      messages: [
        { role: "user", content: "Use rsync" },
        { role: "Assistant", content: "Done", timestamp: "2026-01-01T00:00:00Z" },
      ],
    });
    expect(saved.status).toBe(201);
    expect(saved.body.data).toEqual({ sessionId, saved: 2, messageCount: 2 });
    const imported = await rest("POST", "/api/conversations/save", token, { sessionId, transcript: TRANSCRIPT_1 });
    expect(imported.body.data).toMatchObject({ saved: 5, messageCount: 7, format: expect.any(String) });

    const read = await rest("GET", `/api/sessions/${encodeURIComponent(sessionId)}`, token);
    expect(read.body.data).toMatchObject({
      id: sessionId,
      messageCount: 7,
      project: { id: projectId, name: "notesync" },
    });

    const completion = {
      accomplishments: ["CLI skeleton", "rsync transport"],
      blockers: "TS2307",
      next_steps: "conflicts",
      credits_used: 7,
    };
    const complete = (body: Record<string, unknown>) =>
      rest("POST", `/api/sessions/${raw(sessionId)}/complete`, token, body, { "idempotency-key": "finish-1" });
    const completed = await complete(completion);
    expect(completed.status).toBe(202);
    expect(completed.body.data.session).toMatchObject({
      status: "COMPLETED",
      accomplishments: "CLI skeleton\nrsync transport",
      nextSteps: "conflicts",
      creditsUsed: 7,
    });
    const run = await finishedRun(token, completed.body.data.run.id);
    expect(run.status).toBe("SUCCEEDED");
    // The Idempotency-Key header reaches completeSession: a replay returns the same run, other input is refused.
    const replay = await complete(completion);
    expect(replay.body.data?.run.id).toBe(completed.body.data.run.id);
    const changed = await complete({ ...completion, credits_used: 8 });
    expect([changed.status, changed.body.error?.code]).toEqual([409, "CONFLICT"]);

    const sessions = await rest("GET", `/api/projects/${projectId}/sessions`, token);
    expect(sessions.body.data).toHaveLength(1);
    expect(sessions.body.data[0].outputHandoff).toMatchObject({
      version: 1,
      masterPrompt: expect.stringContaining("rsync"),
    });
    const nextSession = await rest("POST", "/api/sessions/create", token, { projectId });
    expect(nextSession.body.data.inputHandoff).toMatchObject({ version: 1 });

    const stats = await rest("GET", "/api/stats", token);
    expect(stats.body).toMatchObject({
      success: true,
      data: { projects: 2, sessions: 2, completedSessions: 1, messages: 7, handoffs: 1, creditsUsed: 7 },
    });
  });

  test("errors carry codes and HTTP statuses", async () => {
    const { token } = await newUser();
    const failure = (reply: RestReply) => [reply.status, reply.body.success, reply.body.error?.code];
    expect(failure(await rest("GET", "/api/projects"))).toEqual([401, false, "UNAUTHENTICATED"]);
    expect(failure(await rest("GET", "/api/stats", "baton_not-a-token"))).toEqual([401, false, "UNAUTHENTICATED"]);
    expect(failure(await rest("POST", "/api/projects", token, "{not json"))).toEqual([400, false, "BAD_USER_INPUT"]);
    expect(failure(await rest("POST", "/api/projects", token, [1]))).toEqual([400, false, "BAD_USER_INPUT"]);
    expect(failure(await rest("POST", "/api/projects", token, { name: " " }))).toEqual([400, false, "BAD_USER_INPUT"]);
    expect(failure(await rest("GET", "/api/projects?status=nope", token))).toEqual([400, false, "BAD_USER_INPUT"]);
    expect(failure(await rest("POST", "/api/sessions/create", token, {}))).toEqual([400, false, "BAD_USER_INPUT"]);
    expect(failure(await rest("POST", "/api/sessions/create", token, { projectId: "nope" }))).toEqual([
      404,
      false,
      "NOT_FOUND",
    ]);
    expect(failure(await rest("GET", "/api/sessions/nope", token))).toEqual([404, false, "NOT_FOUND"]);
    expect(failure(await rest("GET", "/api/nothing-here", token))).toEqual([404, false, "NOT_FOUND"]);
    const wrongMethod = await rest("DELETE", "/api/projects", token);
    expect(failure(wrongMethod)).toEqual([405, false, "METHOD_NOT_ALLOWED"]);
    expect(wrongMethod.headers.get("allow")).toBe("GET, POST");

    const projectId = (await rest("POST", "/api/projects", token, { name: "p" })).body.data.id;
    const sessionId = (await rest("POST", "/api/sessions/create", token, { projectId })).body.data.id;
    const save = (body: Record<string, unknown>) =>
      rest("POST", "/api/conversations/save", token, { sessionId, ...body });
    expect(failure(await save({}))).toEqual([400, false, "BAD_USER_INPUT"]);
    expect(failure(await save({ messages: [{ role: "narrator", content: "x" }] }))).toEqual([
      400,
      false,
      "BAD_USER_INPUT",
    ]);
    expect(failure(await save({ messages: [], transcript: "User: hi" }))).toEqual([400, false, "BAD_USER_INPUT"]);
    expect(failure(await rest("POST", `/api/sessions/${sessionId}/complete`, token, { credits_used: 1.5 }))).toEqual([
      400,
      false,
      "BAD_USER_INPUT",
    ]);

    const ctx = createExecutionContext();
    expect(await handleRest(new Request("http://api.test/graphql"), env, ctx, yoga)).toBeNull();
    expect(await handleRest(new Request("http://api.test/apiary"), env, ctx, yoga)).toBeNull();
  });

  test("another user's projects and sessions read as not found", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const projectId = (await rest("POST", "/api/projects", alice.token, { name: "alice's" })).body.data.id;
    const sessionId = (await rest("POST", "/api/sessions/create", alice.token, { projectId })).body.data.id;
    const code = async (reply: Promise<RestReply>) => {
      const { status, body } = await reply;
      return [status, body.error?.code];
    };
    expect(await code(rest("GET", `/api/projects/${projectId}/sessions`, bob.token))).toEqual([404, "NOT_FOUND"]);
    expect(await code(rest("GET", `/api/sessions/${sessionId}`, bob.token))).toEqual([404, "NOT_FOUND"]);
    expect(await code(rest("POST", "/api/sessions/create", bob.token, { projectId }))).toEqual([404, "NOT_FOUND"]);
    expect(await code(rest("POST", `/api/sessions/${sessionId}/complete`, bob.token, {}))).toEqual([404, "NOT_FOUND"]);
    expect(
      await code(
        rest("POST", "/api/conversations/save", bob.token, { sessionId, messages: [{ role: "user", content: "x" }] }),
      ),
    ).toEqual([404, "NOT_FOUND"]);
    expect((await rest("GET", "/api/projects", bob.token)).body.data).toEqual([]);
    expect((await rest("GET", "/api/stats", bob.token)).body.data).toMatchObject({ projects: 0, sessions: 0 });
    const still = await ok(
      `query($id: ID!) { session(id: $id) { status messageCount } }`,
      { id: sessionId },
      alice.token,
    );
    expect(still.session).toEqual({ status: "ACTIVE", messageCount: 0 });
  });
});
