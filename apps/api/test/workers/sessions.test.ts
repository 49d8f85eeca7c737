import { env } from "cloudflare:test";
import { describe, expect, test } from "vitest";
import { codeOf, gql, newProject, newUser, ok } from "./client.ts";

const START = `mutation($i: StartSessionInput!) { startSession(input: $i) { session { id number kind status objectives inputHandoff { id } } } }`;
const APPEND = `mutation($i: AppendMessagesInput!) { appendMessages(input: $i) { appended session { messageCount } } }`;
const MESSAGES = `query($id: ID!, $first: Int, $after: String) { session(id: $id) { messageCount messages(first: $first, after: $after) {
  totalCount edges { node { ordinal role content createdAt } } pageInfo { hasNextPage endCursor } } } }`;

async function allMessages(token: string, sessionId: string) {
  const out: { ordinal: number; role: string; content: string }[] = [];
  let after: string | null = null;
  for (;;) {
    const data: any = await ok(MESSAGES, { id: sessionId, first: 100, after }, token);
    out.push(...data.session.messages.edges.map((e: any) => e.node));
    if (!data.session.messages.pageInfo.hasNextPage) return out;
    after = data.session.messages.pageInfo.endCursor;
  }
}

describe("sessions", () => {
  test("numbers sessions 1..N without gaps or duplicates when many start at once", async () => {
    const { token } = await newUser();
    const projectId = await newProject(token);
    const started = await Promise.all(
      Array.from({ length: 12 }, (_, i) => ok(START, { i: { projectId, objectives: `goal ${i}` } }, token)),
    );
    const numbers = started.map((d) => d.startSession.session.number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    const listed = await ok(
      `query($id: ID!) { project(id: $id) { sessionCount activeSession { number } sessions(first: 5) { totalCount edges { node { number } } } } }`,
      { id: projectId },
      token,
    );
    expect(listed.project.sessionCount).toBe(12);
    expect(listed.project.activeSession.number).toBe(12);
    expect(listed.project.sessions.edges.map((e: any) => e.node.number)).toEqual([1, 2, 3, 4, 5]);
  });

  test("a session starts with defaults and without an input handoff before the first handoff", async () => {
    const { token } = await newUser();
    const projectId = await newProject(token);
    const { startSession } = await ok(START, { i: { projectId, kind: "DEBUGGING" } }, token);
    expect(startSession.session).toMatchObject({ number: 1, kind: "DEBUGGING", status: "ACTIVE", inputHandoff: null });
  });

  test("startSession attaches the project's newest handoff as inputHandoff", async () => {
    const { token, userId } = await newUser();
    const projectId = await newProject(token);
    const rawProjectId = atob(projectId).split(":")[1];
    const rawUserId = atob(userId).split(":")[1];
    for (const version of [1, 2]) {
      await env.DB.prepare(
        `INSERT INTO "Handoff" ("id", "ownerId", "projectId", "version", "masterPrompt", "tokenCount") VALUES (?, ?, ?, ?, ?, 10)`,
      )
        .bind(`h${version}-${rawProjectId}`, rawUserId, rawProjectId, version, `prompt v${version}`)
        .run();
    }
    const { startSession } = await ok(
      START.replace("inputHandoff { id }", "inputHandoff { version masterPrompt }"),
      { i: { projectId } },
      token,
    );
    expect(startSession.session.inputHandoff).toEqual({ version: 2, masterPrompt: "prompt v2" });
  });

  test("appendMessages stores thousands of messages in order in one call", async () => {
    const { token } = await newUser();
    const projectId = await newProject(token);
    const session = (await ok(START, { i: { projectId } }, token)).startSession.session;
    const messages = Array.from({ length: 2500 }, (_, i) => ({
      role: i % 2 ? "ASSISTANT" : "USER",
      content: `message ${i}`,
      createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
    }));
    const result = await ok(APPEND, { i: { sessionId: session.id, messages } }, token);
    expect(result.appendMessages).toEqual({ appended: 2500, session: { messageCount: 2500 } });
    const more = await ok(
      APPEND,
      { i: { sessionId: session.id, messages: [{ role: "USER", content: "last" }] } },
      token,
    );
    expect(more.appendMessages.session.messageCount).toBe(2501);

    const stored = await allMessages(token, session.id);
    expect(stored.map((m) => m.ordinal)).toEqual(Array.from({ length: 2501 }, (_, i) => i));
    expect(stored[1234]).toMatchObject({ role: "USER", content: "message 1234" });
    expect(stored[2500]?.content).toBe("last");
  });

  test("concurrent appends never share or skip an ordinal", async () => {
    const { token } = await newUser();
    const projectId = await newProject(token);
    const session = (await ok(START, { i: { projectId } }, token)).startSession.session;
    await Promise.all(
      Array.from({ length: 6 }, (_, batch) =>
        ok(
          APPEND,
          {
            i: {
              sessionId: session.id,
              messages: Array.from({ length: 20 }, (_, i) => ({ role: "USER", content: `${batch}-${i}` })),
            },
          },
          token,
        ),
      ),
    );
    const stored = await allMessages(token, session.id);
    expect(stored.map((m) => m.ordinal)).toEqual(Array.from({ length: 120 }, (_, i) => i));
    // Each call's messages stay contiguous and in order.
    for (let b = 0; b < 6; b++) {
      const ordinals = stored.filter((m) => m.content.startsWith(`${b}-`)).map((m) => m.ordinal);
      expect(ordinals).toEqual(Array.from({ length: 20 }, (_, i) => ordinals[0]! + i));
    }
  });

  test("a message larger than D1's row limit is split across rows and read back whole", async () => {
    const { token } = await newUser();
    const projectId = await newProject(token);
    const session = (await ok(START, { i: { projectId } }, token)).startSession.session;
    const big = Array.from({ length: 2_600_000 / 26 }, () => "abcdefghijklmnopqrstuvwxyé").join("");
    await ok(APPEND, { i: { sessionId: session.id, messages: [{ role: "TOOL", content: big }] } }, token);
    const [message] = await allMessages(token, session.id);
    expect(message?.content.length).toBe(big.length);
    expect(message?.content === big).toBe(true);
    const rows = await env.DB.prepare(
      `SELECT max(length(CAST("content" AS BLOB))) AS bytes FROM "MessageChunk"`,
    ).first<{ bytes: number }>();
    expect(rows!.bytes).toBeLessThan(1_000_000);
  });

  test("importTranscript reads a pasted plain transcript into ordered messages", async () => {
    const { token } = await newUser();
    const projectId = await newProject(token);
    const session = (await ok(START, { i: { projectId } }, token)).startSession.session;
    const content =
      "User: set up the repo\nwith pnpm please\nAssistant: Done. I ran `pnpm init`.\nUser: now add vitest\nAssistant: Added.";
    const result = await ok(
      `mutation($i: ImportTranscriptInput!) { importTranscript(input: $i) { imported format session { messageCount } } }`,
      { i: { sessionId: session.id, content } },
      token,
    );
    expect(result.importTranscript).toEqual({ imported: 4, format: "PLAIN", session: { messageCount: 4 } });
    const stored = await allMessages(token, session.id);
    expect(stored.map((m) => m.role)).toEqual(["USER", "ASSISTANT", "USER", "ASSISTANT"]);
    expect(stored[0]?.content).toContain("with pnpm please");
  });

  test("importTranscript detects a Codex CLI rollout and keeps its shell calls as tool messages", async () => {
    const { token } = await newUser();
    const projectId = await newProject(token);
    const session = (await ok(START, { i: { projectId } }, token)).startSession.session;
    const line = (type: string, payload: object) =>
      JSON.stringify({ timestamp: "2026-03-02T10:00:00Z", type, payload });
    const content = [
      line("session_meta", { id: "r1", cwd: "/home/ann/shop" }),
      line("response_item", {
        type: "message",
        role: "user",
        content: [{ type: "input_text", text: "run the tests" }],
      }),
      line("response_item", {
        type: "function_call",
        name: "shell",
        arguments: '{"command":["bash","-lc","pnpm test"]}',
      }),
      line("response_item", { type: "function_call_output", output: "12 passed" }),
      line("response_item", {
        type: "message",
        role: "assistant",
        content: [{ type: "output_text", text: "All 12 pass." }],
      }),
    ].join("\n");
    const result = await ok(
      `mutation($i: ImportTranscriptInput!) { importTranscript(input: $i) { imported format } }`,
      { i: { sessionId: session.id, content } },
      token,
    );
    expect(result.importTranscript).toEqual({ imported: 4, format: "CODEX_JSONL" });
    const stored = await allMessages(token, session.id);
    expect(stored.map((m) => m.role)).toEqual(["USER", "TOOL", "TOOL", "ASSISTANT"]);
    expect(stored[1]?.content).toBe("Bash command: pnpm test");
  });

  test("bad input: unparseable transcripts, empty lists, other users' sessions, oversized pages", async () => {
    const alice = await newUser();
    const bob = await newUser();
    const projectId = await newProject(alice.token);
    const session = (await ok(START, { i: { projectId } }, alice.token)).startSession.session;
    const garbage = await gql(
      `mutation($i: ImportTranscriptInput!) { importTranscript(input: $i) { imported } }`,
      { i: { sessionId: session.id, content: "{ not json", format: "JSON_MESSAGES" } },
      alice.token,
    );
    expect(codeOf(garbage)).toBe("BAD_USER_INPUT");
    expect(garbage.errors?.[0]?.message).toMatch(/JSON/);
    expect(codeOf(await gql(APPEND, { i: { sessionId: session.id, messages: [] } }, alice.token))).toBe(
      "BAD_USER_INPUT",
    );
    expect(
      codeOf(
        await gql(APPEND, { i: { sessionId: session.id, messages: [{ role: "USER", content: "x" }] } }, bob.token),
      ),
    ).toBe("NOT_FOUND");
    expect((await ok(`query($id: ID!) { session(id: $id) { id } }`, { id: session.id }, bob.token)).session).toBeNull();
    expect(codeOf(await gql(MESSAGES, { id: session.id, first: 500 }, alice.token))).toBe("BAD_USER_INPUT");
    expect((await ok(MESSAGES, { id: session.id }, alice.token)).session.messageCount).toBe(0);
  });
});

describe("full pages with nested relations", () => {
  test("a page of 100 sessions, each with its own input handoff, loads in one request", async () => {
    const { token, userId } = await newUser();
    const projectId = await newProject(token);
    const rawProjectId = atob(projectId).split(":")[1]!;
    const rawUserId = atob(userId).split(":")[1]!;
    const statements = [];
    for (let n = 1; n <= 101; n++) {
      statements.push(
        env.DB.prepare(
          `INSERT INTO "Handoff" ("id", "ownerId", "projectId", "version", "masterPrompt", "tokenCount") VALUES (?, ?, ?, ?, 'p', 1)`,
        ).bind(`h${n}-${rawProjectId}`, rawUserId, rawProjectId, n),
        env.DB.prepare(
          `INSERT INTO "Session" ("id", "ownerId", "projectId", "number", "inputHandoffId") VALUES (?, ?, ?, ?, ?)`,
        ).bind(`s${n}-${rawProjectId}`, rawUserId, rawProjectId, n, `h${n}-${rawProjectId}`),
      );
    }
    await env.DB.batch(statements);
    const data = await ok(
      `query($id: ID!) { project(id: $id) { sessions(first: 100) { edges { node { number inputHandoff { version } project { name } } } pageInfo { hasNextPage } } handoffs(first: 100) { edges { node { version session { id } parent { id } } } } } }`,
      { id: projectId },
      token,
    );
    expect(data.project.sessions.edges).toHaveLength(100);
    expect(data.project.sessions.edges[99].node.inputHandoff.version).toBe(100);
    expect(data.project.sessions.pageInfo.hasNextPage).toBe(true);
    expect(data.project.handoffs.edges[0].node.version).toBe(101);
  });
});
