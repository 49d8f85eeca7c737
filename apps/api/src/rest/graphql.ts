// REST requests run as GraphQL operations against the same Yoga instance, with the caller's Authorization header,
// so auth, validation, limits, isolation and error masking are exactly those of /graphql. The Worker passes its
// Yoga instance in (rather than this module importing index.ts, which imports the REST router).

import type { Env } from "../env.ts";
import { RestError, STATUS_OF_CODE } from "./http.ts";

/** What REST needs of the GraphQL server: Yoga's fetch with the Worker's server context. */
export interface GraphQLServer {
  fetch(request: Request, context: { env: Env; ctx: ExecutionContext }): Response | Promise<Response>;
}

interface GraphQLResult<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface Call {
  request: Request;
  env: Env;
  ctx: ExecutionContext;
  graphqlServer: GraphQLServer;
}

/** The operation's data; its first error as a RestError with the HTTP status of its code. */
export async function graphql<T>(call: Call, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const headers = new Headers({ "content-type": "application/json", accept: "application/json" });
  const authorization = call.request.headers.get("authorization");
  if (authorization) headers.set("authorization", authorization);
  const response = await call.graphqlServer.fetch(
    new Request(new URL("/graphql", call.request.url), {
      method: "POST",
      headers,
      body: JSON.stringify({ query, variables }),
    }),
    { env: call.env, ctx: call.ctx },
  );
  const result = (await response.json()) as GraphQLResult<T>;
  const error = result.errors?.[0];
  if (error) {
    const code = error.extensions?.code ?? "INTERNAL_SERVER_ERROR";
    throw new RestError(STATUS_OF_CODE[code] ?? 500, code, error.message);
  }
  if (!result.data) throw new RestError(500, "INTERNAL_SERVER_ERROR", "Unexpected error.");
  return result.data;
}
