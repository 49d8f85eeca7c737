import { redirect } from "@sveltejs/kit";
import { HOME_PATH } from "$lib/redirect";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = ({ locals }) => {
  redirect(303, locals.token ? HOME_PATH : "/signin");
};
