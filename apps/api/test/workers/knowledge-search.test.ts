// Knowledge lists with a search: HTML-safe snippets and highlights on the edges; and the scope filter.
import { env } from "cloudflare:test";
import { describe, expect, test } from "vitest";
import { knowledgePage } from "../../src/services/knowledge-list.ts";
import { codeOf, gql, newProject, newUser, ok } from "./client.ts";

const CREATE = `mutation($i: CreateKnowledgeEntryInput!) { createKnowledgeEntry(input: $i) { entry { id } } }`;
const EDGES = `totalCount edges { snippet highlights { title content tags } node { title } }`;
const LIST = `query($query: String, $projectId: ID, $scope: KnowledgeScope) {
  knowledgeEntries(query: $query, projectId: $projectId, scope: $scope, first: 10) { ${EDGES} } }`;
const PROJECT_LIST = `query($id: ID!, $query: String) {
  project(id: $id) { knowledgeEntries(query: $query, includeGlobal: true) { ${EDGES} } } }`;

type Edge = { snippet: string | null; highlights: { title: string; content: string; tags: string[] } | null };
type Connection = { totalCount: number; edges: (Edge & { node: { title: string } })[] };

const create = (token: string, input: Record<string, unknown>) =>
  ok(CREATE, { i: { category: "PATTERN", content: "content", ...input } }, token);
const list = async (token: string, args: Record<string, unknown>) =>
  (await ok<{ knowledgeEntries: Connection }>(LIST, args, token)).knowledgeEntries;
const titles = (connection: Connection) => connection.edges.map((edge) => edge.node.title).sort();

describe("knowledge search highlights", () => {
  test("mark the stemmed matches in title, passage, content and tags, with the text escaped", async () => {
    const { token } = await newUser();
    const words = Array.from({ length: 60 }, (_, i) => `filler${i}`).join(" ");
    await create(token, {
      title: "Deploying <b>safely</b>",
      content: `${words} We deployed it & said "done" <script>x</script>.\nSecond line.`,
      tags: ["deploys", "ci-cd"],
    });
    const [edge] = (await list(token, { query: "deploy" })).edges;
    expect(edge?.highlights?.title).toBe("<mark>Deploying</mark> &lt;b&gt;safely&lt;/b&gt;");
    // The passage is cut around the match (FTS5 snippet), never the whole text.
    expect(edge?.snippet).toMatch(/^….* We <mark>deployed<\/mark> it &amp; said &quot;done&quot; &lt;script&gt;/);
    expect(edge?.snippet).not.toContain("filler0 ");
    expect(edge?.highlights?.content).toContain(`${words} We <mark>deployed</mark> it &amp;`);
    expect(edge?.highlights?.content).toContain("\nSecond line.");
    expect(edge?.highlights?.tags).toEqual(["<mark>deploys</mark>", "ci-cd"]);
    // Only these tags, nothing else the API could emit.
    expect(`${edge?.snippet}${edge?.highlights?.content}`.replace(/<\/?mark>/g, "")).not.toMatch(/[<>]/);
  });

  test("a match only in the title gives the content's beginning, unmarked; no query, no highlights", async () => {
    const { token } = await newUser();
    await create(token, { title: "Wrangler tips", content: "Use the local D1 database for tests.", tags: ["x"] });
    const [edge] = (await list(token, { query: "wrangler" })).edges;
    expect(edge?.snippet).toBe("Use the local D1 database for tests.");
    expect(edge?.highlights?.tags).toEqual(["x"]);
    const [plain] = (await list(token, {})).edges;
    expect(plain).toMatchObject({ snippet: null, highlights: null });
  });

  test("the project's list has them too, and the marks stay within what matched", async () => {
    const { token } = await newUser();
    const projectId = await newProject(token);
    await create(token, { projectId, title: "Queue retries", content: "Retrying queues with backoff." });
    await create(token, { title: "Global retry rule", content: "Never retry a POST without a key." });
    const result = (await ok(PROJECT_LIST, { id: projectId, query: "retried" }, token)).project.knowledgeEntries;
    expect(result.totalCount).toBe(2);
    const snippets = result.edges.map((edge: Edge) => edge.snippet).sort();
    expect(snippets).toEqual([
      "<mark>Retrying</mark> queues with backoff.",
      "Never <mark>retry</mark> a POST without a key.",
    ]);
  });
});

describe("knowledgePage", () => {
  test("marks only the page's entries, each with its own marks; one edited out of the match has none", async () => {
    const { token, userId } = await newUser();
    const ownerId = atob(userId).split(":")[1] as string;
    for (const n of [1, 2, 3]) await create(token, { title: `Cache note ${n}`, content: `cache rule number ${n}` });
    const filter = { ownerId, projectId: null, scope: "ALL" as const, category: null, tag: null, match: '"cache"' };
    const second = await knowledgePage(env.DB, filter, { offset: 2, limit: 2 });
    expect(second).toHaveLength(1);
    const hit = second[0];
    const marks = await hit?.highlights?.();
    const title = (marks?.title ?? "").replace(/<\/?mark>/g, "");
    expect(marks?.title).toMatch(/^<mark>Cache<\/mark> note \d$/);
    expect(marks?.snippet).toBe(`<mark>cache</mark> rule number ${title.slice(-1)}`);

    const [first] = await knowledgePage(env.DB, filter, { offset: 0, limit: 2 });
    await env.DB.prepare(`UPDATE "KnowledgeEntry" SET "title" = 'Other', "content" = 'other' WHERE "id" = ?`)
      .bind(first?.id)
      .run();
    expect(await first?.highlights?.()).toBeNull();
    expect(await knowledgePage(env.DB, { ...filter, match: null }, { offset: 0, limit: 5 })).toEqual(
      expect.arrayContaining([{ id: first?.id, highlights: null }]),
    );
  });
});

describe("knowledge scope", () => {
  test("GLOBAL lists only entries without a project, PROJECT only entries of one", async () => {
    const { token } = await newUser();
    const projectA = await newProject(token, "A");
    const projectB = await newProject(token, "B");
    await create(token, { projectId: projectA, title: "a" });
    await create(token, { projectId: projectB, title: "b" });
    await create(token, { title: "global one" });
    await create(token, { title: "global two", content: "about caching" });

    expect(titles(await list(token, {}))).toEqual(["a", "b", "global one", "global two"]);
    expect(titles(await list(token, { scope: "ALL" }))).toEqual(["a", "b", "global one", "global two"]);
    const global = await list(token, { scope: "GLOBAL" });
    expect(titles(global)).toEqual(["global one", "global two"]);
    expect(global.totalCount).toBe(2);
    expect(titles(await list(token, { scope: "GLOBAL", query: "caching" }))).toEqual(["global two"]);
    expect(titles(await list(token, { scope: "PROJECT" }))).toEqual(["a", "b"]);
    expect(titles(await list(token, { scope: "PROJECT", projectId: projectA }))).toEqual(["a"]);
    expect(titles(await list(token, { projectId: projectA }))).toEqual(["a", "global one", "global two"]);
    const conflicting = await gql(LIST, { scope: "GLOBAL", projectId: projectA }, token);
    expect(codeOf(conflicting)).toBe("BAD_USER_INPUT");
    expect(conflicting.errors?.[0]?.message).toMatch(/projectId/);
  });

  test("another user's global entries stay out", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    await create(alice.token, { title: "alice global" });
    expect((await list(bob.token, { scope: "GLOBAL" })).totalCount).toBe(0);
  });
});
