// Sessions of a project: numbered 1..N, started with the project's master handoff loaded.
import { builder, type SchemaTypes } from "../builder.ts";
import { notFound } from "../errors.ts";
import { startSession } from "../services/sessions.ts";
import { checkPageArgs, text } from "../validation.ts";
import { Project } from "./project.ts";

export const SessionStatus = builder.enumType("SessionStatus", {
  values: ["ACTIVE", "COMPLETED", "ABANDONED"] as const,
});
export const SessionKind = builder.enumType("SessionKind", {
  values: ["DEVELOPMENT", "RESEARCH", "DEBUGGING", "DEPLOYMENT"] as const,
});

export const Session = builder.prismaNode("Session", {
  id: { field: "id" },
  // A node the viewer may not see resolves to null rather than an error that would reveal it exists.
  nullable: true,
  findUnique: (id, ctx) => ({ id, ownerId: ctx.viewer?.id ?? "" }),
  fields: (t) => ({
    number: t.exposeInt("number"),
    project: t.relation("project"),
    status: t.expose("status", { type: SessionStatus }),
    kind: t.expose("kind", { type: SessionKind }),
    objectives: t.exposeString("objectives", { nullable: true }),
    accomplishments: t.exposeString("accomplishments", { nullable: true }),
    blockers: t.exposeString("blockers", { nullable: true }),
    nextSteps: t.exposeString("nextSteps", { nullable: true }),
    creditsUsed: t.exposeInt("creditsUsed", { nullable: true }),
    startedAt: t.expose("startedAt", { type: "DateTime" }),
    completedAt: t.expose("completedAt", { type: "DateTime", nullable: true }),
    durationMinutes: t.int({
      nullable: true,
      description: "Minutes from start to completion; null while the session is open.",
      select: { startedAt: true, completedAt: true },
      resolve: (s) =>
        s.completedAt ? Math.max(0, Math.round((s.completedAt.getTime() - s.startedAt.getTime()) / 60_000)) : null,
    }),
    inputHandoff: t.relation("inputHandoff", { nullable: true }),
    outputHandoff: t.relation("outputHandoff", { nullable: true }),
    messages: t.relatedConnection(
      "messages",
      {
        cursor: "id",
        totalCount: true,
        query: (args) => {
          checkPageArgs(args);
          return { orderBy: { ordinal: "asc" } };
        },
      },
      { name: "MessageConnection" },
      { name: "MessageEdge" },
    ),
    messageCount: t.exposeInt("messageCount"),
  }),
});

const StartSessionInput = builder.inputType("StartSessionInput", {
  fields: (t) => ({
    projectId: t.globalID({ required: true, for: Project }),
    objectives: t.string(),
    kind: t.field({ type: SessionKind, defaultValue: "DEVELOPMENT" }),
    accountId: t.globalID(),
  }),
});

/** `session` on a payload that carries its id, loaded with the client's selection in one query. */
export const payloadSession = <P extends { sessionId: string }>(
  t: PothosSchemaTypes.ObjectFieldBuilder<SchemaTypes, P>,
) =>
  t.prismaField({
    type: "Session",
    resolve: (query, parent, _args, ctx) =>
      ctx.db.session.findUniqueOrThrow({ ...query, where: { id: parent.sessionId } }),
  });

export const SessionPayload = builder
  .objectRef<{ sessionId: string }>("SessionPayload")
  .implement({ fields: (t) => ({ session: payloadSession(t) }) });

builder.queryField("session", (t) =>
  t.prismaField({
    type: "Session",
    nullable: true,
    args: { id: t.arg.globalID({ required: true, for: Session }) },
    resolve: (query, _root, { id }, ctx) =>
      ctx.db.session.findFirst({ ...query, where: { id: id.id, ownerId: ctx.requireViewer().id } }),
  }),
);

builder.mutationField("startSession", (t) =>
  t.field({
    type: SessionPayload,
    args: { input: t.arg({ type: StartSessionInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const ownerId = ctx.requireViewer().id;
      const accountId = input.accountId?.id ?? null;
      if (accountId && !(await ctx.db.account.findFirst({ where: { id: accountId, ownerId }, select: { id: true } }))) {
        throw notFound("Account");
      }
      const sessionId = await startSession(ctx.env.DB, {
        ownerId,
        projectId: input.projectId.id,
        objectives: text(input.objectives, "objectives", { max: 20_000 }) || null,
        kind: input.kind ?? "DEVELOPMENT",
        accountId,
      });
      if (!sessionId) throw notFound("Project");
      return { sessionId };
    },
  }),
);
