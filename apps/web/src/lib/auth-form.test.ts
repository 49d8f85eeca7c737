import { describe, expect, it } from "vitest";
import { failureStatus, readAuthForm, validateAuthForm } from "./auth-form";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

describe("auth form", () => {
  it("trims email and name but keeps the password as typed", () => {
    expect(readAuthForm(form({ email: " ada@example.com ", password: " pw ", name: "  " }))).toEqual({
      email: "ada@example.com",
      password: " pw ",
      name: null,
    });
  });

  it("points at the field that needs fixing", () => {
    const input = { email: "ada@example", password: "x", name: null };
    expect(validateAuthForm(input, "signIn")).toMatchObject({ field: "email", message: /name@example.com/ });
    expect(validateAuthForm({ ...input, email: "ada@example.com", password: "" }, "signIn")?.field).toBe("password");
  });

  it("asks for a longer password only when signing up", () => {
    const input = { email: "ada@example.com", password: "short", name: null };
    expect(validateAuthForm(input, "signIn")).toBeNull();
    expect(validateAuthForm(input, "signUp")?.message).toMatch(/at least 8 characters/);
  });

  it("maps error codes to HTTP statuses", () => {
    expect(failureStatus({ message: "", code: "CONFLICT", field: null })).toBe(409);
    expect(failureStatus({ message: "", code: null, field: null })).toBe(502);
  });
});
