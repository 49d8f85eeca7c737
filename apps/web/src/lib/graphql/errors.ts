// Turns API failures into sentences a person can act on. The API marks expected failures with
// `extensions.code`; anything without a known code is a bug or an outage, so the person gets a generic
// apology and the details go to the console for whoever is debugging.
import type { CombinedError } from "@urql/core";

export interface GraphQLErrorLike {
  message: string;
  extensions?: Readonly<Record<string, unknown>>;
}

export interface FriendlyError {
  message: string;
  code: string | null;
  /** The input field the API blamed (BAD_USER_INPUT carries `extensions.field`), to show the message beside it. */
  field: string | null;
}

export interface DescribeOptions {
  /** What was being looked up, for NOT_FOUND: "project" → "We couldn't find this project…". */
  subject?: string;
  /** Wording per code where the operation gives it a specific meaning (signIn: UNAUTHENTICATED = wrong password). */
  overrides?: Readonly<Record<string, string>>;
}

export const GENERIC_MESSAGE = "Something went wrong on our side. Please try again in a moment.";
export const OFFLINE_MESSAGE = "Baton can't reach its server right now. Check your connection and try again.";

// Codes whose API message was written for people (validation, conflicts, permissions): shown as they are.
const PASS_THROUGH = new Set(["BAD_USER_INPUT", "CONFLICT", "FORBIDDEN"]);
const KNOWN_CODES = new Set([...PASS_THROUGH, "UNAUTHENTICATED", "NOT_FOUND", "API_UNAVAILABLE"]);

function fixedMessage(code: string, subject: string): string | null {
  switch (code) {
    case "UNAUTHENTICATED":
      return "Your sign-in has expired. Please sign in again.";
    case "NOT_FOUND":
      return `We couldn't find this ${subject}. It may have been deleted, or it belongs to another account.`;
    case "API_UNAVAILABLE":
      return "Baton's API isn't responding right now. Please try again in a moment.";
    default:
      return null;
  }
}

/** "name is required" → "Name is required." */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return GENERIC_MESSAGE;
  const capitalised = trimmed[0]!.toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

export function errorCode(error: GraphQLErrorLike): string | null {
  const code = error.extensions?.code;
  return typeof code === "string" ? code : null;
}

export function describeGraphQLError(error: GraphQLErrorLike, options: DescribeOptions = {}): FriendlyError {
  const code = errorCode(error);
  const rawField = error.extensions?.field;
  const field = typeof rawField === "string" ? rawField : null;
  const override = code ? options.overrides?.[code] : undefined;
  if (override) return { message: override, code, field };
  if (code && PASS_THROUGH.has(code)) return { message: asSentence(error.message), code, field };
  const fixed = code ? fixedMessage(code, options.subject ?? "item") : null;
  return { message: fixed ?? GENERIC_MESSAGE, code, field };
}

/** Describes the most useful error of a list: one the API raised on purpose wins over internal ones. */
export function describeGraphQLErrors(errors: readonly GraphQLErrorLike[], options: DescribeOptions = {}) {
  const known = errors.find((error) => KNOWN_CODES.has(errorCode(error) ?? ""));
  const chosen = known ?? errors[0];
  if (!known && chosen) console.error("Unexpected GraphQL error:", chosen.message, chosen.extensions);
  return chosen ? describeGraphQLError(chosen, options) : { message: GENERIC_MESSAGE, code: null, field: null };
}

/** `undefined` is accepted for results that came back with neither data nor an error, which is a bug too. */
export function describeError(error: CombinedError | undefined, options: DescribeOptions = {}): FriendlyError {
  if (!error) return { message: GENERIC_MESSAGE, code: null, field: null };
  if (error.graphQLErrors.length > 0) return describeGraphQLErrors(error.graphQLErrors, options);
  if (error.networkError) {
    console.error("GraphQL network error:", error.networkError);
    return { message: OFFLINE_MESSAGE, code: null, field: null };
  }
  return { message: GENERIC_MESSAGE, code: null, field: null };
}

export function hasErrorCode(error: CombinedError | undefined, code: string): boolean {
  return error?.graphQLErrors.some((graphQLError) => errorCode(graphQLError) === code) ?? false;
}
