// Runs one handoff run to its end: load the conversation and the previous ledger, build with the engine, let a
// model write if asked, and land the new version, its items and the run's success in one D1 batch. Runs of a
// project are serialised by that batch's guard: a run that built on a version someone else superseded
// meanwhile rebuilds on the newer one, so versions are 1..N and each parent is the previous version.
import {
  buildHandoffWith,
  DEFAULT_BUDGET,
  loadTokenCounter,
  parseTranscript,
  type TranscriptMessage,
  TranscriptParseError,
} from "@baton/engine";
import { newId, prismaFor, sqlDate } from "../db.ts";
import type { Env } from "../env.ts";
import { fileStatements } from "./files.ts";
import { knowledgeUseStatements, relevantKnowledge } from "./knowledge.ts";
import { handoffStatements, loadLatestHandoff } from "./ledger-store.ts";
import { modelConfigFor } from "./model-config.ts";
import { proseOf, withDraftItems } from "./model-merge.ts";
import { type ModelDraft, ModelFailure, writeWithModel } from "./model-writer.ts";
import { openWork, renderHandoff } from "./render.ts";
import { runProgress } from "./run-progress.ts";
import { loadSessionMessages } from "./transcript-store.ts";

const MAX_ATTEMPTS = 4;

/** What the "AI handoff" flow was given: a pasted conversation in any format the parsers know is read as that
 * conversation (so who said what still counts); free-text notes are one message from the user. */
function notesAsMessages(notes: string | null): TranscriptMessage[] {
  if (!notes) return [];
  try {
    return parseTranscript(notes, "AUTO").messages;
  } catch (error) {
    if (!(error instanceof TranscriptParseError)) throw error;
    return [{ role: "USER", content: notes }];
  }
}

/** The entries the prompt actually shows (the budget may have left some out): those count as used. */
const shownKnowledge = (prompt: string, knowledge: { id: string; title: string }[]) =>
  knowledge.filter((k) => prompt.includes(k.title.trim())).map((k) => k.id);

async function latestVersion(d1: D1Database, projectId: string): Promise<number> {
  const row = await d1
    .prepare(`SELECT COALESCE(MAX("version"), 0) AS v FROM "Handoff" WHERE "projectId" = ?`)
    .bind(projectId)
    .first<{ v: number }>();
  return row?.v ?? 0;
}

export async function processRun(env: Env, runId: string): Promise<void> {
  const d1 = env.DB;
  const db = prismaFor(d1);
  const run = await db.handoffRun.findUnique({ where: { id: runId }, include: { project: true, session: true } });
  if (run?.status !== "QUEUED") return;
  const progress = runProgress(d1, runId);
  try {
    progress.stage("parsing", 0.02, run.session ? `loading session ${run.session.number}` : "reading the notes");
    const messages = run.session ? await loadSessionMessages(d1, run.session.id) : notesAsMessages(run.notes);
    const record = run.session
      ? {
          objectives: run.session.objectives ?? undefined,
          accomplishments: run.session.accomplishments ?? undefined,
          blockers: run.session.blockers ?? undefined,
          nextSteps: run.session.nextSteps ?? undefined,
        }
      : undefined;
    const project = { name: run.project.name, description: run.project.description ?? undefined };
    const budget = run.project.handoffBudget ?? DEFAULT_BUDGET;
    const counter = await loadTokenCounter();
    const wantsModel = run.generatorKind === "MODEL";
    const modelConfig = wantsModel ? await modelConfigFor(db, env, run.ownerId) : null;
    const share = wantsModel ? 0.45 : 0.9;
    let draft: ModelDraft | null = null;
    let fallbackReason: string | null = wantsModel && !modelConfig ? "no model is configured" : null;

    for (let attempt = 1; ; attempt++) {
      const previous = await loadLatestHandoff(d1, run.projectId);
      const sessionNumber = run.session?.number ?? Math.max(previous?.ledger.session ?? 0, run.project.sessionCounter);
      const built = buildHandoffWith(
        {
          project,
          previous: previous?.ledger ?? null,
          session: { number: sessionNumber, messages, record },
          budget,
          onProgress: (stage, value, message) => progress.stage(stage, 0.05 + value * share, message),
        },
        counter,
      );
      const knowledge = await relevantKnowledge(db, run.ownerId, run.projectId, openWork(built.ledger));
      if (modelConfig && !draft && !fallbackReason) {
        progress.stage("writing", 0.5, `${modelConfig.model} is writing`);
        try {
          draft = await writeWithModel(modelConfig, { project, ledger: built.ledger, messages }, (text) => {
            progress.draft(text);
            progress.stage("writing", Math.min(0.9, 0.5 + text.length / 8000));
          });
        } catch (error) {
          if (!(error instanceof ModelFailure)) throw error;
          fallbackReason = error.message;
          progress.stage("writing", 0.9, `falling back to the rules: ${error.message}`);
        }
      }
      const result =
        draft || knowledge.length
          ? renderHandoff(
              {
                previous: previous?.ledger ?? null,
                ledger: draft ? withDraftItems(built.ledger, draft) : built.ledger,
                project,
                budget,
                knowledge,
                prose: draft ? proseOf(draft) : null,
              },
              counter,
            )
          : built;
      progress.stage("saving", 0.95, `saving version ${(previous?.version ?? 0) + 1}`);
      await progress.flush();
      const handoffId = newId();
      const statements = [
        ...handoffStatements(d1, {
          id: handoffId,
          ownerId: run.ownerId,
          projectId: run.projectId,
          parent: previous ? { id: previous.id, version: previous.version } : null,
          sessionId: run.sessionId,
          prompt: result.prompt,
          tokenCount: result.tokenCount,
          budget,
          generator: draft
            ? { kind: "MODEL", model: modelConfig?.model ?? null, fallbackReason: null }
            : { kind: "RULES", model: null, fallbackReason },
          fidelity: result.fidelity,
          ledger: result.ledger,
        }),
        ...knowledgeUseStatements(d1, shownKnowledge(result.prompt, knowledge)),
        ...(run.sessionId
          ? fileStatements(
              d1,
              run.projectId,
              run.sessionId,
              built.files.map((f) => ({ ...f, source: "TRANSCRIPT" as const })),
            )
          : []),
        d1
          .prepare(
            `UPDATE "HandoffRun" SET "status" = 'SUCCEEDED', "stage" = 'done', "progress" = 1, "handoffId" = ?,
               "message" = ?, "updatedAt" = ?, "finishedAt" = ? WHERE "id" = ? AND EXISTS (SELECT 1 FROM "Handoff" WHERE "id" = ?)`,
          )
          .bind(handoffId, `version ${(previous?.version ?? 0) + 1} written`, sqlDate(), sqlDate(), runId, handoffId),
      ];
      try {
        const results = await d1.batch(statements);
        if (results[0]?.meta.changes) return;
      } catch (error) {
        if ((await latestVersion(d1, run.projectId)) === (previous?.version ?? 0)) throw error;
      }
      if (attempt >= MAX_ATTEMPTS)
        throw new RunError("other handoffs of this project kept landing first; retry the run");
      progress.stage("merging", 0.5, "another handoff landed first: merging on top of it");
    }
  } catch (error) {
    await progress.flush().catch(() => {});
    await markFailed(d1, runId, error);
  }
}

/** A failure whose message is meant for the person watching the run. */
class RunError extends Error {
  override name = "RunError";
}

async function markFailed(d1: D1Database, runId: string, error: unknown) {
  // The stored error is shown to the user: readable, and free of internals (those go to the Worker's log).
  let message = "an unexpected error stopped it; the session and its messages are kept, so the run can be retried";
  if (error instanceof RunError) message = error.message;
  else console.error(`handoff run ${runId} failed`, error);
  await d1
    .prepare(
      `UPDATE "HandoffRun" SET "status" = 'FAILED', "error" = ?, "message" = ?, "updatedAt" = ?, "finishedAt" = ?
       WHERE "id" = ? AND "status" IN ('QUEUED', 'RUNNING')`,
    )
    .bind(`Handoff generation failed: ${message.slice(0, 500)}`, "failed", sqlDate(), sqlDate(), runId)
    .run();
}
