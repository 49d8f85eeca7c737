// urql on the server, for the few calls SvelteKit makes itself (sign-in and sign-up actions, the viewer
// check in the app layout). Same documents and error handling as the browser.
import { Client, fetchExchange } from "@urql/core";
import { apiUrl } from "./api-url";

export function serverApiClient(token: string | null = null): Client {
  return new Client({
    url: apiUrl(),
    exchanges: [fetchExchange],
    preferGetMethod: false,
    // The global fetch: no browser cookies are attached (SvelteKit's event.fetch would copy them).
    fetch: globalThis.fetch,
    fetchOptions: token ? { headers: { authorization: `Bearer ${token}` } } : {},
    requestPolicy: "network-only",
  });
}
