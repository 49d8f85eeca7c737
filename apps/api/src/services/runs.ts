// Creating handoff runs. A completion writes the session's record and its run in one D1 batch, so a run never
// exists for a session that is not completed and a completed session always has its run.
import { sha256Hex } from "../auth/tokens.ts";
import type { Context } from "../context.ts";
import { newId, sqlDate } from "../db.ts";
import { badInput, conflict, notFound } from "../errors.ts";
import { processRun } from "./handoff-pipeline.ts";
import { modelConfigFor } from "./model-config.ts";
import { failIfStale } from "./stale-runs.ts";

type Generator = "RULES" | "MODEL";

export interface CompletionInput {
  sessionId: string;
  accomplishments: string | null;
  blockers: string | null;
  nextSteps: string | null;
  creditsUsed: number | null;
  generator: Generator | null;
  idempotencyKey: string | null;
}

/** MODEL when the viewer (or the server) has a model configured, else RULES. */
async function defaultGenerator(ctx: Context, ownerId: string, asked: Generator | null): Promise<Generator> {
  if (asked) return asked;
  return (await modelConfigFor(ctx.db, ctx.env, ownerId)) ? "MODEL" : "RULES";
}

/** Runs the pipeline after the response, so a watcher that disconnects does not stop it. */
export function startInBackground(ctx: Context, runId: string) {
  ctx.ctx.waitUntil(processRun(ctx.env, runId));
}

export async function completeSession(
  ctx: Context,
  input: CompletionInput,
): Promise<{ sessionId: string; runId: string }> {
  const ownerId = ctx.requireViewer().id;
  const session = await ctx.db.session.findFirst({
    where: { id: input.sessionId, ownerId },
    select: { id: true, status: true, projectId: true },
  });
  if (!session) throw notFound("Session");
  const digest = await sha256Hex(JSON.stringify({ ...input, idempotencyKey: null }));
  if (input.idempotencyKey) {
    const existing = await ctx.db.handoffRun.findUnique({
      where: { ownerId_idempotencyKey: { ownerId, idempotencyKey: input.idempotencyKey } },
      select: { id: true, inputDigest: true, sessionId: true },
    });
    if (existing) {
      if (existing.inputDigest !== digest || existing.sessionId !== session.id) {
        throw conflict("This idempotencyKey was already used with other input: use a new key for a new request.");
      }
      return { sessionId: session.id, runId: existing.id };
    }
  }
  if (session.status !== "ACTIVE")
    throw badInput(`This session is already ${session.status.toLowerCase()}.`, "sessionId");

  const generator = await defaultGenerator(ctx, ownerId, input.generator);
  const runId = newId();
  const now = sqlDate();
  const [update] = await ctx.env.DB.batch([
    ctx.env.DB.prepare(
      `UPDATE "Session" SET "status" = 'COMPLETED', "completedAt" = ?, "accomplishments" = ?, "blockers" = ?,
         "nextSteps" = ?, "creditsUsed" = ? WHERE "id" = ? AND "status" = 'ACTIVE'`,
    ).bind(now, input.accomplishments, input.blockers, input.nextSteps, input.creditsUsed, session.id),
    // Only the request whose update completed the session (same completedAt) creates the run.
    ctx.env.DB.prepare(
      `INSERT INTO "HandoffRun" ("id", "ownerId", "projectId", "sessionId", "status", "stage", "progress",
         "generatorKind", "idempotencyKey", "inputDigest", "createdAt", "updatedAt")
       SELECT ?, ?, "projectId", "id", 'QUEUED', 'queued', 0, ?, ?, ?, ?, ? FROM "Session"
       WHERE "id" = ? AND "status" = 'COMPLETED' AND "completedAt" = ? AND changes() = 1`,
    ).bind(runId, ownerId, generator, input.idempotencyKey, digest, now, now, session.id, now),
    ctx.env.DB.prepare(`UPDATE "Project" SET "updatedAt" = ? WHERE "id" = ?`).bind(now, session.projectId),
  ]);
  if (!update?.meta.changes) {
    // A concurrent completion won; with the same key it is this request's replay.
    if (input.idempotencyKey) return completeSession(ctx, input);
    throw badInput("This session was completed meanwhile.", "sessionId");
  }
  startInBackground(ctx, runId);
  return { sessionId: session.id, runId };
}

export async function generateFromNotes(
  ctx: Context,
  input: { projectId: string; notes: string; generator: Generator | null },
): Promise<string> {
  const ownerId = ctx.requireViewer().id;
  const project = await ctx.db.project.findFirst({ where: { id: input.projectId, ownerId }, select: { id: true } });
  if (!project) throw notFound("Project");
  const run = await ctx.db.handoffRun.create({
    data: {
      id: newId(),
      ownerId,
      projectId: project.id,
      notes: input.notes,
      generatorKind: await defaultGenerator(ctx, ownerId, input.generator),
    },
  });
  startInBackground(ctx, run.id);
  return run.id;
}

/** Puts a FAILED run back in the queue; the session and its messages were kept, so nothing is re-entered. */
export async function retryRun(ctx: Context, runId: string): Promise<string> {
  const ownerId = ctx.requireViewer().id;
  await failIfStale(ctx.env.DB, runId);
  const { count } = await ctx.db.handoffRun.updateMany({
    where: { id: runId, ownerId, status: "FAILED" },
    data: {
      status: "QUEUED",
      stage: "queued",
      progress: 0,
      error: null,
      message: "retrying",
      draft: null,
      finishedAt: null,
    },
  });
  if (count === 0) {
    const run = await ctx.db.handoffRun.findFirst({ where: { id: runId, ownerId }, select: { status: true } });
    if (!run) throw notFound("Handoff run");
    throw badInput(`Only a failed run can be retried; this one is ${run.status.toLowerCase()}.`, "id");
  }
  startInBackground(ctx, runId);
  return runId;
}
