// The REST routes' shared shapes: a route is a method, a path template and a handler returning the envelope's data.
import type { Call } from "./graphql.ts";

export interface RouteCall extends Call {
  url: URL;
  /** The path's `:name` segments, decoded. */
  params: Record<string, string>;
}

export interface Reply {
  status?: number;
  data: unknown;
  /** Lists: where the next page starts (`?after=<endCursor>`). */
  pageInfo?: { hasNextPage: boolean; endCursor: string | null };
}

export interface Route {
  method: "GET" | "POST";
  path: string;
  handler: (call: RouteCall) => Promise<Reply>;
}

// What REST returns for projects and sessions (the GraphQL field names; ids are GraphQL global ids).
export const PROJECT = `fragment RestProject on Project {
  id name description status createdAt updatedAt sessionCount
  masterHandoff { id version tokenCount masterPrompt createdAt } }`;
export const SESSION = `fragment RestSession on Session {
  id number status kind objectives accomplishments blockers nextSteps creditsUsed startedAt completedAt durationMinutes
  messageCount project { id name } account { id name platform }
  inputHandoff { id version tokenCount masterPrompt } outputHandoff { id version tokenCount masterPrompt } }`;

export interface Connection<T> {
  edges: { node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** A list reply from a connection. */
export const listReply = <T>(connection: Connection<T>): Reply => ({
  data: connection.edges.map((edge) => edge.node),
  pageInfo: { hasNextPage: connection.pageInfo.hasNextPage, endCursor: connection.pageInfo.endCursor },
});
