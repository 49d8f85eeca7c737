import { env } from "cloudflare:test";
import { describe, expect, test } from "vitest";
import { prismaFor } from "../../src/db.ts";
import { knowledgeUseStatements, relevantKnowledge } from "../../src/services/knowledge.ts";
import { codeOf, gql, newProject, newUser, ok } from "./client.ts";

const ENTRY = `id title content category tags useCount sourceItemKey project { id } sourceSession { number }`;
const CREATE = `mutation($i: CreateKnowledgeEntryInput!) { createKnowledgeEntry(input: $i) { entry { ${ENTRY} } } }`;
const UPDATE = `mutation($i: UpdateKnowledgeEntryInput!) { updateKnowledgeEntry(input: $i) { entry { ${ENTRY} } } }`;
const DELETE = `mutation($id: ID!) { deleteKnowledgeEntry(id: $id) }`;
const PROMOTE = `mutation($i: PromoteHandoffItemInput!) { promoteHandoffItem(input: $i) { entry { ${ENTRY} } } }`;
const LIST = `query($projectId: ID, $category: KnowledgeCategory, $query: String, $tag: String, $first: Int, $after: String) {
  knowledgeEntries(projectId: $projectId, category: $category, query: $query, tag: $tag, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id title tags project { name } } } } }`;

const raw = (globalId: string) => atob(globalId).split(":")[1] as string;

async function create(token: string, input: Record<string, unknown>) {
  return (await ok(CREATE, { i: { category: "PATTERN", content: "content", ...input } }, token)).createKnowledgeEntry
    .entry;
}
async function list(token: string, args: Record<string, unknown> = {}) {
  return (await ok(LIST, args, token)).knowledgeEntries;
}
type Edge = { node: { title: string; useCount?: number } };
const titles = (connection: { edges: Edge[] }) => connection.edges.map((e) => e.node.title);

describe("knowledge entries", () => {
  test("create, update and delete, with tags normalised", async () => {
    const { token } = await newUser();
    const projectId = await newProject(token);
    const entry = await create(token, {
      projectId,
      title: "  Retry with backoff ",
      tags: ["Network", "network", " io "],
    });
    expect(entry).toMatchObject({ title: "Retry with backoff", tags: ["network", "io"], useCount: 0 });
    expect(entry.project.id).toBe(projectId);

    const updated = (await ok(UPDATE, { i: { id: entry.id, category: "SOLUTION", tags: [] } }, token))
      .updateKnowledgeEntry.entry;
    expect(updated).toMatchObject({ title: "Retry with backoff", category: "SOLUTION", tags: [] });

    expect((await ok(DELETE, { id: entry.id }, token)).deleteKnowledgeEntry).toBe(entry.id);
    expect(codeOf(await gql(DELETE, { id: entry.id }, token))).toBe("NOT_FOUND");
    expect(codeOf(await gql(CREATE, { i: { category: "PATTERN", title: " ", content: "x" } }, token))).toBe(
      "BAD_USER_INPUT",
    );
  });

  test("update moves an entry to another project, to global with null, and keeps it when absent", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const projectA = await newProject(alice.token, "A");
    const projectB = await newProject(alice.token, "B");
    const bobsProject = await newProject(bob.token, "Bob's");
    const entry = await create(alice.token, { projectId: projectA, title: "movable" });
    const update = async (input: Record<string, unknown>) =>
      (await ok(UPDATE, { i: { id: entry.id, ...input } }, alice.token)).updateKnowledgeEntry.entry;

    expect((await update({ projectId: projectB })).project.id).toBe(projectB);
    expect((await update({ title: "still in B" })).project.id).toBe(projectB);
    expect((await update({ projectId: null })).project).toBeNull();
    expect((await update({ projectId: projectA, title: "back in A" })).project.id).toBe(projectA);

    const intoBobs = await gql(UPDATE, { i: { id: entry.id, projectId: bobsProject } }, alice.token);
    expect(codeOf(intoBobs)).toBe("NOT_FOUND");
    expect(intoBobs.errors?.[0]?.message).toBe("Project not found");
    const notAProject = await gql(UPDATE, { i: { id: entry.id, projectId: entry.id } }, alice.token);
    expect(codeOf(notAProject)).toBe("BAD_USER_INPUT");
    // Nothing changed by the refused moves; the lists follow the move.
    expect((await update({})).project.id).toBe(projectA);
    expect(titles(await list(alice.token, { projectId: projectB }))).toEqual([]);
    expect(titles(await list(alice.token, { projectId: projectA }))).toEqual(["back in A"]);
    // Bob can neither move Alice's entry into his project nor take it.
    expect(codeOf(await gql(UPDATE, { i: { id: entry.id, projectId: bobsProject } }, bob.token))).toBe("NOT_FOUND");
    expect(codeOf(await gql(UPDATE, { i: { id: entry.id, projectId: null } }, bob.token))).toBe("NOT_FOUND");
  });

  test("lists a project's entries with the global ones, filtered by category and tag", async () => {
    const { token } = await newUser();
    const projectA = await newProject(token, "A");
    const projectB = await newProject(token, "B");
    await create(token, { projectId: projectA, title: "a1", tags: ["db"] });
    await create(token, { projectId: projectA, title: "a2", category: "DECISION" });
    await create(token, { projectId: projectB, title: "b1", tags: ["db"] });
    await create(token, { title: "global", tags: ["db"] });

    expect(titles(await list(token)).sort()).toEqual(["a1", "a2", "b1", "global"]);
    const forA = await list(token, { projectId: projectA });
    expect(forA.totalCount).toBe(3);
    expect(titles(forA)).toEqual(["global", "a2", "a1"]);
    expect(titles(await list(token, { projectId: projectA, category: "DECISION" }))).toEqual(["a2"]);
    expect(titles(await list(token, { projectId: projectA, tag: "DB" })).sort()).toEqual(["a1", "global"]);
    const own = await ok(
      `query($id: ID!) { project(id: $id) { knowledgeEntries(first: 10) { totalCount edges { node { title } } } } }`,
      { id: projectA },
      token,
    );
    expect(titles(own.project.knowledgeEntries)).toEqual(["a2", "a1"]);
    expect(own.project.knowledgeEntries.totalCount).toBe(2);
    const withGlobal = await ok(
      `query($id: ID!) { project(id: $id) { knowledgeEntries(includeGlobal: true, tag: "db") { totalCount edges { node { title } } } } }`,
      { id: projectA },
      token,
    );
    expect(titles(withGlobal.project.knowledgeEntries)).toEqual(["global", "a1"]);

    const first = await list(token, { first: 3 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await list(token, { first: 3, after: first.pageInfo.endCursor });
    expect([...titles(first), ...titles(rest)].sort()).toEqual(["a1", "a2", "b1", "global"]);
  });

  test("query ranks by full-text relevance, title first, with stemming", async () => {
    const { token } = await newUser();
    await create(token, { title: "Caching notes", content: "We deployed the cache layer by hand." });
    await create(token, { title: "Deploying with wrangler", content: "Run the deploy script." });
    await create(token, { title: "Unrelated", content: "Nothing here." });
    const result = await list(token, { query: "deploy" });
    expect(result.totalCount).toBe(2);
    expect(titles(result)).toEqual(["Deploying with wrangler", "Caching notes"]);
    expect((await list(token, { query: '"() NEAR' })).totalCount).toBe(0);
    expect((await list(token, { query: "-" })).edges).toEqual([]);
  });

  test("is private to its owner", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const projectId = await newProject(alice.token);
    const entry = await create(alice.token, { projectId, title: "alice's secret" });
    expect((await list(bob.token)).totalCount).toBe(0);
    expect((await list(bob.token, { query: "secret" })).totalCount).toBe(0);
    expect((await list(bob.token, { projectId })).totalCount).toBe(0);
    expect((await ok(`query($id: ID!) { node(id: $id) { id } }`, { id: entry.id }, bob.token)).node).toBeNull();
    expect(codeOf(await gql(UPDATE, { i: { id: entry.id, title: "mine" } }, bob.token))).toBe("NOT_FOUND");
    expect(codeOf(await gql(DELETE, { id: entry.id }, bob.token))).toBe("NOT_FOUND");
    expect(
      codeOf(await gql(CREATE, { i: { projectId, category: "PATTERN", title: "t", content: "c" } }, bob.token)),
    ).toBe("NOT_FOUND");
    expect(codeOf(await gql(LIST, {}))).toBe("UNAUTHENTICATED");
    expect((await list(alice.token)).totalCount).toBe(1);
  });
});

async function handoffWithItems(userId: string, projectId: string) {
  const sessionId = crypto.randomUUID();
  const handoffId = crypto.randomUUID();
  await env.DB.batch([
    env.DB.prepare(
      `INSERT INTO "Session" ("id", "ownerId", "projectId", "number", "status", "startedAt") VALUES (?, ?, ?, 1, 'COMPLETED', ?)`,
    ).bind(sessionId, raw(userId), raw(projectId), new Date().toISOString()),
    env.DB.prepare(
      `INSERT INTO "Handoff" ("id", "ownerId", "projectId", "version", "sessionId", "masterPrompt", "tokenCount") VALUES (?, ?, ?, 1, ?, 'p', 1)`,
    ).bind(handoffId, raw(userId), raw(projectId), sessionId),
    env.DB.prepare(
      `INSERT INTO "HandoffItem" ("id", "handoffId", "key", "kind", "text", "position", "sourceSession", "quote") VALUES
       (?, ?, 'd-1', 'DEAD_END', 'Polling the queue every second exhausted the quota', 0, 1, 'we hit 429s'),
       (?, ?, 'dec-1', 'DECISION', 'Use D1 batches for atomic writes', 1, NULL, NULL)`,
    ).bind(crypto.randomUUID(), handoffId, crypto.randomUUID(), handoffId),
  ]);
  return { handoffId: btoa(`Handoff:${handoffId}`) };
}

describe("promoteHandoffItem", () => {
  test("creates an entry from a ledger item with defaults by kind and provenance, once", async () => {
    const { token, userId } = await newUser();
    const projectId = await newProject(token);
    const { handoffId } = await handoffWithItems(userId, projectId);
    const deadEnd = (await ok(PROMOTE, { i: { handoffId, itemId: "d-1" } }, token)).promoteHandoffItem.entry;
    expect(deadEnd).toMatchObject({
      category: "TROUBLESHOOTING",
      title: "Polling the queue every second exhausted the quota",
      content: "Polling the queue every second exhausted the quota\n\n> we hit 429s",
      tags: ["dead-end"],
      sourceItemKey: "d-1",
      sourceSession: { number: 1 },
      project: { id: projectId },
    });
    const again = (await ok(PROMOTE, { i: { handoffId, itemId: "d-1" } }, token)).promoteHandoffItem.entry;
    expect(again.id).toBe(deadEnd.id);

    const decision = (
      await ok(PROMOTE, { i: { handoffId, itemId: "dec-1", title: "Atomic writes", category: "BEST_PRACTICE" } }, token)
    ).promoteHandoffItem.entry;
    expect(decision).toMatchObject({ title: "Atomic writes", category: "BEST_PRACTICE", sourceSession: { number: 1 } });
    expect(codeOf(await gql(PROMOTE, { i: { handoffId, itemId: "nope" } }, token))).toBe("NOT_FOUND");

    const bob = await newUser("bob");
    expect(codeOf(await gql(PROMOTE, { i: { handoffId, itemId: "d-1" } }, bob.token))).toBe("NOT_FOUND");
  });
});

describe("knowledge for the handoff pipeline", () => {
  test("relevantKnowledge ranks by the open work's terms, fills up with the project's most used, stays in scope", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const projectId = await newProject(alice.token);
    const other = await newProject(alice.token);
    const oauth = await create(alice.token, {
      projectId,
      title: "OAuth token refresh",
      content: "Refresh tokens early.",
    });
    const migrations = await create(alice.token, { title: "Migrations on D1", content: "Apply with wrangler." });
    const popular = await create(alice.token, { projectId, title: "Code style", content: "Biome everywhere." });
    await create(alice.token, { projectId: other, title: "OAuth in the other project", content: "oauth oauth" });
    await create(bob.token, { title: "OAuth for bob", content: "oauth refresh tokens" });
    await env.DB.prepare(`UPDATE "KnowledgeEntry" SET "useCount" = 5 WHERE "id" = ?`).bind(raw(popular.id)).run();

    const db = prismaFor(env.DB);
    const openWork = ["Fix the OAuth refresh loop", "the refresh token expires after an hour"];
    const found = await relevantKnowledge(db, raw(alice.userId), raw(projectId), openWork, 3);
    // The unrelated global entry ("Migrations on D1") does not fill a slot; the project's own popular one does.
    expect(found.map((e) => e.title)).toEqual(["OAuth token refresh", "Code style"]);
    expect(found[0]).toEqual({ id: raw(oauth.id), title: "OAuth token refresh", content: "Refresh tokens early." });

    const one = await relevantKnowledge(db, raw(alice.userId), raw(projectId), ["wrangler migrations"], 1);
    expect(one.map((e) => e.id)).toEqual([raw(migrations.id)]);
    const none = await relevantKnowledge(db, raw(alice.userId), raw(projectId), [], 2);
    expect(none.map((e) => e.title)).toEqual(["Code style", "OAuth token refresh"]);

    await env.DB.batch(knowledgeUseStatements(env.DB, [raw(oauth.id), raw(oauth.id), raw(migrations.id)]));
    const counts = await ok(
      `query { knowledgeEntries(first: 10) { edges { node { title useCount } } } }`,
      {},
      alice.token,
    );
    const useCount = (title: string) =>
      counts.knowledgeEntries.edges.find((e: Edge) => e.node.title === title).node.useCount;
    expect([useCount("OAuth token refresh"), useCount("Migrations on D1"), useCount("Code style")]).toEqual([1, 1, 5]);
    expect(knowledgeUseStatements(env.DB, [])).toEqual([]);
  });
});
