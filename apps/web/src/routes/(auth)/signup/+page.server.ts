import { fail, redirect } from "@sveltejs/kit";
import { dev } from "$app/environment";
import { failureStatus, readAuthForm, validateAuthForm } from "$lib/auth-form";
import { HOME_PATH } from "$lib/redirect";
import { signUp } from "$lib/server/auth";
import { setSessionToken } from "$lib/server/session-cookie";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = ({ locals }) => {
  if (locals.token) redirect(303, HOME_PATH);
  return { localDeveloperAvailable: dev };
};

export const actions: Actions = {
  default: async ({ request, cookies, url }) => {
    const input = readAuthForm(await request.formData());
    // Everything but the password goes back to the form, so a failed attempt only costs retyping that.
    const values = { email: input.email, name: input.name ?? "" };
    const invalid = validateAuthForm(input, "signUp");
    if (invalid) return fail(400, { ...values, error: invalid });

    const result = await signUp(input);
    if (!result.ok) return fail(failureStatus(result.error), { ...values, error: result.error });
    setSessionToken(cookies, result.payload.token, url.protocol === "https:");
    redirect(303, HOME_PATH);
  },
};
