import { describe, expect, test } from "vitest";
import { codeOf, gql, newProject, newUser, ok } from "./client.ts";

describe("projects", () => {
  test("create, list newest-active first, update, delete", async () => {
    const { token } = await newUser();
    const first = await newProject(token, "First");
    const second = await newProject(token, "Second");
    const list = await ok(`{ projects { totalCount edges { node { id name status sessionCount } } } }`, {}, token);
    expect(list.projects.totalCount).toBe(2);
    expect(list.projects.edges.map((e: any) => e.node.name)).toEqual(["Second", "First"]);

    const updated = await ok(
      `mutation($i: UpdateProjectInput!) { updateProject(input: $i) { project { name status description } } }`,
      { i: { id: first, name: "  Renamed ", status: "PAUSED" } },
      token,
    );
    expect(updated.updateProject.project).toEqual({ name: "Renamed", status: "PAUSED", description: "test project" });
    const paused = await ok(`{ projects(status: PAUSED) { totalCount edges { node { id } } } }`, {}, token);
    expect(paused.projects.edges.map((e: any) => e.node.id)).toEqual([first]);

    expect((await ok(`mutation($id: ID!) { deleteProject(id: $id) }`, { id: second }, token)).deleteProject).toBe(
      second,
    );
    expect((await ok(`query($id: ID!) { project(id: $id) { id } }`, { id: second }, token)).project).toBeNull();
  });

  test("another user's project is invisible: null on read, NOT_FOUND on write", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const project = await newProject(alice.token, "Alice's");
    expect((await ok(`query($id: ID!) { project(id: $id) { id } }`, { id: project }, bob.token)).project).toBeNull();
    expect((await ok(`query($id: ID!) { node(id: $id) { id } }`, { id: project }, bob.token)).node).toBeNull();
    expect((await ok(`{ projects { totalCount } }`, {}, bob.token)).projects.totalCount).toBe(0);
    const update = await gql(
      `mutation($i: UpdateProjectInput!) { updateProject(input: $i) { project { id } } }`,
      { i: { id: project, name: "pwned" } },
      bob.token,
    );
    expect(codeOf(update)).toBe("NOT_FOUND");
    expect(codeOf(await gql(`mutation($id: ID!) { deleteProject(id: $id) }`, { id: project }, bob.token))).toBe(
      "NOT_FOUND",
    );
    const start = await gql(
      `mutation($i: StartSessionInput!) { startSession(input: $i) { session { id } } }`,
      { i: { projectId: project } },
      bob.token,
    );
    expect(codeOf(start)).toBe("NOT_FOUND");
    const stillThere = await ok(
      `query($id: ID!) { node(id: $id) { ... on Project { name } } }`,
      { id: project },
      alice.token,
    );
    expect(stillThere.node.name).toBe("Alice's");
  });

  test("bad input: empty names, overlong text, malformed ids", async () => {
    const { token } = await newUser();
    const empty = await gql(`mutation { createProject(input: { name: "   " }) { project { id } } }`, {}, token);
    expect(codeOf(empty)).toBe("BAD_USER_INPUT");
    const long = await gql(
      `mutation($i: CreateProjectInput!) { createProject(input: $i) { project { id } } }`,
      { i: { name: "x".repeat(201) } },
      token,
    );
    expect(codeOf(long)).toBe("BAD_USER_INPUT");
    const badId = await gql(`{ project(id: "not-a-global-id") { id } }`, {}, token);
    expect(codeOf(badId)).toBe("BAD_USER_INPUT");
    expect((await ok(`{ projects { totalCount } }`, {}, token)).projects.totalCount).toBe(0);
  });

  test("pagination: cursors walk every project once; first is capped at 100", async () => {
    const { token } = await newUser();
    for (let i = 0; i < 7; i++) await newProject(token, `P${i}`);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await ok(
        `query($after: String) { projects(first: 3, after: $after) { edges { node { name } } pageInfo { hasNextPage endCursor } } }`,
        { after },
        token,
      );
      seen.push(...page.projects.edges.map((e: any) => e.node.name));
      if (!page.projects.pageInfo.hasNextPage) break;
      after = page.projects.pageInfo.endCursor;
    }
    expect(seen.sort()).toEqual(["P0", "P1", "P2", "P3", "P4", "P5", "P6"]);
    expect(codeOf(await gql(`{ projects(first: 101) { totalCount } }`, {}, token))).toBe("BAD_USER_INPUT");
    expect(codeOf(await gql(`{ projects(first: -1) { totalCount } }`, {}, token))).toBe("BAD_USER_INPUT");
    expect(codeOf(await gql(`{ projects(after: "garbage") { totalCount } }`, {}, token))).toBe("BAD_USER_INPUT");
  });

  test("depth and cost limits reject abusive queries before they run", async () => {
    const { token } = await newUser();
    const deep = `{ projects { edges { node { sessions { edges { node { project { sessions { edges { node { project { sessions { edges { node { id } } } } } } } } } } } } } } }`;
    const result = await gql(deep, {}, token);
    expect(result.errors?.[0]?.message).toMatch(/depth/i);
  });
});
