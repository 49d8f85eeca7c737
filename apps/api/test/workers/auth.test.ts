import { describe, expect, test } from "vitest";
import { codeOf, gql, newUser, ok } from "./client.ts";

describe("sign-up, sign-in and tokens", () => {
  test("sign-up returns a working bearer token; sign-in with the same password too", async () => {
    const { token, email } = await newUser("alice");
    const me = await ok(`{ viewer { email name } }`, {}, token);
    expect(me.viewer).toEqual({ email, name: "alice" });

    const signIn = await ok(`mutation($i: SignInInput!) { signIn(input: $i) { token user { email } } }`, {
      i: { email: email.toUpperCase(), password: "correct horse battery" },
    });
    expect(signIn.signIn.token).not.toBe(token);
    expect((await ok(`{ viewer { email } }`, {}, signIn.signIn.token)).viewer.email).toBe(email);
  });

  test("a wrong password and an unknown email get the same UNAUTHENTICATED answer", async () => {
    const { email } = await newUser();
    const wrong = await gql(`mutation { signIn(input: { email: "${email}", password: "nope-nope" }) { token } }`);
    const unknown = await gql(
      `mutation { signIn(input: { email: "no@example.com", password: "nope-nope" }) { token } }`,
    );
    expect(codeOf(wrong)).toBe("UNAUTHENTICATED");
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
  });

  test("bad sign-up input is BAD_USER_INPUT naming the problem; duplicates are refused", async () => {
    const short = await gql(`mutation { signUp(input: { email: "a@b.co", password: "short" }) { token } }`);
    expect(codeOf(short)).toBe("BAD_USER_INPUT");
    expect(short.errors?.[0]?.message).toMatch(/password/);
    const badEmail = await gql(
      `mutation { signUp(input: { email: "not-an-email", password: "long enough" }) { token } }`,
    );
    expect(codeOf(badEmail)).toBe("BAD_USER_INPUT");
    const { email } = await newUser();
    const again = await gql(`mutation { signUp(input: { email: "${email}", password: "long enough" }) { token } }`);
    expect(codeOf(again)).toBe("BAD_USER_INPUT");
  });

  test("every operation but signUp/signIn needs a token", async () => {
    expect(codeOf(await gql(`{ viewer { id } }`))).toBe("UNAUTHENTICATED");
    expect(codeOf(await gql(`{ projects { totalCount } }`))).toBe("UNAUTHENTICATED");
    expect(codeOf(await gql(`mutation { createProject(input: { name: "x" }) { project { id } } }`))).toBe(
      "UNAUTHENTICATED",
    );
    expect(codeOf(await gql(`{ viewer { id } }`, {}, "baton_not-a-real-token"))).toBe("UNAUTHENTICATED");
  });

  test("personal API tokens: shown once, stored as a hash, usable, revocable", async () => {
    const { token } = await newUser();
    const created = await ok(
      `mutation { createApiToken(input: { name: "ci" }) { token apiToken { id name prefix } } }`,
      {},
      token,
    );
    const apiToken = created.createApiToken.token as string;
    expect(apiToken.startsWith(created.createApiToken.apiToken.prefix)).toBe(true);
    expect((await ok(`{ viewer { apiTokens { totalCount edges { node { name } } } } }`, {}, apiToken)).viewer).toEqual({
      apiTokens: { totalCount: 1, edges: [{ node: { name: "ci" } }] },
    });
    const { env } = await import("cloudflare:test");
    const stored = await env.DB.prepare(`SELECT "tokenHash" FROM "ApiToken" WHERE "name" = 'ci'`).all();
    expect(JSON.stringify(stored.results)).not.toContain(apiToken);

    const revoked = await ok(
      `mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`,
      { id: created.createApiToken.apiToken.id },
      token,
    );
    expect(revoked.revokeApiToken.revokedAt).toBeTruthy();
    expect(codeOf(await gql(`{ viewer { id } }`, {}, apiToken))).toBe("UNAUTHENTICATED");
  });

  test("signOut revokes the token it was sent with, and only that one", async () => {
    const { token, email } = await newUser();
    const other = (
      await ok(`mutation($i: SignInInput!) { signIn(input: $i) { token } }`, {
        i: { email, password: "correct horse battery" },
      })
    ).signIn.token;
    expect((await ok(`mutation { signOut }`, {}, token)).signOut).toBe(true);
    expect(codeOf(await gql(`{ viewer { id } }`, {}, token))).toBe("UNAUTHENTICATED");
    expect((await ok(`{ viewer { email } }`, {}, other)).viewer.email).toBe(email);
  });

  test("another user's API token cannot be revoked", async () => {
    const a = await newUser();
    const b = await newUser();
    const created = await ok(`mutation { createApiToken(input: { name: "a" }) { apiToken { id } } }`, {}, a.token);
    const attempt = await gql(
      `mutation($id: ID!) { revokeApiToken(id: $id) { id } }`,
      { id: created.createApiToken.apiToken.id },
      b.token,
    );
    expect(codeOf(attempt)).toBe("NOT_FOUND");
  });
});
