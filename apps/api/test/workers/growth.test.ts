import { env } from "cloudflare:test";
import { describe, expect, test } from "vitest";
import { slope } from "../../src/services/growth.ts";
import { codeOf, gql, newProject, newUser, ok } from "./client.ts";
import { COMPLETE, finishedRun, sessionWith, TRANSCRIPT_1, TRANSCRIPT_2 } from "./runs.ts";

const POINT = `sessionNumber sessionId durationMinutes messageCount handoffTokens fidelity creditsUsed tokensIn tokensOut
  accomplishments blockers itemsCarried itemsAdded itemsResolved itemsDropped blockersOpen blockersClosed blockerAgeAtClose`;
const TRENDS = `window fidelitySlope fidelityTrend averageFidelity handoffTokensSlope averageDurationMinutes averageMessages
  averageCreditsUsed averageBlockersRecorded averageBlockersOpen averageBlockersClosed earlierBlockerAgeAtClose
  recentBlockerAgeAtClose blockersCloseFaster`;
const GROWTH = `query($id: ID!, $window: Int, $last: Int) { project(id: $id) { growth(window: $window, last: $last) {
  points { ${POINT} } trends { ${TRENDS} } } } }`;

const raw = (globalId: string) => atob(globalId).split(":")[1] as string;
const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1) + minutes * 60_000).toISOString().replace("Z", "+00:00");

type Item = [key: string, status: "OPEN" | "RESOLVED", sourceSession: number];

/** Writes a completed session `n` with the handoff it produced (version n, parent n−1) straight into D1. */
async function completed(userId: string, projectId: string, n: number, fidelity: number, items: Item[]) {
  const [owner, project] = [raw(userId), raw(projectId)];
  const session = `${project}-s${n}`;
  const handoff = (v: number) => `${project}-h${v}`;
  await env.DB.batch([
    env.DB.prepare(
      `INSERT INTO "Session" ("id", "ownerId", "projectId", "number", "status", "startedAt", "completedAt",
         "messageCount", "creditsUsed", "accomplishments", "blockers", "inputHandoffId")
       VALUES (?, ?, ?, ?, 'COMPLETED', ?, ?, ?, ?, ?, ?, ?)`,
    ).bind(
      session,
      owner,
      project,
      n,
      at(n * 100),
      at(n * 100 + 10 * n),
      n * 4,
      n * 3,
      "shipped a\n\n  \nshipped b",
      n % 2 ? "blocked on x" : null,
      n > 1 ? handoff(n - 1) : null,
    ),
    env.DB.prepare(
      `INSERT INTO "Handoff" ("id", "ownerId", "projectId", "version", "sessionId", "parentId", "masterPrompt",
         "tokenCount", "fidelityScore", "carried", "added", "resolved", "dropped")
       VALUES (?, ?, ?, ?, ?, ?, 'prompt', ?, ?, ?, 1, ?, 0)`,
    ).bind(handoff(n), owner, project, n, session, n > 1 ? handoff(n - 1) : null, 100 * n, fidelity, n - 1, n % 2),
    ...items.map(([key, status, source], position) =>
      env.DB.prepare(
        `INSERT INTO "HandoffItem" ("id", "handoffId", "key", "kind", "text", "status", "position", "sourceSession")
         VALUES (?, ?, ?, 'BLOCKER', ?, ?, ?, ?)`,
      ).bind(crypto.randomUUID(), handoff(n), key, `blocker ${key}`, status, position, source),
    ),
    env.DB.prepare(`UPDATE "Project" SET "sessionCounter" = ? WHERE "id" = ?`).bind(n, project),
  ]);
}

describe("project growth", () => {
  test("one point per completed session, from the sessions, handoffs and ledgers", async () => {
    const { token, userId } = await newUser();
    const projectId = await newProject(token);
    const history: Item[][] = [
      [
        ["b1", "OPEN", 1],
        ["b2", "OPEN", 1],
        ["b3", "OPEN", 1],
      ],
      [
        ["b1", "OPEN", 1],
        ["b2", "OPEN", 1],
        ["b3", "OPEN", 1],
      ],
      [
        ["b1", "RESOLVED", 3],
        ["b2", "OPEN", 1],
        ["b3", "OPEN", 1],
        ["b4", "OPEN", 3],
      ],
      [
        ["b2", "OPEN", 1],
        ["b3", "OPEN", 1],
        ["b4", "OPEN", 3],
      ],
      [
        ["b2", "OPEN", 1],
        ["b3", "OPEN", 1],
        ["b4", "RESOLVED", 5],
        ["b5", "OPEN", 5],
      ],
      [
        ["b2", "OPEN", 1],
        ["b3", "OPEN", 1],
        ["b5", "RESOLVED", 6],
      ],
    ];
    for (const [i, items] of history.entries()) await completed(userId, projectId, i + 1, 0.5 + i * 0.1, items);
    // Open and abandoned sessions are not points.
    await ok(
      `mutation($i: StartSessionInput!) { startSession(input: $i) { session { id } } }`,
      { i: { projectId } },
      token,
    );

    const { points, trends } = (await ok(GROWTH, { id: projectId }, token)).project.growth;
    expect(points.map((p: { sessionNumber: number }) => p.sessionNumber)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(points[2]).toEqual({
      sessionNumber: 3,
      sessionId: btoa(`Session:${raw(projectId)}-s3`),
      durationMinutes: 30,
      messageCount: 12,
      creditsUsed: 9,
      handoffTokens: 300,
      tokensIn: 200,
      tokensOut: 300,
      fidelity: 0.7,
      accomplishments: 2,
      blockers: 1,
      itemsCarried: 2,
      itemsAdded: 1,
      itemsResolved: 1,
      itemsDropped: 0,
      blockersOpen: 3,
      blockersClosed: 1,
      blockerAgeAtClose: 2,
    });
    expect(points[0]).toMatchObject({ tokensIn: null, blockersClosed: 0, blockerAgeAtClose: null, blockers: 1 });
    expect(points[1]).toMatchObject({ blockers: 0, blockersOpen: 3, blockersClosed: 0 });
    expect(points.map((p: { blockerAgeAtClose: number | null }) => p.blockerAgeAtClose)).toEqual([
      null,
      null,
      2,
      null,
      2,
      1,
    ]);

    expect(trends.window).toBe(6);
    expect(trends.fidelitySlope).toBeCloseTo(0.1, 10);
    expect(trends.fidelityTrend).toBe("IMPROVING");
    expect(trends.averageFidelity).toBeCloseTo(0.75, 10);
    expect(trends.handoffTokensSlope).toBeCloseTo(100, 10);
    expect(trends.averageDurationMinutes).toBeCloseTo(35, 10);
    expect(trends.averageBlockersClosed).toBeCloseTo(3 / 6, 10);
    expect(trends).toMatchObject({
      earlierBlockerAgeAtClose: 2,
      recentBlockerAgeAtClose: 1.5,
      blockersCloseFaster: true,
    });

    // The latest points only: trends follow the window.
    const recent = (await ok(GROWTH, { id: projectId, window: 2, last: 3 }, token)).project.growth;
    expect(recent.points.map((p: { sessionNumber: number }) => p.sessionNumber)).toEqual([4, 5, 6]);
    expect(recent.trends).toMatchObject({ window: 2, earlierBlockerAgeAtClose: 2, recentBlockerAgeAtClose: 1 });
    expect(codeOf(await gql(GROWTH, { id: projectId, window: 1 }, token))).toBe("BAD_USER_INPUT");
    expect(codeOf(await gql(GROWTH, { id: projectId, last: 1001 }, token))).toBe("BAD_USER_INPUT");
  });

  test("follows sessions completed through completeSession", async () => {
    const { token } = await newUser();
    const projectId = await newProject(token, "notesync");
    const complete = async (transcript: string, input: Record<string, unknown>) => {
      const session = await sessionWith(token, projectId, transcript);
      const done = await ok(COMPLETE, { i: { sessionId: session.id, ...input } }, token);
      return (await finishedRun(token, done.completeSession.run.id)).handoff;
    };
    const v1 = await complete(TRANSCRIPT_1, { accomplishments: "CLI\nrsync", blockers: "TS2307", creditsUsed: 12 });
    const v2 = await complete(TRANSCRIPT_2, { accomplishments: "fixed TS2307", creditsUsed: 5 });
    const { points, trends } = (await ok(GROWTH, { id: projectId }, token)).project.growth;
    expect(points).toHaveLength(2);
    expect(points[0]).toMatchObject({
      sessionNumber: 1,
      messageCount: 5,
      creditsUsed: 12,
      accomplishments: 2,
      blockers: 1,
    });
    expect(points[0]).toMatchObject({ tokensIn: null, tokensOut: v1.tokenCount, fidelity: v1.fidelity.score });
    expect(points[1]).toMatchObject({ sessionNumber: 2, tokensIn: v1.tokenCount, tokensOut: v2.tokenCount });
    expect(points[1]).toMatchObject({ itemsCarried: v2.fidelity.carried, itemsResolved: v2.fidelity.resolved });
    expect(points[1].durationMinutes).toBe(0);
    // The TS2307 blocker, open in v1, is closed by session 2.
    expect(points[1].blockersClosed).toBeGreaterThanOrEqual(1);
    expect(points[1].blockerAgeAtClose).toBe(1);
    expect(trends.window).toBe(2);
  });

  test("is private to its owner", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const projectId = await newProject(alice.token);
    await completed(alice.userId, projectId, 1, 0.9, []);
    expect((await ok(GROWTH, { id: projectId }, bob.token)).project).toBeNull();
    expect((await ok(GROWTH, { id: projectId }, alice.token)).project.growth.points).toHaveLength(1);
  });

  test("slope is the least-squares fit", () => {
    expect(slope([])).toBeNull();
    expect(slope([{ x: 1, y: 1 }])).toBeNull();
    expect(
      slope([
        { x: 1, y: 1 },
        { x: 2, y: 3 },
        { x: 3, y: 2 },
      ]),
    ).toBeCloseTo(0.5, 10);
  });
});
