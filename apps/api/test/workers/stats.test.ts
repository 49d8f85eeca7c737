import { env } from "cloudflare:test";
import { describe, expect, test } from "vitest";
import { codeOf, gql, newProject, newUser, ok } from "./client.ts";

const STATS = `{ stats { projects activeProjects sessions activeSessions completedSessions handoffs messages knowledgeEntries
  averageFidelity creditsUsed averageSessionMinutes averageMessagesPerSession averageHandoffTokens accounts } }`;
const START = `mutation($i: StartSessionInput!) { startSession(input: $i) { session { id } } }`;
const APPEND = `mutation($i: AppendMessagesInput!) { appendMessages(input: $i) { appended } }`;

const raw = (globalId: string) => atob(globalId).split(":")[1] as string;

describe("stats", () => {
  test("totals and averages over the viewer's own data", async () => {
    const { token, userId } = await newUser();
    const bob = await newUser("bob");
    const empty = (await ok(STATS, {}, bob.token)).stats;

    const active = await newProject(token, "active");
    const paused = await newProject(token, "paused");
    await ok(
      `mutation($i: UpdateProjectInput!) { updateProject(input: $i) { project { id } } }`,
      { i: { id: paused, status: "PAUSED" } },
      token,
    );
    const s1 = (await ok(START, { i: { projectId: active } }, token)).startSession.session.id;
    const s2 = (await ok(START, { i: { projectId: active } }, token)).startSession.session.id;
    await ok(START, { i: { projectId: paused } }, token);
    const messages = (n: number) => Array.from({ length: n }, (_, i) => ({ role: "USER", content: `m${i}` }));
    await ok(APPEND, { i: { sessionId: s1, messages: messages(3) } }, token);
    await ok(APPEND, { i: { sessionId: s2, messages: messages(6) } }, token);
    // Two sessions completed, 30 and 90 minutes long.
    for (const [id, minutes, credits] of [
      [s1, 30, 4],
      [s2, 90, 6],
    ] as const) {
      await env.DB.prepare(
        `UPDATE "Session" SET "status" = 'COMPLETED', "creditsUsed" = ?, "startedAt" = ?, "completedAt" = ? WHERE "id" = ?`,
      )
        .bind(
          credits,
          "2026-01-01T10:00:00.000+00:00",
          new Date(Date.UTC(2026, 0, 1, 10, minutes)).toISOString(),
          raw(id),
        )
        .run();
    }
    for (const [version, fidelity, tokens] of [
      [1, 0.8, 100],
      [2, 0.6, 300],
    ] as const) {
      await env.DB.prepare(
        `INSERT INTO "Handoff" ("id", "ownerId", "projectId", "version", "masterPrompt", "tokenCount", "fidelityScore")
         VALUES (?, ?, ?, ?, 'p', ?, ?)`,
      )
        .bind(crypto.randomUUID(), raw(userId), raw(active), version, tokens, fidelity)
        .run();
    }
    await ok(
      `mutation { createKnowledgeEntry(input: { category: PATTERN, title: "t", content: "c" }) { entry { id } } }`,
      {},
      token,
    );
    await ok(`mutation { createAccount(input: { platform: CLAUDE, name: "a" }) { account { id } } }`, {}, token);

    const stats = (await ok(STATS, {}, token)).stats;
    expect(stats).toMatchObject({
      projects: 2,
      activeProjects: 1,
      sessions: 3,
      activeSessions: 1,
      completedSessions: 2,
      handoffs: 2,
      messages: 9,
      knowledgeEntries: 1,
      creditsUsed: 10,
      averageSessionMinutes: 60,
      averageMessagesPerSession: 3,
      averageHandoffTokens: 200,
      accounts: 1,
    });
    expect(stats.averageFidelity).toBeCloseTo(0.7, 10);

    // Someone else's activity changes nothing for bob.
    expect((await ok(STATS, {}, bob.token)).stats).toEqual(empty);
    expect(empty).toMatchObject({
      projects: 0,
      sessions: 0,
      messages: 0,
      averageFidelity: null,
      averageSessionMinutes: null,
    });
    expect(codeOf(await gql(STATS))).toBe("UNAUTHENTICATED");
  });
});
