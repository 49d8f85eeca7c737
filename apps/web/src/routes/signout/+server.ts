// Sign-out is a POST (a form in the navigation), so a link elsewhere cannot sign anyone out.
import { redirect } from "@sveltejs/kit";
import { clearSessionToken } from "$lib/server/session-cookie";
import type { RequestHandler } from "./$types";

export const POST: RequestHandler = ({ cookies }) => {
  clearSessionToken(cookies);
  redirect(303, "/signin");
};
