// The browser holds the API token only in this httpOnly cookie: scripts on the page cannot read it,
// and SvelteKit server code (the /graphql proxy, form actions) attaches it to API requests.
import type { Cookies } from "@sveltejs/kit";

export const SESSION_COOKIE = "baton_session";

// API tokens live long; the API decides validity, the cookie only needs to outlast a working month.
const MAX_AGE_SECONDS = 60 * 60 * 24 * 30;

export function readSessionToken(cookies: Cookies): string | null {
  return cookies.get(SESSION_COOKIE) || null;
}

export function setSessionToken(cookies: Cookies, token: string, secure: boolean): void {
  cookies.set(SESSION_COOKIE, token, {
    path: "/",
    httpOnly: true,
    // Lax: sent on top-level navigation from other sites (following a link into Baton works),
    // but not on cross-site POSTs, which blocks cross-site request forgery against /graphql.
    sameSite: "lax",
    secure,
    maxAge: MAX_AGE_SECONDS,
  });
}

export function clearSessionToken(cookies: Cookies): void {
  cookies.delete(SESSION_COOKIE, { path: "/" });
}
