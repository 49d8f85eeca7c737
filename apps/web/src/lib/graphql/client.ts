// The browser's urql client. It talks only to this site's /graphql endpoint, which adds the session token
// (see routes/graphql/+server.ts), so no secret ever lives in browser JavaScript.
import { Client, cacheExchange, fetchExchange, mapExchange, subscriptionExchange } from "@urql/core";
import { createClient as createSseClient } from "graphql-sse";
import { hasErrorCode } from "./errors";

export const GRAPHQL_PATH = "/graphql";

export function createBrowserClient(onUnauthenticated: () => void): Client {
  // Subscriptions (handoff generation progress) stream over SSE through the same endpoint.
  const sse = createSseClient({ url: GRAPHQL_PATH });
  return new Client({
    url: GRAPHQL_PATH,
    // POST everything: the proxy and the API then see one request shape, and long variables (a pasted
    // transcript) never end up in a URL.
    preferGetMethod: false,
    exchanges: [
      // A revoked or expired token fails every request; send the person to sign in instead of erroring on.
      mapExchange({
        onError(error) {
          if (hasErrorCode(error, "UNAUTHENTICATED")) onUnauthenticated();
        },
      }),
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: sse.subscribe({ ...request, query: request.query ?? "" }, sink) }),
        }),
      }),
    ],
  });
}
