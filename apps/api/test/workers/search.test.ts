import { env } from "cloudflare:test";
import { describe, expect, test } from "vitest";
import { codeOf, gql, newProject, newUser, ok } from "./client.ts";

const SEARCH = `query($q: String!, $first: Int, $after: String) { search(query: $q, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { cursor snippet node { __typename
    ... on Message { id content } ... on Handoff { id version } ... on KnowledgeEntry { id title } } } } }`;
const START = `mutation($i: StartSessionInput!) { startSession(input: $i) { session { id } } }`;
const APPEND = `mutation($i: AppendMessagesInput!) { appendMessages(input: $i) { appended } }`;
const CREATE_ENTRY = `mutation($i: CreateKnowledgeEntryInput!) { createKnowledgeEntry(input: $i) { entry { id } } }`;

const raw = (globalId: string) => atob(globalId).split(":")[1] as string;

async function search(token: string, q: string, first = 20, after?: string) {
  return (await ok(SEARCH, { q, first, after }, token)).search;
}
interface Edge {
  snippet: string;
  node: { __typename: string; id: string; content?: string; title?: string };
}
const typenames = (result: { edges: Edge[] }) => result.edges.map((e) => e.node.__typename);

async function sessionWith(token: string, contents: string[]) {
  const projectId = await newProject(token);
  const sessionId = (await ok(START, { i: { projectId } }, token)).startSession.session.id;
  await ok(APPEND, { i: { sessionId, messages: contents.map((content) => ({ role: "USER", content })) } }, token);
  return { projectId, sessionId };
}

async function insertHandoff(userId: string, projectId: string, version: number, prompt: string) {
  const id = crypto.randomUUID();
  await env.DB.prepare(
    `INSERT INTO "Handoff" ("id", "ownerId", "projectId", "version", "masterPrompt", "tokenCount") VALUES (?, ?, ?, ?, ?, 10)`,
  )
    .bind(id, raw(userId), raw(projectId), version, prompt)
    .run();
  return id;
}

describe("search", () => {
  test("finds messages, handoffs and knowledge, with HTML-safe highlighted snippets", async () => {
    const { token, userId } = await newUser();
    const { projectId } = await sessionWith(token, [
      "We chose <script>alert('x')</script> & the zeppelin adapter",
      "nothing relevant",
    ]);
    await insertHandoff(userId, projectId, 1, "# Handoff\nKeep the zeppelin adapter behind a flag.");
    await ok(
      CREATE_ENTRY,
      { i: { category: "PATTERN", title: "Zeppelin adapters", content: "Wrap them.", tags: ["infra"] } },
      token,
    );
    const result = await search(token, "zeppelin");
    expect(result.totalCount).toBe(3);
    expect(typenames(result).sort()).toEqual(["Handoff", "KnowledgeEntry", "Message"]);
    const message = result.edges.find((e: Edge) => e.node.__typename === "Message");
    expect(message.snippet).toContain(
      "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; the <mark>zeppelin</mark>",
    );
    expect(message.snippet).not.toContain("<script>");
    expect(message.node.content).toContain("<script>");
  });

  test("ranks the better match first", async () => {
    const { token } = await newUser();
    await sessionWith(token, [
      "a long message that mentions quokka once among many other words about the weather and lunch plans",
      "quokka quokka quokka",
    ]);
    const result = await search(token, "quokka");
    expect(result.edges.map((e: Edge) => e.node.content)).toEqual([
      "quokka quokka quokka",
      expect.stringContaining("mentions quokka once"),
    ]);
  });

  test("never sees another user's data", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const { projectId } = await sessionWith(alice.token, ["the secret word is pomegranate"]);
    await insertHandoff(alice.userId, projectId, 1, "pomegranate plan");
    await ok(CREATE_ENTRY, { i: { category: "DECISION", title: "pomegranate", content: "x" } }, alice.token);
    expect((await search(alice.token, "pomegranate")).totalCount).toBe(3);
    const bobs = await search(bob.token, "pomegranate");
    expect(bobs.totalCount).toBe(0);
    expect(bobs.edges).toEqual([]);
    expect(codeOf(await gql(SEARCH, { q: "pomegranate" }))).toBe("UNAUTHENTICATED");
  });

  test("stays in sync when rows are inserted, updated and deleted", async () => {
    const { token, userId } = await newUser();
    const { projectId } = await sessionWith(token, ["first draft mentions kumquat"]);
    expect((await search(token, "kumquat")).totalCount).toBe(1);

    const handoffId = await insertHandoff(userId, projectId, 1, "old prompt about kumquat");
    expect((await search(token, "kumquat")).totalCount).toBe(2);
    await env.DB.prepare(`UPDATE "Handoff" SET "masterPrompt" = 'new prompt about durian' WHERE "id" = ?`)
      .bind(handoffId)
      .run();
    expect((await search(token, "kumquat")).totalCount).toBe(1);
    expect(typenames(await search(token, "durian"))).toEqual(["Handoff"]);
    // Other columns change without touching the index.
    await env.DB.prepare(`UPDATE "Handoff" SET "tokenCount" = 99 WHERE "id" = ?`).bind(handoffId).run();
    expect(typenames(await search(token, "durian"))).toEqual(["Handoff"]);

    const entry = (await ok(CREATE_ENTRY, { i: { category: "SOLUTION", title: "Lychee", content: "c" } }, token))
      .createKnowledgeEntry.entry.id;
    expect(typenames(await search(token, "lychee"))).toEqual(["KnowledgeEntry"]);
    await ok(
      `mutation($i: UpdateKnowledgeEntryInput!) { updateKnowledgeEntry(input: $i) { entry { id } } }`,
      { i: { id: entry, title: "Mango", tags: ["tropical"] } },
      token,
    );
    expect((await search(token, "lychee")).totalCount).toBe(0);
    expect((await search(token, "mango")).totalCount).toBe(1);
    expect((await search(token, "tropical")).totalCount).toBe(1);
    await ok(`mutation($id: ID!) { deleteKnowledgeEntry(id: $id) }`, { id: entry }, token);
    expect((await search(token, "mango")).totalCount).toBe(0);

    // Deleting the project cascades to its sessions, messages and handoffs, and out of the index.
    await ok(`mutation($id: ID!) { deleteProject(id: $id) }`, { id: projectId }, token);
    expect((await search(token, "kumquat")).totalCount).toBe(0);
    expect((await search(token, "durian")).totalCount).toBe(0);
    const { n } = (await env.DB.prepare(
      `SELECT COUNT(*) AS n FROM "MessageSearch" WHERE "MessageSearch" MATCH 'kumquat'`,
    ).first<{ n: number }>()) as { n: number };
    expect(n).toBe(0);
  });

  test("finds words beyond a message's first row, in its overflow chunks", async () => {
    const { token } = await newUser();
    const long = `${"filler words here ".repeat(7000)}the needle is tamarillo at the very end`;
    expect(long.length).toBeGreaterThan(100_000);
    await sessionWith(token, [long]);
    const result = await search(token, "tamarillo");
    expect(result.totalCount).toBe(1);
    expect(result.edges[0].node.content).toBe(long);
    expect(result.edges[0].snippet).toContain("<mark>tamarillo</mark>");
  });

  test("treats search syntax as text: hostile queries never fail", async () => {
    const { token } = await newUser();
    await sessionWith(token, ['say "hello" to user:admin (NEAR the AND gate) -- done', "foo.bar baz*qux"]);
    const hostile = [
      '"',
      '"unterminated',
      "hello\"'",
      "*",
      "-",
      "hello -admin",
      "user:admin",
      "content:hello",
      "{content}:hello",
      "(",
      "NEAR(hello admin)",
      "NEAR",
      "hello AND",
      "OR",
      "AND OR NOT",
      "^hello",
      "+hello",
      "'; DROP TABLE Message; --",
      "\u0000\u0001",
      "\uE000hello\uE001",
      "🙂",
      "a".repeat(500),
    ];
    for (const q of hostile) {
      const result = await gql(SEARCH, { q }, token);
      expect(result.errors, q).toBeUndefined();
    }
    expect((await search(token, "user:admin")).totalCount).toBe(1);
    expect((await search(token, "NEAR(hello")).totalCount).toBe(0);
    expect((await search(token, "near the and gate")).totalCount).toBe(1);
    expect((await search(token, "hello -admin")).totalCount).toBe(1); // "-" is text, not NOT
    expect((await search(token, "foo.bar")).totalCount).toBe(1);
    expect((await search(token, "hel*")).totalCount).toBe(1);
    expect((await search(token, "hel")).totalCount).toBe(0);
    expect(codeOf(await gql(SEARCH, { q: "a".repeat(501) }, token))).toBe("BAD_USER_INPUT");
  });

  test("pages through ranked results with cursors", async () => {
    const { token } = await newUser();
    await sessionWith(
      token,
      Array.from({ length: 7 }, (_, i) => `persimmon ${"persimmon ".repeat(i)}${i}`),
    );
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await search(token, "persimmon", 3, after);
      expect(page.totalCount).toBe(7);
      seen.push(...page.edges.map((e: Edge) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    expect(codeOf(await gql(SEARCH, { q: "persimmon", first: 101 }, token))).toBe("BAD_USER_INPUT");
    expect(codeOf(await gql(SEARCH, { q: "persimmon", after: "bm90IGEgY3Vyc29y" }, token))).toBe("BAD_USER_INPUT");
  });
});
