// The REST compatibility layer for scripts written against the original orchestrator: a thin router over the same
// GraphQL schema (see graphql.ts). Same auth (`Authorization: Bearer <token>`); JSON replies
// `{ success: true, data }` or `{ success: false, error: { code, message } }` with the matching HTTP status.
import type { Env } from "../env.ts";
import type { GraphQLServer } from "./graphql.ts";
import { json, RestError } from "./http.ts";
import { projectRoutes } from "./projects.ts";
import type { Reply } from "./routes.ts";
import { sessionRoutes } from "./sessions.ts";

const routes = [...projectRoutes, ...sessionRoutes].map((route) => ({ ...route, pattern: compile(route.path) }));

/** `/api/projects/:id/sessions` → a pattern with a named group per `:name` segment. */
function compile(path: string): RegExp {
  const source = path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/:(\w+)/g, "(?<$1>[^/]+)");
  return new RegExp(`^${source}/?$`);
}

function reply(result: Reply): Response {
  return json(result.status ?? 200, {
    success: true,
    data: result.data,
    ...(result.pageInfo ? { pageInfo: result.pageInfo } : {}),
  });
}

const failure = (status: number, code: string, message: string, headers?: Record<string, string>) =>
  json(status, { success: false, error: { code, message } }, headers);

/** The REST reply for paths under /api/, or null for every other path (GraphQL, the web app…). */
export async function handleRest(
  request: Request,
  env: Env,
  ctx: ExecutionContext,
  graphqlServer: GraphQLServer,
): Promise<Response | null> {
  const url = new URL(request.url);
  if (url.pathname !== "/api" && !url.pathname.startsWith("/api/")) return null;
  const matching = routes.flatMap((route) => {
    const match = route.pattern.exec(url.pathname);
    return match ? [{ route, params: match.groups ?? {} }] : [];
  });
  const found = matching.find((m) => m.route.method === request.method);
  if (!found) {
    if (matching.length === 0) return failure(404, "NOT_FOUND", `No route for ${url.pathname}`);
    const allow = matching.map((m) => m.route.method).join(", ");
    return failure(405, "METHOD_NOT_ALLOWED", `Use ${allow} for ${url.pathname}`, { allow });
  }
  try {
    const params = Object.fromEntries(Object.entries(found.params).map(([k, v]) => [k, decodeURIComponent(v)]));
    return reply(await found.route.handler({ request, env, ctx, graphqlServer, url, params }));
  } catch (error) {
    if (error instanceof RestError) return failure(error.status, error.code, error.message);
    if (error instanceof URIError) return failure(400, "BAD_USER_INPUT", "The path is not valid.");
    console.error("REST request failed", error);
    return failure(500, "INTERNAL_SERVER_ERROR", "Unexpected error.");
  }
}
