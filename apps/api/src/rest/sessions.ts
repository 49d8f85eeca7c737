// REST: starting, reading and completing sessions, and saving a conversation into one.
import { graphql } from "./graphql.ts";
import {
  type Body,
  badRequest,
  field,
  globalId,
  jsonBody,
  notFound,
  optionalInt,
  optionalString,
  requiredId,
} from "./http.ts";
import { type Route, SESSION } from "./routes.ts";

const ROLES: Record<string, string> = {
  user: "USER",
  human: "USER",
  assistant: "ASSISTANT",
  ai: "ASSISTANT",
  model: "ASSISTANT",
  system: "SYSTEM",
  tool: "TOOL",
  function: "TOOL",
};

/** `[{ role, content, createdAt? }]` with roles in any case (user/assistant/system/tool and common synonyms). */
function messagesOf(list: unknown[]) {
  return list.map((item, i) => {
    const message = (item && typeof item === "object" ? item : {}) as Body;
    const role = ROLES[String(message.role ?? "").toLowerCase()];
    if (!role) throw badRequest(`messages[${i}].role must be user, assistant, system or tool`);
    if (typeof message.content !== "string") throw badRequest(`messages[${i}].content must be a string`);
    const createdAt = field(message, "createdAt", "created_at", "timestamp");
    return { role, content: message.content, ...(typeof createdAt === "string" ? { createdAt } : {}) };
  });
}

const upper = (value: string | undefined) => value?.trim().toUpperCase() || undefined;

export const sessionRoutes: Route[] = [
  {
    method: "POST",
    path: "/api/sessions/create",
    handler: async (call) => {
      const body = await jsonBody(call.request);
      const accountId = optionalString(body, "accountId", "account_id");
      const input = {
        projectId: requiredId("Project", body, "projectId", "project_id"),
        objectives: optionalString(body, "objectives"),
        kind: upper(optionalString(body, "kind", "sessionType", "session_type")),
        accountId: accountId ? globalId("Account", accountId) : undefined,
      };
      const data = await graphql<{ startSession: { session: unknown } }>(
        call,
        `mutation($input: StartSessionInput!) { startSession(input: $input) { session { ...RestSession } } } ${SESSION}`,
        { input },
      );
      return { status: 201, data: data.startSession.session };
    },
  },
  {
    method: "GET",
    path: "/api/sessions/:id",
    handler: async (call) => {
      const data = await graphql<{ session: unknown }>(
        call,
        `query($id: ID!) { session(id: $id) { ...RestSession } } ${SESSION}`,
        { id: globalId("Session", call.params.id ?? "") },
      );
      if (!data.session) throw notFound("Session");
      return { data: data.session };
    },
  },
  {
    method: "POST",
    path: "/api/sessions/:id/complete",
    handler: async (call) => {
      const body = await jsonBody(call.request);
      const input = {
        sessionId: globalId("Session", call.params.id ?? ""),
        accomplishments: optionalString(body, "accomplishments"),
        blockers: optionalString(body, "blockers"),
        nextSteps: optionalString(body, "nextSteps", "next_steps"),
        creditsUsed: optionalInt(body, "creditsUsed", "credits_used"),
        generator: upper(optionalString(body, "generator")),
        idempotencyKey:
          optionalString(body, "idempotencyKey", "idempotency_key") ??
          call.request.headers.get("idempotency-key") ??
          undefined,
      };
      const data = await graphql<{ completeSession: unknown }>(
        call,
        `mutation($input: CompleteSessionInput!) { completeSession(input: $input) {
           session { ...RestSession } run { id status stage progress } } } ${SESSION}`,
        { input },
      );
      // The next handoff is written in the background: poll the run (GraphQL handoffRun) or the session.
      return { status: 202, data: data.completeSession };
    },
  },
  {
    method: "POST",
    path: "/api/conversations/save",
    handler: async (call) => {
      const body = await jsonBody(call.request);
      const sessionId = requiredId("Session", body, "sessionId", "session_id");
      const list = field(body, "messages", "conversation");
      const transcript = optionalString(body, "transcript", "content");
      if (Array.isArray(list) === (transcript !== undefined)) {
        throw badRequest("Send either messages (a list of { role, content }) or transcript (text).");
      }
      if (Array.isArray(list)) {
        const data = await graphql<{ appendMessages: { appended: number; session: { messageCount: number } } }>(
          call,
          `mutation($input: AppendMessagesInput!) { appendMessages(input: $input) { appended session { messageCount } } }`,
          { input: { sessionId, messages: messagesOf(list) } },
        );
        const { appended, session } = data.appendMessages;
        return { status: 201, data: { sessionId, saved: appended, messageCount: session.messageCount } };
      }
      const format = upper(optionalString(body, "format")) ?? "AUTO";
      const data = await graphql<{
        importTranscript: { imported: number; format: string; session: { messageCount: number } };
      }>(
        call,
        `mutation($input: ImportTranscriptInput!) { importTranscript(input: $input) {
           imported format session { messageCount } } }`,
        { input: { sessionId, content: transcript, format } },
      );
      const { imported, session } = data.importTranscript;
      return {
        status: 201,
        data: { sessionId, saved: imported, messageCount: session.messageCount, format: data.importTranscript.format },
      };
    },
  },
];
