import { env } from "cloudflare:test";
import { describe, expect, test } from "vitest";
import { fileStatements, type TouchedFile } from "../../src/services/files.ts";
import { codeOf, gql, newProject, newUser, ok } from "./client.ts";

const START = `mutation($i: StartSessionInput!) { startSession(input: $i) { session { id number } } }`;
const RECORD = `mutation($i: RecordFilesInput!) { recordFiles(input: $i) { session { id files(first: 50) {
  totalCount edges { node { path change source } } } } } }`;
const FILES = `query($id: ID!, $query: String, $first: Int, $after: String) { project(id: $id) {
  files(query: $query, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    edges { node { path latestChange lastSessionNumber touchCount touches { sessionId sessionNumber change source } } } } } }`;

const raw = (globalId: string) => atob(globalId).split(":")[1] as string;
type FileNode = {
  path: string;
  latestChange: string;
  lastSessionNumber: number;
  touchCount: number;
  touches: unknown[];
};
const paths = (connection: { edges: { node: FileNode }[] }) => connection.edges.map((e) => e.node.path);

async function start(token: string, projectId: string) {
  return (await ok(START, { i: { projectId } }, token)).startSession.session as { id: string; number: number };
}
async function files(token: string, id: string, args: Record<string, unknown> = {}) {
  return (await ok(FILES, { id, ...args }, token)).project.files;
}

describe("project files", () => {
  test("recordFiles and the per-path history across sessions", async () => {
    const { token } = await newUser();
    const projectId = await newProject(token);
    const s1 = await start(token, projectId);
    const s2 = await start(token, projectId);
    const recorded = await ok(
      RECORD,
      {
        i: {
          sessionId: s1.id,
          files: [
            { path: "./src\\app.ts", change: "CREATED" },
            { path: "README.md", change: "MODIFIED" },
            { path: "src/app.ts", change: "MODIFIED" },
          ],
        },
      },
      token,
    );
    expect(recorded.recordFiles.session.files.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { path: "README.md", change: "MODIFIED", source: "USER" },
      { path: "src/app.ts", change: "CREATED", source: "USER" },
    ]);
    await ok(RECORD, { i: { sessionId: s2.id, files: [{ path: "src/app.ts", change: "DELETED" }] } }, token);
    await ok(RECORD, { i: { sessionId: s2.id, files: [{ path: "docs/a_b%.md", change: "CREATED" }] } }, token);

    const all = await files(token, projectId);
    expect(all.totalCount).toBe(3);
    expect(paths(all)).toEqual(["docs/a_b%.md", "src/app.ts", "README.md"]);
    expect(all.edges[1].node).toEqual({
      path: "src/app.ts",
      latestChange: "DELETED",
      lastSessionNumber: 2,
      touchCount: 2,
      touches: [
        { sessionId: s2.id, sessionNumber: 2, change: "DELETED", source: "USER" },
        { sessionId: s1.id, sessionNumber: 1, change: "CREATED", source: "USER" },
      ],
    });
    expect(paths(await files(token, projectId, { query: "APP" }))).toEqual(["src/app.ts"]);
    expect(paths(await files(token, projectId, { query: "_b%" }))).toEqual(["docs/a_b%.md"]);
    expect(paths(await files(token, projectId, { query: "b_%" }))).toEqual([]);

    const first = await files(token, projectId, { first: 2 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await files(token, projectId, { first: 2, after: first.pageInfo.endCursor });
    expect([...paths(first), ...paths(rest)]).toEqual(paths(all));

    expect(
      codeOf(await gql(RECORD, { i: { sessionId: s1.id, files: [{ path: " ./ ", change: "CREATED" }] } }, token)),
    ).toBe("BAD_USER_INPUT");
    expect(codeOf(await gql(RECORD, { i: { sessionId: s1.id, files: [] } }, token))).toBe("BAD_USER_INPUT");
  });

  test("fileStatements upserts many files within D1's parameter limit, keeping people's records", async () => {
    const { token } = await newUser();
    const projectId = await newProject(token);
    const other = await newProject(token);
    const session = await start(token, projectId);
    await ok(RECORD, { i: { sessionId: session.id, files: [{ path: "keep.ts", change: "DELETED" }] } }, token);

    const found: TouchedFile[] = Array.from({ length: 250 }, (_, i) => ({
      path: `src/f${i}.ts`,
      change: "MODIFIED",
      source: "TRANSCRIPT",
    }));
    found.push({ path: "keep.ts", change: "MODIFIED", source: "TRANSCRIPT" });
    found.push({ path: "src/f0.ts", change: "CREATED", source: "TRANSCRIPT" });
    const statements = fileStatements(env.DB, raw(projectId), raw(session.id), found);
    expect(statements.length).toBe(Math.ceil(251 / 24));
    await env.DB.batch(statements);
    // A session of another project writes nothing.
    await env.DB.batch(fileStatements(env.DB, raw(other), raw(session.id), [found[1] as TouchedFile]));

    const listed = await files(token, projectId, { first: 100 });
    expect(listed.totalCount).toBe(251);
    const byPath = new Map(listed.edges.map((e: { node: FileNode }) => [e.node.path, e.node]));
    expect(byPath.get("keep.ts")).toMatchObject({ latestChange: "DELETED", touches: [{ source: "USER" }] });
    expect(byPath.get("src/f0.ts")).toMatchObject({ latestChange: "CREATED", touches: [{ source: "TRANSCRIPT" }] });
    expect((await files(token, other)).totalCount).toBe(0);
  });

  test("is private to its owner", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const projectId = await newProject(alice.token);
    const session = await start(alice.token, projectId);
    await ok(RECORD, { i: { sessionId: session.id, files: [{ path: "secret.ts", change: "CREATED" }] } }, alice.token);
    expect(
      codeOf(await gql(RECORD, { i: { sessionId: session.id, files: [{ path: "x", change: "CREATED" }] } }, bob.token)),
    ).toBe("NOT_FOUND");
    expect((await ok(FILES, { id: projectId }, bob.token)).project).toBeNull();
    expect((await ok(`query($id: ID!) { node(id: $id) { id } }`, { id: session.id }, bob.token)).node).toBeNull();
    expect(paths(await files(alice.token, projectId))).toEqual(["secret.ts"]);
  });
});
