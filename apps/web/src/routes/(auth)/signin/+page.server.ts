import { fail, error as httpError, redirect } from "@sveltejs/kit";
import { dev } from "$app/environment";
import { failureStatus, readAuthForm, validateAuthForm } from "$lib/auth-form";
import { HOME_PATH, safeRedirectPath } from "$lib/redirect";
import { signIn } from "$lib/server/auth";
import { continueAsLocalDeveloper } from "$lib/server/local-developer";
import { clearSessionToken, setSessionToken } from "$lib/server/session-cookie";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = ({ locals, url, cookies }) => {
  // `expired` comes from the app when the API rejected the cookie's token: drop it so the form shows.
  const expired = url.searchParams.has("expired");
  if (expired) clearSessionToken(cookies);
  else if (locals.token) redirect(303, safeRedirectPath(url.searchParams.get("redirectTo")));
  return { expired, redirectTo: url.searchParams.get("redirectTo") ?? "", localDeveloperAvailable: dev };
};

// Named actions only: SvelteKit does not allow a default action next to named ones.
export const actions: Actions = {
  signIn: async ({ request, cookies, url }) => {
    const form = await request.formData();
    const input = readAuthForm(form);
    const invalid = validateAuthForm(input, "signIn");
    if (invalid) return fail(400, { email: input.email, error: invalid });

    const result = await signIn(input);
    if (!result.ok) return fail(failureStatus(result.error), { email: input.email, error: result.error });
    setSessionToken(cookies, result.payload.token, url.protocol === "https:");
    redirect(303, safeRedirectPath(form.get("redirectTo")));
  },

  localDeveloper: async ({ cookies, url }) => {
    if (!dev) httpError(404, "Not found");
    const result = await continueAsLocalDeveloper();
    if (!result.ok) return fail(failureStatus(result.error), { email: "", error: result.error });
    setSessionToken(cookies, result.payload.token, url.protocol === "https:");
    redirect(303, HOME_PATH);
  },
};
