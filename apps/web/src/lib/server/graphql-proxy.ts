// Forwards a browser's GraphQL request to the API, swapping the session cookie for a bearer token.
// Kept free of SvelteKit imports so the header handling can be unit-tested with plain Requests.

export interface ProxyOptions {
  apiUrl: string;
  /** The token from the session cookie, or null when signed out (the API then answers UNAUTHENTICATED). */
  token: string | null;
  fetch: typeof fetch;
}

// Only what GraphQL over HTTP and graphql-sse need. Everything else — above all the browser's cookies and
// any Authorization header it sends — stays here, so the API only ever sees the token we attach.
const REQUEST_HEADERS = ["accept", "content-type", "accept-language", "last-event-id", "x-graphql-event-stream-token"];
const RESPONSE_HEADERS = ["content-type", "cache-control", "x-graphql-event-stream-token"];
const JSON_TYPES = ["application/json", "application/graphql-response+json", "application/graphql+json"];

export function graphqlErrorResponse(status: number, message: string, code: string): Response {
  return Response.json({ errors: [{ message, extensions: { code } }] }, { status });
}

export function buildUpstreamHeaders(incoming: Headers, token: string | null): Headers {
  const headers = new Headers();
  for (const name of REQUEST_HEADERS) {
    const value = incoming.get(name);
    if (value !== null) headers.set(name, value);
  }
  if (token) headers.set("authorization", `Bearer ${token}`);
  return headers;
}

export function buildDownstreamHeaders(upstream: Headers): Headers {
  const headers = new Headers();
  for (const name of RESPONSE_HEADERS) {
    const value = upstream.get(name);
    if (value !== null) headers.set(name, value);
  }
  // Event streams must reach the browser event by event, not after a proxy buffered them.
  if (headers.get("content-type")?.startsWith("text/event-stream")) headers.set("x-accel-buffering", "no");
  return headers;
}

/** Rejects POSTs that are not JSON: a cross-site HTML form can only send form encodings or text/plain. */
export function isJsonPost(request: Request): boolean {
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  return JSON_TYPES.includes(type);
}

export async function forwardGraphQL(request: Request, options: ProxyOptions): Promise<Response> {
  if (request.method !== "GET" && request.method !== "POST") {
    return graphqlErrorResponse(405, "Only GET and POST are supported.", "METHOD_NOT_ALLOWED");
  }
  if (request.method === "POST" && !isJsonPost(request)) {
    return graphqlErrorResponse(415, "GraphQL requests must be sent as JSON.", "UNSUPPORTED_MEDIA_TYPE");
  }
  const target = new URL(options.apiUrl);
  // GET carries the operation (or the SSE stream token) in the query string.
  target.search = new URL(request.url).search;

  let upstream: Response;
  try {
    upstream = await options.fetch(target, {
      method: request.method,
      headers: buildUpstreamHeaders(request.headers, options.token),
      // Buffered, not streamed: request bodies are bounded (a pasted transcript at most), and a known
      // length lets the API refuse oversized bodies up front.
      body: request.method === "POST" ? await request.arrayBuffer() : undefined,
      // Closing the tab ends the upstream request too, so event streams do not linger.
      signal: request.signal,
    });
  } catch (error) {
    if (request.signal.aborted) return new Response(null, { status: 499 });
    console.error("GraphQL proxy: API unreachable", target.origin, error);
    return graphqlErrorResponse(502, "The Baton API is not reachable.", "API_UNAVAILABLE");
  }
  // The body stream is handed on as it arrives, which is what keeps SSE subscriptions live.
  return new Response(upstream.body, { status: upstream.status, headers: buildDownstreamHeaders(upstream.headers) });
}
