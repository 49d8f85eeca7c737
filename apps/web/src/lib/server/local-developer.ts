// One-click access in local development: a fixed account on the developer's own machine, created on first
// use. The sign-in page only offers it when SvelteKit runs in dev mode, and the action refuses otherwise.
import { type AuthResult, signIn, signUp } from "./auth";

export const LOCAL_DEVELOPER = {
  email: "developer@baton.local",
  password: "local-development-only",
  name: "Local developer",
} as const;

export async function continueAsLocalDeveloper(): Promise<AuthResult> {
  const existing = await signIn({ email: LOCAL_DEVELOPER.email, password: LOCAL_DEVELOPER.password });
  if (existing.ok) return existing;
  const created = await signUp({ ...LOCAL_DEVELOPER });
  // Created meanwhile by a second tab, or the account exists with another password: report the first failure.
  return created.ok || created.error.code !== "CONFLICT" ? created : existing;
}
