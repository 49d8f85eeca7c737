// REST requests run as GraphQL operations against the same Yoga instance, with the caller's Authorization header,
// so auth, validation, limits, isolation and error masking are exactly those of /graphql.
//
// index.ts imports the REST router and this module imports index.ts's `yoga`: the cycle is harmless because `yoga`
// is read only while handling a request, after both modules have finished loading.

import type { Env } from "../env.ts";
import { yoga } from "../index.ts";
import { RestError, STATUS_OF_CODE } from "./http.ts";

interface GraphQLResult<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface Call {
  request: Request;
  env: Env;
  ctx: ExecutionContext;
}

/** The operation's data; its first error as a RestError with the HTTP status of its code. */
export async function graphql<T>(call: Call, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const headers = new Headers({ "content-type": "application/json", accept: "application/json" });
  const authorization = call.request.headers.get("authorization");
  if (authorization) headers.set("authorization", authorization);
  const response = await yoga.fetch(
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
