// Same-origin GraphQL endpoint for the browser (urql, graphql-sse): see $lib/server/graphql-proxy.
import { apiUrl } from "$lib/server/api-url";
import { forwardGraphQL } from "$lib/server/graphql-proxy";
import type { RequestHandler } from "./$types";

// The global fetch, not event.fetch: SvelteKit's would copy the browser's cookies onto requests to an
// API on the same hostname (127.0.0.1 in local dev), and the API should only ever see the bearer token.
const proxy: RequestHandler = ({ request, locals }) =>
  forwardGraphQL(request, { apiUrl: apiUrl(), token: locals.token, fetch: globalThis.fetch });

export const GET = proxy;
export const POST = proxy;
