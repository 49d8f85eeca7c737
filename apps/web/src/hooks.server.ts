import type { Handle } from "@sveltejs/kit";
import { readSessionToken } from "$lib/server/session-cookie";

export const handle: Handle = async ({ event, resolve }) => {
  event.locals.token = readSessionToken(event.cookies);
  return resolve(event);
};
