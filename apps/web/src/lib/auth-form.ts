// Reading and checking the sign-in / sign-up forms before they go to the API, so the common slips
// (empty fields, a typo'd email) get an answer without a round trip.
import type { FriendlyError } from "$lib/graphql/errors";

export const MIN_PASSWORD_LENGTH = 8;

export interface AuthFormInput {
  email: string;
  password: string;
  name: string | null;
}

const text = (form: FormData, key: string) => {
  const value = form.get(key);
  return typeof value === "string" ? value : "";
};

export function readAuthForm(form: FormData): AuthFormInput {
  const name = text(form, "name").trim();
  // Passwords are taken as typed: leading or trailing spaces may be part of them.
  return { email: text(form, "email").trim(), password: text(form, "password"), name: name || null };
}

const invalid = (field: string, message: string): FriendlyError => ({ message, field, code: "BAD_USER_INPUT" });

export function validateAuthForm(input: AuthFormInput, mode: "signIn" | "signUp"): FriendlyError | null {
  if (!input.email) return invalid("email", "Enter your email address.");
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.email)) {
    return invalid("email", "Enter an email address like name@example.com.");
  }
  if (!input.password) return invalid("password", "Enter your password.");
  if (mode === "signUp" && input.password.length < MIN_PASSWORD_LENGTH) {
    return invalid("password", `Use at least ${MIN_PASSWORD_LENGTH} characters for your password.`);
  }
  return null;
}

/** HTTP status for a failed auth form: it only matters to clients without JavaScript and to tests. */
export function failureStatus(error: FriendlyError): number {
  switch (error.code) {
    case "BAD_USER_INPUT":
      return 400;
    case "UNAUTHENTICATED":
      return 401;
    case "FORBIDDEN":
      return 403;
    case "CONFLICT":
      return 409;
    default:
      return 502;
  }
}
