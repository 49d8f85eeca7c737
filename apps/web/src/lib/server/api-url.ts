import { env } from "$env/dynamic/private";

export const DEFAULT_API_URL = "http://127.0.0.1:8787/graphql";

/** Where the Baton GraphQL API lives; set API_URL in the environment (or the Worker's vars) to change it. */
export function apiUrl(): string {
  return env.API_URL || DEFAULT_API_URL;
}
