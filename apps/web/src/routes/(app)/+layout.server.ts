import { error, redirect } from "@sveltejs/kit";
import { describeError, hasErrorCode } from "$lib/graphql/errors";
import { clearSessionToken } from "$lib/server/session-cookie";
import { fetchViewer } from "$lib/server/viewer";
import type { LayoutServerLoad } from "./$types";

// Everything in (app) needs a signed-in person. Checked here, on the server, before any page loads;
// runs once per visit (the URL is read untracked so in-app navigation does not repeat the check).
export const load: LayoutServerLoad = async ({ locals, cookies, untrack, url }) => {
  const here = untrack(() => url.pathname + url.search);
  const signIn = `/signin?redirectTo=${encodeURIComponent(here)}`;
  if (!locals.token) redirect(303, signIn);

  const result = await fetchViewer(locals.token);
  if ("viewer" in result) return { viewer: result.viewer };
  if (hasErrorCode(result.error, "UNAUTHENTICATED")) {
    clearSessionToken(cookies);
    redirect(303, `${signIn}&expired`);
  }
  error(503, describeError(result.error).message);
};
