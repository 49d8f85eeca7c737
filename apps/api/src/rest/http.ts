// The REST layer's plumbing: the JSON envelope, errors with HTTP statuses, request bodies and ids.
import { encodeGlobalID } from "@pothos/plugin-relay";

/** An expected failure: `{ success: false, error: { code, message } }` with `status`. */
export class RestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** HTTP statuses of the GraphQL error codes (README "API"); anything else is a 500. */
export const STATUS_OF_CODE: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

export const badRequest = (message: string) => new RestError(400, "BAD_USER_INPUT", message);
export const notFound = (what: string) => new RestError(404, "NOT_FOUND", `${what} not found`);

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
  });
}

export type Body = Record<string, unknown>;

/** The request's JSON object body; a 400 for anything else. */
export async function jsonBody(request: Request): Promise<Body> {
  let value: unknown;
  try {
    value = await request.json();
  } catch {
    throw badRequest("The body must be JSON.");
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) throw badRequest("The body must be a JSON object.");
  return value as Body;
}

/** The first of `keys` present in the body (scripts send camelCase or snake_case). */
export function field(body: Body, ...keys: string[]): unknown {
  for (const key of keys) if (body[key] !== undefined) return body[key];
  return undefined;
}

export function optionalString(body: Body, ...keys: string[]): string | undefined {
  const value = field(body, ...keys);
  if (value == null) return undefined;
  // A list of lines (accomplishments: ["a", "b"]) is accepted as lines of text.
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value.join("\n");
  if (typeof value !== "string") throw badRequest(`${keys[0]} must be a string`);
  return value;
}

export function optionalInt(body: Body, ...keys: string[]): number | undefined {
  const value = field(body, ...keys);
  if (value == null) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value)) throw badRequest(`${keys[0]} must be a whole number`);
  return value;
}

/** A GraphQL global id for `type`: global ids pass through, raw ids (as stored) are encoded. */
export function globalId(type: string, id: string): string {
  try {
    if (atob(id).startsWith(`${type}:`)) return id;
  } catch {
    // not base64: a raw id
  }
  return encodeGlobalID(type, id);
}

export function requiredId(type: string, body: Body, ...keys: string[]): string {
  const value = field(body, ...keys);
  if (typeof value !== "string" || !value.trim()) throw badRequest(`${keys[0]} is required`);
  return globalId(type, value.trim());
}

/** `first`/`after` of a list request's query string. */
export function pageArgs(url: URL) {
  const first = url.searchParams.get("first") ?? url.searchParams.get("limit");
  if (first != null && !/^\d+$/.test(first)) throw badRequest("first must be a whole number");
  return { first: first == null ? 50 : Number(first), after: url.searchParams.get("after") };
}
