// Sign-in and sign-up against the API, for the form actions. The token that comes back goes straight into
// the httpOnly cookie; it never reaches the page.
import { graphql, type ResultOf } from "@baton/schema";
import { describeError, type FriendlyError } from "$lib/graphql/errors";
import { serverApiClient } from "./api-client";

const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) { token user { id email name } }
  }
`);

const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) { token user { id email name } }
  }
`);

export type AuthPayload = ResultOf<typeof SignInMutation>["signIn"];
export type AuthResult = { ok: true; payload: AuthPayload } | { ok: false; error: FriendlyError };

const WRONG_CREDENTIALS = "That email and password don't match an account. Check them and try again.";

export async function signIn({ email, password }: { email: string; password: string }): Promise<AuthResult> {
  // Only the two fields: callers pass the whole form, and the API rejects fields SignInInput does not have.
  const result = await serverApiClient().mutation(SignInMutation, { input: { email, password } }).toPromise();
  if (result.data) return { ok: true, payload: result.data.signIn };
  // For signIn, UNAUTHENTICATED means the credentials were wrong, not that a session expired.
  const overrides = { UNAUTHENTICATED: WRONG_CREDENTIALS, NOT_FOUND: WRONG_CREDENTIALS };
  return { ok: false, error: describeError(result.error, { overrides }) };
}

export async function signUp(form: { email: string; password: string; name: string | null }): Promise<AuthResult> {
  const input = { email: form.email, password: form.password, name: form.name };
  const result = await serverApiClient().mutation(SignUpMutation, { input }).toPromise();
  if (result.data) return { ok: true, payload: result.data.signUp };
  return { ok: false, error: describeError(result.error) };
}
