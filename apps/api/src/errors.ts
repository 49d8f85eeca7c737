// Expected failures, each with the `extensions.code` clients switch on. Anything else is masked by Yoga.
import { GraphQLError } from "graphql";

export const badInput = (message: string, field?: string) =>
  new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", ...(field ? { field } : {}) } });

export const unauthenticated = (message = "Sign in first: send `Authorization: Bearer <token>`.") =>
  new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED" } });

export const forbidden = (message: string) => new GraphQLError(message, { extensions: { code: "FORBIDDEN" } });

/** Used for rows that do not exist and for rows of other users alike, so nothing leaks. */
export const notFound = (what: string) => new GraphQLError(`${what} not found`, { extensions: { code: "NOT_FOUND" } });

export const conflict = (message: string) => new GraphQLError(message, { extensions: { code: "CONFLICT" } });
