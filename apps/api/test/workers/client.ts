// A tiny GraphQL client for tests: requests go through the Worker's real fetch handler and local D1.
import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import worker from "../../src/index.ts";

export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string } }[];
}

export async function gql<T = Record<string, any>>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GqlResult<T>> {
  const ctx = createExecutionContext();
  const response = await worker.fetch(
    new Request("http://api.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    }),
    env,
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return (await response.json()) as GqlResult<T>;
}

/** The data of a query that must succeed; fails the test with the errors otherwise. */
export async function ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string) {
  const result = await gql<T>(query, variables, token);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data as T;
}

export const codeOf = (result: GqlResult) => result.errors?.[0]?.extensions?.code;

let counter = 0;
/** Signs up a fresh user; returns their token and user id. */
export async function newUser(name = "tester") {
  counter += 1;
  const email = `${name}-${counter}-${crypto.randomUUID().slice(0, 8)}@example.com`;
  const data = await ok<{ signUp: { token: string; user: { id: string } } }>(
    `mutation($input: SignUpInput!) { signUp(input: $input) { token user { id } } }`,
    { input: { email, password: "correct horse battery", name } },
  );
  return { token: data.signUp.token, userId: data.signUp.user.id, email };
}

export async function newProject(token: string, name = "Project") {
  const data = await ok<{ createProject: { project: { id: string } } }>(
    `mutation($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }`,
    { input: { name, description: "test project" } },
    token,
  );
  return data.createProject.project.id;
}
