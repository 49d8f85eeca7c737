import { env } from "cloudflare:test";
import { describe, expect, test } from "vitest";
import { codeOf, gql, newProject, newUser, ok } from "./client.ts";
import { COMPLETE, finishedRun, START, sessionWith, TRANSCRIPT_1, TRANSCRIPT_2 } from "./runs.ts";

describe("completing sessions writes handoffs", () => {
  test("session 1 → v1; session 2 loads v1 and produces v2 whose parent is v1", async () => {
    const { token } = await newUser();
    const projectId = await newProject(token, "notesync");
    const s1 = await sessionWith(token, projectId, TRANSCRIPT_1);
    const done = await ok(
      COMPLETE,
      {
        i: {
          sessionId: s1.id,
          accomplishments: "CLI skeleton\nrsync transport",
          blockers: "TS2307 in the build",
          nextSteps: "conflict detection",
          creditsUsed: 12,
        },
      },
      token,
    );
    expect(done.completeSession.session).toMatchObject({
      status: "COMPLETED",
      accomplishments: "CLI skeleton\nrsync transport",
    });
    const run1 = await finishedRun(token, done.completeSession.run.id);
    expect(run1).toMatchObject({ status: "SUCCEEDED", stage: "done", progress: 1, error: null, generator: "RULES" });
    const v1 = run1.handoff;
    expect(v1).toMatchObject({
      version: 1,
      parent: null,
      session: { number: 1 },
      generator: { kind: "RULES", model: null },
    });
    expect(v1.tokenCount).toBeGreaterThan(0);
    expect(v1.tokenCount).toBeLessThanOrEqual(2000);
    expect(v1.masterPrompt).toContain("rsync");
    expect(v1.masterPrompt).toContain("TS2307");
    expect(v1.items.length).toBeGreaterThan(3);
    expect(v1.items.every((i: any) => i.sourceSession?.number === 1)).toBe(true);
    expect(v1.fidelity.added).toBeGreaterThan(0);

    const s2 = await sessionWith(token, projectId, TRANSCRIPT_2);
    expect(s2.inputHandoff).toEqual({ id: v1.id, version: 1 });
    const run2 = await finishedRun(
      token,
      (await ok(COMPLETE, { i: { sessionId: s2.id } }, token)).completeSession.run.id,
    );
    expect(run2.handoff).toMatchObject({ version: 2, parent: { id: v1.id, version: 1 }, session: { number: 2 } });
    // What session 1 established is carried; the blocker fixed in session 2 changes status instead of vanishing.
    expect(run2.handoff.masterPrompt).toContain("rsync");
    const ts2307 = run2.handoff.items.filter((i: any) => i.kind === "BLOCKER" && i.text.includes("TS2307"));
    expect(ts2307.length).toBeGreaterThan(0);
    expect(ts2307.filter((i: any) => i.status === "OPEN")).toEqual([]);
    expect(run2.handoff.fidelity.carried).toBeGreaterThan(0);

    const lineage = await ok(
      `query($id: ID!) { project(id: $id) { masterHandoff { version } handoffs { totalCount edges { node { version } } } } }`,
      { id: projectId },
      token,
    );
    expect(lineage.project.masterHandoff.version).toBe(2);
    expect(lineage.project.handoffs.edges.map((e: any) => e.node.version)).toEqual([2, 1]);
    const sessions = await ok(
      `query($id: ID!) { project(id: $id) { sessions { edges { node { number inputHandoff { version } outputHandoff { version } } } } } }`,
      { id: projectId },
      token,
    );
    expect(sessions.project.sessions.edges.map((e: any) => e.node)).toEqual([
      { number: 1, inputHandoff: null, outputHandoff: { version: 1 } },
      { number: 2, inputHandoff: { version: 1 }, outputHandoff: { version: 2 } },
    ]);
  });

  test("two sessions of one project completed at once never fork the lineage", async () => {
    const { token } = await newUser();
    const projectId = await newProject(token);
    const a = await sessionWith(token, projectId, TRANSCRIPT_1);
    const b = await sessionWith(token, projectId, TRANSCRIPT_2);
    const [ra, rb] = await Promise.all([
      ok(COMPLETE, { i: { sessionId: a.id } }, token),
      ok(COMPLETE, { i: { sessionId: b.id } }, token),
    ]);
    const runs = await Promise.all([ra, rb].map((r) => finishedRun(token, r.completeSession.run.id)));
    expect(runs.map((r) => r.status)).toEqual(["SUCCEEDED", "SUCCEEDED"]);
    const versions = runs.map((r) => r.handoff.version).sort();
    expect(versions).toEqual([1, 2]);
    const v2 = runs.find((r) => r.handoff.version === 2)!.handoff;
    const v1 = runs.find((r) => r.handoff.version === 1)!.handoff;
    expect(v2.parent.id).toBe(v1.id);
    // v2 was merged on top of v1, so it knows both sessions.
    const sources = new Set(v2.items.map((i: any) => i.sourceSession?.number));
    expect(sources.has(v1.session.number)).toBe(true);
    expect(sources.has(v2.session.number)).toBe(true);
  });

  test("idempotencyKey: a replay returns the same run; the same key with other input is refused", async () => {
    const { token } = await newUser();
    const projectId = await newProject(token);
    const s = await sessionWith(token, projectId, TRANSCRIPT_1);
    const input = { sessionId: s.id, accomplishments: "done", idempotencyKey: "complete-1" };
    const first = await ok(COMPLETE, { i: input }, token);
    const replay = await ok(COMPLETE, { i: input }, token);
    expect(replay.completeSession.run.id).toBe(first.completeSession.run.id);
    const other = await gql(COMPLETE, { i: { ...input, accomplishments: "something else" } }, token);
    expect(codeOf(other)).toBe("CONFLICT");
    const again = await gql(COMPLETE, { i: { sessionId: s.id } }, token);
    expect(codeOf(again)).toBe("BAD_USER_INPUT");
    const count = await ok(
      `query($id: ID!) { project(id: $id) { handoffs { totalCount } } }`,
      { id: projectId },
      token,
    );
    expect(count.project.handoffs.totalCount).toBe(1);
  });

  test("generateHandoff turns pasted notes into the next version", async () => {
    const { token } = await newUser();
    const projectId = await newProject(token);
    const notes =
      "We decided to use SQLite via Prisma. Next step: write the migration for the orders table. Run tests with `npm test`.";
    const started = await ok(
      `mutation($i: GenerateHandoffInput!) { generateHandoff(input: $i) { run { id } } }`,
      { i: { projectId, notes } },
      token,
    );
    const run = await finishedRun(token, started.generateHandoff.run.id);
    expect(run.status).toBe("SUCCEEDED");
    expect(run.handoff).toMatchObject({ version: 1, session: null });
    expect(run.handoff.masterPrompt).toContain("npm test");
    const empty = await gql(
      `mutation($i: GenerateHandoffInput!) { generateHandoff(input: $i) { run { id } } }`,
      { i: { projectId, notes: "  " } },
      token,
    );
    expect(codeOf(empty)).toBe("BAD_USER_INPUT");
  });

  test("generateHandoff reads a pasted conversation as one: the assistant's words are not the user's", async () => {
    const { token } = await newUser();
    const projectId = await newProject(token);
    const started = await ok(
      `mutation($i: GenerateHandoffInput!) { generateHandoff(input: $i) { run { id } } }`,
      { i: { projectId, notes: TRANSCRIPT_1 } },
      token,
    );
    const run = await finishedRun(token, started.generateHandoff.run.id);
    expect(run.status).toBe("SUCCEEDED");
    const prompt: string = run.handoff.masterPrompt;
    // Speaker labels are parsed away, not carried into the items as text.
    expect(prompt).not.toMatch(/^- (User|Assistant):/m);
    expect(prompt).toContain("rsync");
    expect(prompt).toContain("TS2307");
  });

  test("other users cannot complete, watch or read runs and handoffs", async () => {
    const alice = await newUser();
    const bob = await newUser();
    const projectId = await newProject(alice.token);
    const s = await sessionWith(alice.token, projectId, TRANSCRIPT_1);
    expect(codeOf(await gql(COMPLETE, { i: { sessionId: s.id } }, bob.token))).toBe("NOT_FOUND");
    const run = (await ok(COMPLETE, { i: { sessionId: s.id } }, alice.token)).completeSession.run;
    const done = await finishedRun(alice.token, run.id);
    expect(
      (await ok(`query($id: ID!) { handoffRun(id: $id) { id } }`, { id: run.id }, bob.token)).handoffRun,
    ).toBeNull();
    expect(
      (await ok(`query($id: ID!) { handoff(id: $id) { id } }`, { id: done.handoff.id }, bob.token)).handoff,
    ).toBeNull();
    expect((await ok(`query($id: ID!) { node(id: $id) { id } }`, { id: done.handoff.id }, bob.token)).node).toBeNull();
  });

  test("files the transcript's tool calls created, changed or deleted are recorded for the session", async () => {
    const { token } = await newUser();
    const projectId = await newProject(token);
    const transcript = JSON.stringify([
      { role: "user", content: "Create the sync module and drop the old one." },
      { role: "tool", content: "Write(file_path: /home/me/notesync/src/sync.ts)…\nWrote 40 lines" },
      { role: "tool", content: "Edit replace_all: false, file_path: /home/me/notesync/src/cli.ts, old_string: a" },
      { role: "tool", content: "Bash(rm -f /home/me/notesync/src/legacy.ts)…" },
      { role: "assistant", content: "Created src/sync.ts, updated src/cli.ts and removed src/legacy.ts." },
    ]);
    const s = await sessionWith(token, projectId, transcript);
    await finishedRun(token, (await ok(COMPLETE, { i: { sessionId: s.id } }, token)).completeSession.run.id);
    const { project } = await ok(
      `query($id: ID!) { project(id: $id) { files(first: 10) { edges { node { path latestChange } } } } }`,
      { id: projectId },
      token,
    );
    const files = Object.fromEntries(project.files.edges.map((e: any) => [e.node.path, e.node.latestChange]));
    expect(files).toEqual({ "src/sync.ts": "CREATED", "src/cli.ts": "MODIFIED", "src/legacy.ts": "DELETED" });
  });

  test("a run that breaks ends FAILED with a readable error, loses nothing, and can be retried", async () => {
    const { token } = await newUser();
    const projectId = await newProject(token);
    const s1 = await sessionWith(token, projectId, TRANSCRIPT_1);
    const v1 = (
      await finishedRun(token, (await ok(COMPLETE, { i: { sessionId: s1.id } }, token)).completeSession.run.id)
    ).handoff;
    // Corrupt the stored ledger so that building on it throws.
    await env.DB.prepare(`UPDATE "HandoffItem" SET "extra" = '{not json' WHERE "handoffId" = ?`)
      .bind(atob(v1.id).split(":")[1])
      .run();
    const s2 = await sessionWith(token, projectId, TRANSCRIPT_2);
    const failed = await finishedRun(
      token,
      (await ok(COMPLETE, { i: { sessionId: s2.id } }, token)).completeSession.run.id,
    );
    expect(failed).toMatchObject({ status: "FAILED", handoff: null });
    expect(failed.error).toMatch(/^Handoff generation failed: .*can be retried/);
    expect(failed.error).not.toMatch(/JSON|SQL|at \w+ \(/);
    const kept = await ok(
      `query($id: ID!) { session(id: $id) { status messageCount outputHandoff { id } } }`,
      { id: s2.id },
      token,
    );
    expect(kept.session).toEqual({ status: "COMPLETED", messageCount: 4, outputHandoff: null });
    const versions = await ok(
      `query($id: ID!) { project(id: $id) { handoffs { totalCount } } }`,
      { id: projectId },
      token,
    );
    expect(versions.project.handoffs.totalCount).toBe(1);

    await env.DB.prepare(`UPDATE "HandoffItem" SET "extra" = NULL WHERE "handoffId" = ?`)
      .bind(atob(v1.id).split(":")[1])
      .run();
    const retried = await ok(
      `mutation($id: ID!) { retryHandoffRun(id: $id) { run { id status } } }`,
      { id: failed.id },
      token,
    );
    const done = await finishedRun(token, retried.retryHandoffRun.run.id);
    expect(done).toMatchObject({ status: "SUCCEEDED", error: null, handoff: { version: 2, parent: { id: v1.id } } });
    const again = await gql(`mutation($id: ID!) { retryHandoffRun(id: $id) { run { id } } }`, { id: failed.id }, token);
    expect(codeOf(again)).toBe("BAD_USER_INPUT");
  });

  test("a project's own handoff budget bounds its master prompt", async () => {
    const { token } = await newUser();
    const created = await ok(
      `mutation($i: CreateProjectInput!) { createProject(input: $i) { project { id handoffBudget } } }`,
      { i: { name: "tight", handoffBudget: 400 } },
      token,
    );
    const projectId = created.createProject.project.id;
    expect(created.createProject.project.handoffBudget).toBe(400);
    const s = await sessionWith(token, projectId, TRANSCRIPT_1);
    const run = await finishedRun(
      token,
      (await ok(COMPLETE, { i: { sessionId: s.id } }, token)).completeSession.run.id,
    );
    expect(run.handoff.tokenCount).toBeLessThanOrEqual(400);
    expect(run.handoff.tokenCount).toBeGreaterThan(100);
    const tooSmall = await gql(
      `mutation($i: UpdateProjectInput!) { updateProject(input: $i) { project { id } } }`,
      { i: { id: projectId, handoffBudget: 10 } },
      token,
    );
    expect(codeOf(tooSmall)).toBe("BAD_USER_INPUT");
  });

  test("a session with no messages still completes into a handoff from its record", async () => {
    const { token } = await newUser();
    const projectId = await newProject(token);
    const s = (await ok(START, { i: { projectId, objectives: "Ship the login page" } }, token)).startSession.session;
    const run = await finishedRun(
      token,
      (await ok(COMPLETE, { i: { sessionId: s.id, nextSteps: "add OAuth with GitHub" } }, token)).completeSession.run
        .id,
    );
    expect(run.status).toBe("SUCCEEDED");
    expect(run.handoff.masterPrompt).toContain("OAuth");
  });
});
