import { env } from "cloudflare:test";
import { describe, expect, test } from "vitest";
import { codeOf, gql, newProject, newUser, ok } from "./client.ts";

const FIELDS = `id platform name creditsAvailable creditsUsed creditsRemaining sessionCount`;
const CREATE = `mutation($i: CreateAccountInput!) { createAccount(input: $i) { account { ${FIELDS} } } }`;
const UPDATE = `mutation($i: UpdateAccountInput!) { updateAccount(input: $i) { account { ${FIELDS} } } }`;
const DELETE = `mutation($id: ID!) { deleteAccount(id: $id) }`;
const START = `mutation($i: StartSessionInput!) { startSession(input: $i) { session { id account { name } } } }`;
const ACCOUNTS = `{ viewer { accounts { ${FIELDS} usage(days: 3) { date sessions creditsUsed } } } }`;

const raw = (globalId: string) => atob(globalId).split(":")[1] as string;
const DAY = 86_400_000;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

async function createAccount(token: string, input: Record<string, unknown>) {
  return (await ok(CREATE, { i: input }, token)).createAccount.account;
}

/** A session started `daysAgo` days ago on the account that used `credits`. */
async function sessionOn(token: string, projectId: string, accountId: string, credits: number, daysAgo: number) {
  const { session } = (await ok(START, { i: { projectId, accountId } }, token)).startSession;
  const startedAt = new Date(Date.now() - daysAgo * DAY).toISOString().replace("Z", "+00:00");
  await env.DB.prepare(
    `UPDATE "Session" SET "status" = 'COMPLETED', "creditsUsed" = ?, "startedAt" = ?, "completedAt" = ? WHERE "id" = ?`,
  )
    .bind(credits, startedAt, startedAt, raw(session.id))
    .run();
  return session;
}

describe("accounts", () => {
  test("create, update and delete; validation", async () => {
    const { token } = await newUser();
    const account = await createAccount(token, { platform: "CLAUDE", name: " Work Max ", creditsAvailable: 500 });
    expect(account).toMatchObject({
      platform: "CLAUDE",
      name: "Work Max",
      creditsAvailable: 500,
      creditsUsed: 0,
      creditsRemaining: 500,
      sessionCount: 0,
    });
    const updated = (await ok(UPDATE, { i: { id: account.id, platform: "CURSOR", creditsAvailable: null } }, token))
      .updateAccount.account;
    expect(updated).toMatchObject({
      platform: "CURSOR",
      name: "Work Max",
      creditsAvailable: null,
      creditsRemaining: null,
    });
    expect(codeOf(await gql(CREATE, { i: { platform: "CLAUDE", name: "x", creditsAvailable: -1 } }, token))).toBe(
      "BAD_USER_INPUT",
    );
    expect(codeOf(await gql(CREATE, { i: { platform: "CLAUDE", name: "" } }, token))).toBe("BAD_USER_INPUT");
    expect((await ok(DELETE, { id: account.id }, token)).deleteAccount).toBe(account.id);
    expect(codeOf(await gql(DELETE, { id: account.id }, token))).toBe("NOT_FOUND");
    expect((await ok(ACCOUNTS, {}, token)).viewer.accounts).toEqual([]);
  });

  test("credits used and usage per day come from the account's sessions", async () => {
    const { token } = await newUser();
    const projectId = await newProject(token);
    const claude = await createAccount(token, { platform: "CLAUDE", name: "Claude", creditsAvailable: 100 });
    const cursor = await createAccount(token, { platform: "CURSOR", name: "Cursor" });
    await sessionOn(token, projectId, claude.id, 10, 0);
    await sessionOn(token, projectId, claude.id, 15, 0);
    await sessionOn(token, projectId, claude.id, 7, 2);
    await sessionOn(token, projectId, claude.id, 1000, 10); // outside the 3-day window, still counted in the total
    const onCursor = await sessionOn(token, projectId, cursor.id, 3, 1);
    await ok(START, { i: { projectId } }, token); // no account

    const [a, b] = (await ok(ACCOUNTS, {}, token)).viewer.accounts;
    expect(a).toMatchObject({ name: "Claude", creditsUsed: 1032, creditsRemaining: -932, sessionCount: 4 });
    const now = Date.now();
    expect(a.usage).toEqual([
      { date: dayOf(now - 2 * DAY), sessions: 1, creditsUsed: 7 },
      { date: dayOf(now - DAY), sessions: 0, creditsUsed: 0 },
      { date: dayOf(now), sessions: 2, creditsUsed: 25 },
    ]);
    expect(b).toMatchObject({ name: "Cursor", creditsUsed: 3, creditsRemaining: null, sessionCount: 1 });
    expect(b.usage.map((d: { sessions: number }) => d.sessions)).toEqual([0, 1, 0]);

    const session = await ok(
      `query($id: ID!) { session(id: $id) { account { name platform } } }`,
      { id: onCursor.id },
      token,
    );
    expect(session.session.account).toEqual({ name: "Cursor", platform: "CURSOR" });
    const perSession = await ok(
      `query($id: ID!) { node(id: $id) { ... on Account { sessions(first: 10) { totalCount edges { node { creditsUsed } } } } } }`,
      { id: claude.id },
      token,
    );
    const credits = perSession.node.sessions.edges.map((e: { node: { creditsUsed: number } }) => e.node.creditsUsed);
    expect(perSession.node.sessions.totalCount).toBe(4);
    expect(credits.at(-1)).toBe(1000); // newest first
    expect([...credits].sort((x: number, y: number) => x - y)).toEqual([7, 10, 15, 1000]);
    expect(codeOf(await gql(`{ viewer { accounts { usage(days: 0) { date } } } }`, {}, token))).toBe("BAD_USER_INPUT");

    // Deleting the account keeps its sessions, without an account.
    await ok(DELETE, { id: cursor.id }, token);
    const after = await ok(`query($id: ID!) { session(id: $id) { id account { name } } }`, { id: onCursor.id }, token);
    expect(after.session).toEqual({ id: onCursor.id, account: null });
  });

  test("is private to its owner", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const account = await createAccount(alice.token, { platform: "CODEX", name: "Alice's" });
    const bobsProject = await newProject(bob.token);
    expect((await ok(ACCOUNTS, {}, bob.token)).viewer.accounts).toEqual([]);
    expect((await ok(`query($id: ID!) { node(id: $id) { id } }`, { id: account.id }, bob.token)).node).toBeNull();
    expect(codeOf(await gql(UPDATE, { i: { id: account.id, name: "mine" } }, bob.token))).toBe("NOT_FOUND");
    expect(codeOf(await gql(DELETE, { id: account.id }, bob.token))).toBe("NOT_FOUND");
    expect(codeOf(await gql(START, { i: { projectId: bobsProject, accountId: account.id } }, bob.token))).toBe(
      "NOT_FOUND",
    );
    expect(codeOf(await gql(CREATE, { i: { platform: "CLAUDE", name: "anon" } }))).toBe("UNAUTHENTICATED");
    expect((await ok(ACCOUNTS, {}, alice.token)).viewer.accounts).toHaveLength(1);
  });
});
