// REST: projects, a project's sessions and the viewer's stats.
import { graphql } from "./graphql.ts";
import { badRequest, globalId, jsonBody, notFound, optionalString, pageArgs } from "./http.ts";
import { type Connection, listReply, PROJECT, type Route, SESSION } from "./routes.ts";

const STATUSES = ["ACTIVE", "PAUSED", "COMPLETED", "ARCHIVED"];

export const projectRoutes: Route[] = [
  {
    method: "GET",
    path: "/api/projects",
    handler: async (call) => {
      const status = call.url.searchParams.get("status")?.toUpperCase() ?? null;
      if (status && !STATUSES.includes(status)) throw badRequest(`status must be one of ${STATUSES.join(", ")}`);
      const data = await graphql<{ projects: Connection<unknown> }>(
        call,
        `query($first: Int, $after: String, $status: ProjectStatus) {
           projects(first: $first, after: $after, status: $status) {
             edges { node { ...RestProject } } pageInfo { hasNextPage endCursor } } } ${PROJECT}`,
        { ...pageArgs(call.url), status },
      );
      return listReply(data.projects);
    },
  },
  {
    method: "POST",
    path: "/api/projects",
    handler: async (call) => {
      const body = await jsonBody(call.request);
      const input = { name: optionalString(body, "name") ?? "", description: optionalString(body, "description") };
      const data = await graphql<{ createProject: { project: unknown } }>(
        call,
        `mutation($input: CreateProjectInput!) { createProject(input: $input) { project { ...RestProject } } } ${PROJECT}`,
        { input },
      );
      return { status: 201, data: data.createProject.project };
    },
  },
  {
    method: "GET",
    path: "/api/projects/:id/sessions",
    handler: async (call) => {
      const data = await graphql<{ project: { sessions: Connection<unknown> } | null }>(
        call,
        `query($id: ID!, $first: Int, $after: String) { project(id: $id) {
           sessions(first: $first, after: $after) { edges { node { ...RestSession } } pageInfo { hasNextPage endCursor } }
         } } ${SESSION}`,
        { id: globalId("Project", call.params.id ?? ""), ...pageArgs(call.url) },
      );
      if (!data.project) throw notFound("Project");
      return listReply(data.project.sessions);
    },
  },
  {
    method: "GET",
    path: "/api/stats",
    handler: async (call) => {
      const data = await graphql<{ stats: unknown }>(
        call,
        `{ stats { projects activeProjects sessions activeSessions completedSessions handoffs messages knowledgeEntries
           averageFidelity creditsUsed averageSessionMinutes averageMessagesPerSession averageHandoffTokens accounts } }`,
      );
      return { data: data.stats };
    },
  },
];
