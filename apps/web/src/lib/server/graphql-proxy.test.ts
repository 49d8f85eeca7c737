import { describe, expect, it, vi } from "vitest";
import { buildUpstreamHeaders, forwardGraphQL } from "./graphql-proxy";

const API_URL = "http://api.test/graphql";

function captureFetch(response: Response = Response.json({ data: { __typename: "Query" } })) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = vi.fn(async (url: URL | RequestInfo, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    return response;
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

const post = (headers: Record<string, string>, body = '{"query":"{ viewer { id } }"}') =>
  new Request("http://web.test/graphql", { method: "POST", headers, body });

describe("buildUpstreamHeaders", () => {
  it("attaches the cookie's token and drops the browser's cookies and Authorization", () => {
    const incoming = new Headers({
      cookie: "baton_session=secret",
      authorization: "Bearer forged",
      "content-type": "application/json",
      accept: "application/graphql-response+json",
    });
    const headers = buildUpstreamHeaders(incoming, "tok_123");
    expect(headers.get("authorization")).toBe("Bearer tok_123");
    expect(headers.get("cookie")).toBeNull();
    expect(headers.get("content-type")).toBe("application/json");
    expect(headers.get("accept")).toBe("application/graphql-response+json");
  });

  it("sends no Authorization at all when signed out", () => {
    expect(buildUpstreamHeaders(new Headers({ authorization: "Bearer forged" }), null).has("authorization")).toBe(
      false,
    );
  });
});

describe("forwardGraphQL", () => {
  it("forwards a JSON POST with its body to the API", async () => {
    const { fetch, calls } = captureFetch();
    const response = await forwardGraphQL(post({ "content-type": "application/json" }), {
      apiUrl: API_URL,
      token: "tok",
      fetch,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: "Query" } });
    expect(calls[0]?.url).toBe(API_URL);
    expect(new TextDecoder().decode(calls[0]?.init.body as ArrayBuffer)).toContain("viewer");
  });

  it("keeps the query string of GET requests (operations, SSE tokens)", async () => {
    const { fetch, calls } = captureFetch();
    const request = new Request("http://web.test/graphql?query=%7B__typename%7D", { method: "GET" });
    await forwardGraphQL(request, { apiUrl: API_URL, token: null, fetch });
    expect(calls[0]?.url).toBe(`${API_URL}?query=%7B__typename%7D`);
    expect(calls[0]?.init.body).toBeUndefined();
  });

  it("refuses form-encoded POSTs, which any other site could submit", async () => {
    const { fetch } = captureFetch();
    const response = await forwardGraphQL(post({ "content-type": "application/x-www-form-urlencoded" }, "query=x"), {
      apiUrl: API_URL,
      token: "tok",
      fetch,
    });
    expect(response.status).toBe(415);
    expect(fetch).not.toHaveBeenCalled();
  });

  it("passes event streams through unbuffered, without the API's cookies", async () => {
    const stream = new ReadableStream({ start: (controller) => controller.enqueue(new TextEncoder().encode(":\n\n")) });
    const upstream = new Response(stream, {
      headers: { "content-type": "text/event-stream", "set-cookie": "api=1", "cache-control": "no-cache" },
    });
    const { fetch } = captureFetch(upstream);
    const response = await forwardGraphQL(post({ "content-type": "application/json", accept: "text/event-stream" }), {
      apiUrl: API_URL,
      token: "tok",
      fetch,
    });
    expect(response.body).toBe(upstream.body);
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    expect(response.headers.get("cache-control")).toBe("no-cache");
    expect(response.headers.get("x-accel-buffering")).toBe("no");
    expect(response.headers.get("set-cookie")).toBeNull();
  });

  it("answers in GraphQL's error shape when the API is down", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const fetch = vi.fn(async () => {
      throw new TypeError("fetch failed");
    }) as unknown as typeof globalThis.fetch;
    const response = await forwardGraphQL(post({ "content-type": "application/json" }), {
      apiUrl: API_URL,
      token: "tok",
      fetch,
    });
    expect(response.status).toBe(502);
    expect((await response.json()).errors[0].extensions.code).toBe("API_UNAVAILABLE");
  });
});
