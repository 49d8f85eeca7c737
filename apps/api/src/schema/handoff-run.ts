// Handoff runs: completing a session (or pasting notes) starts one; it is watched live over SSE.
import { builder, type SchemaTypes } from "../builder.ts";
import { watchRun } from "../services/run-watch.ts";
import { completeSession, generateFromNotes, retryRun } from "../services/runs.ts";
import { nonNegativeInt, requiredText, text } from "../validation.ts";
import { GeneratorKind } from "./handoff.ts";
import { Project } from "./project.ts";
import { payloadSession, Session } from "./session.ts";

export const HandoffRunStatus = builder.enumType("HandoffRunStatus", {
  values: ["QUEUED", "RUNNING", "SUCCEEDED", "FAILED"] as const,
});

export const HandoffRun = builder.prismaNode("HandoffRun", {
  id: { field: "id" },
  // A node the viewer may not see resolves to null rather than an error that would reveal it exists.
  nullable: true,
  findUnique: (id, ctx) => ({ id, ownerId: ctx.viewer?.id ?? "" }),
  fields: (t) => ({
    status: t.expose("status", { type: HandoffRunStatus }),
    stage: t.exposeString("stage"),
    progress: t.exposeFloat("progress"),
    message: t.exposeString("message", { nullable: true }),
    error: t.exposeString("error", { nullable: true }),
    generator: t.expose("generatorKind", { type: GeneratorKind }),
    handoff: t.relation("handoff", { nullable: true }),
    session: t.relation("session", { nullable: true }),
    project: t.relation("project"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    finishedAt: t.expose("finishedAt", { type: "DateTime", nullable: true }),
  }),
});

const runPayload = <T extends { runId: string }>(
  name: string,
  extra?: (t: PothosSchemaTypes.ObjectFieldBuilder<SchemaTypes, T>) => object,
) =>
  builder.objectRef<T>(name).implement({
    fields: (t) => ({
      run: t.prismaField({
        type: "HandoffRun",
        resolve: (query, parent, _args, ctx) =>
          ctx.db.handoffRun.findUniqueOrThrow({ ...query, where: { id: parent.runId } }),
      }),
      ...(extra?.(t) ?? {}),
    }),
  });

const CompleteSessionPayload = runPayload<{ runId: string; sessionId: string }>("CompleteSessionPayload", (t) => ({
  session: payloadSession(t),
}));
const GenerateHandoffPayload = runPayload<{ runId: string }>("GenerateHandoffPayload");
const RetryHandoffRunPayload = runPayload<{ runId: string }>("RetryHandoffRunPayload");

const CompleteSessionInput = builder.inputType("CompleteSessionInput", {
  fields: (t) => ({
    sessionId: t.globalID({ required: true, for: Session }),
    accomplishments: t.string(),
    blockers: t.string(),
    nextSteps: t.string(),
    creditsUsed: t.int(),
    generator: t.field({ type: GeneratorKind, description: "Default: MODEL when a model is configured, else RULES." }),
    idempotencyKey: t.string({ description: "Replaying a completion with the same key returns the same run." }),
  }),
});
const GenerateHandoffInput = builder.inputType("GenerateHandoffInput", {
  fields: (t) => ({
    projectId: t.globalID({ required: true, for: Project }),
    notes: t.string({ required: true }),
    generator: t.field({ type: GeneratorKind }),
  }),
});

const RECORD_MAX = 20_000;

builder.mutationFields((t) => ({
  completeSession: t.field({
    type: CompleteSessionPayload,
    description: "Stores the session's record and starts the handoff run that writes the next master handoff.",
    args: { input: t.arg({ type: CompleteSessionInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      completeSession(ctx, {
        sessionId: input.sessionId.id,
        accomplishments: text(input.accomplishments, "accomplishments", { max: RECORD_MAX }) || null,
        blockers: text(input.blockers, "blockers", { max: RECORD_MAX }) || null,
        nextSteps: text(input.nextSteps, "nextSteps", { max: RECORD_MAX }) || null,
        creditsUsed: nonNegativeInt(input.creditsUsed, "creditsUsed"),
        generator: input.generator ?? null,
        idempotencyKey: text(input.idempotencyKey, "idempotencyKey", { min: 1, max: 200 }),
      }),
  }),
  generateHandoff: t.field({
    type: GenerateHandoffPayload,
    description: "Writes a new master handoff version from pasted notes (no session needed).",
    args: { input: t.arg({ type: GenerateHandoffInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({
      runId: await generateFromNotes(ctx, {
        projectId: input.projectId.id,
        notes: requiredText(input.notes, "notes", 500_000),
        generator: input.generator ?? null,
      }),
    }),
  }),
  retryHandoffRun: t.field({
    type: RetryHandoffRunPayload,
    args: { id: t.arg.globalID({ required: true, for: HandoffRun }) },
    resolve: async (_root, { id }, ctx) => ({ runId: await retryRun(ctx, id.id) }),
  }),
}));

builder.queryField("handoffRun", (t) =>
  t.prismaField({
    type: "HandoffRun",
    nullable: true,
    args: { id: t.arg.globalID({ required: true, for: HandoffRun }) },
    resolve: (query, _root, { id }, ctx) =>
      ctx.db.handoffRun.findFirst({ ...query, where: { id: id.id, ownerId: ctx.requireViewer().id } }),
  }),
);

interface RunEvent {
  runId: string;
  stage: string;
  progress: number;
  message: string | null;
  delta: string | null;
}

const HandoffRunEvent = builder.objectRef<RunEvent>("HandoffRunEvent").implement({
  fields: (t) => ({
    run: t.prismaField({
      type: "HandoffRun",
      resolve: (query, event, _args, ctx) =>
        ctx.db.handoffRun.findUniqueOrThrow({ ...query, where: { id: event.runId } }),
    }),
    stage: t.exposeString("stage"),
    progress: t.exposeFloat("progress"),
    message: t.exposeString("message", { nullable: true }),
    delta: t.exposeString("delta", { nullable: true, description: "Text the model wrote since the previous event." }),
  }),
});

builder.subscriptionType({});
builder.subscriptionField("handoffRun", (t) =>
  t.field({
    type: HandoffRunEvent,
    description: "Progress of one run: the current state first, then every change; ends after SUCCEEDED or FAILED.",
    args: { id: t.arg.globalID({ required: true, for: HandoffRun }) },
    subscribe: (_root, { id }, ctx) => watchRun(ctx, id.id),
    resolve: (event: RunEvent) => event,
  }),
);

builder.prismaObjectField(Session, "latestRun", (t) =>
  t.prismaField({
    type: "HandoffRun",
    nullable: true,
    description: "The newest handoff run of this session (its completion's), if any.",
    resolve: (query, session, _args, ctx) =>
      ctx.db.handoffRun.findFirst({ ...query, where: { sessionId: session.id }, orderBy: { createdAt: "desc" } }),
  }),
);
