import { CombinedError } from "@urql/core";
import { GraphQLError } from "graphql";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  asSentence,
  describeError,
  describeGraphQLError,
  describeGraphQLErrors,
  GENERIC_MESSAGE,
  hasErrorCode,
  OFFLINE_MESSAGE,
} from "./errors";

const withCode = (message: string, code: string, extra: Record<string, unknown> = {}) => ({
  message,
  extensions: { code, ...extra },
});

describe("describeGraphQLError", () => {
  afterEach(() => vi.restoreAllMocks());

  it("shows validation messages as sentences and keeps the blamed field", () => {
    const error = withCode("name must not be empty", "BAD_USER_INPUT", { field: "name" });
    expect(describeGraphQLError(error)).toEqual({
      message: "Name must not be empty.",
      code: "BAD_USER_INPUT",
      field: "name",
    });
  });

  it("replaces the API's technical sign-in hint with plain words", () => {
    const error = withCode("Sign in first: send `Authorization: Bearer <token>`.", "UNAUTHENTICATED");
    expect(describeGraphQLError(error).message).toBe("Your sign-in has expired. Please sign in again.");
  });

  it("names the missing thing for NOT_FOUND", () => {
    const message = describeGraphQLError(withCode("Project not found", "NOT_FOUND"), { subject: "project" }).message;
    expect(message).toMatch(/^We couldn't find this project\./);
  });

  it("lets an operation give a code its own meaning", () => {
    const error = withCode("Invalid credentials", "UNAUTHENTICATED");
    const overrides = { UNAUTHENTICATED: "That email and password don't match an account." };
    expect(describeGraphQLError(error, { overrides }).message).toBe(overrides.UNAUTHENTICATED);
  });

  it("hides internal errors behind an apology", () => {
    expect(describeGraphQLError({ message: "Unexpected error." }).message).toBe(GENERIC_MESSAGE);
    expect(describeGraphQLError(withCode('Cannot query field "x"', "GRAPHQL_VALIDATION_FAILED")).message).toBe(
      GENERIC_MESSAGE,
    );
  });
});

describe("describeGraphQLErrors", () => {
  it("prefers an error the API raised on purpose", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const errors = [{ message: "Unexpected error." }, withCode("email is taken", "CONFLICT")];
    expect(describeGraphQLErrors(errors).message).toBe("Email is taken.");
  });
});

describe("describeError", () => {
  it("explains network failures", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const error = new CombinedError({ networkError: new TypeError("Failed to fetch") });
    expect(describeError(error).message).toBe(OFFLINE_MESSAGE);
  });

  it("explains the proxy's API_UNAVAILABLE", () => {
    const error = new CombinedError({
      graphQLErrors: [new GraphQLError("The Baton API is not reachable.", { extensions: { code: "API_UNAVAILABLE" } })],
    });
    expect(describeError(error).message).toMatch(/isn't responding/);
    expect(hasErrorCode(error, "API_UNAVAILABLE")).toBe(true);
    expect(hasErrorCode(error, "UNAUTHENTICATED")).toBe(false);
    expect(hasErrorCode(undefined, "UNAUTHENTICATED")).toBe(false);
  });
});

describe("asSentence", () => {
  it("capitalises and ends with punctuation once", () => {
    expect(asSentence("too long")).toBe("Too long.");
    expect(asSentence("Really?")).toBe("Really?");
    expect(asSentence("  ")).toBe(GENERIC_MESSAGE);
  });
});
