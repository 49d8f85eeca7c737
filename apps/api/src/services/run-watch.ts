// The live view of a run for `subscription handoffRun`: its row is polled (runs write progress there from
// whichever isolate executes them), and each change becomes an event. The model's growing draft turns into
// `delta`s. The stream ends after the final state, or when the watcher goes away.
import type { Context } from "../context.ts";
import { notFound } from "../errors.ts";
import { failIfStale, STALE_AFTER_MS } from "./stale-runs.ts";

const POLL_MS = 200;
// A watcher is never held open forever, even if a run were stuck.
const MAX_WATCH_MS = 15 * 60 * 1000;

interface Row {
  status: string;
  stage: string;
  progress: number;
  message: string | null;
  draft: string | null;
}

export async function* watchRun(ctx: Context, runId: string) {
  const ownerId = ctx.requireViewer().id;
  const read = () =>
    ctx.env.DB.prepare(
      `SELECT "status", "stage", "progress", "message", "draft" FROM "HandoffRun" WHERE "id" = ? AND "ownerId" = ?`,
    )
      .bind(runId, ownerId)
      .first<Row>();
  await failIfStale(ctx.env.DB, runId);
  let row = await read();
  if (!row) throw notFound("Handoff run");
  // A late subscriber first gets what the model already wrote, as one delta.
  let sent = 0;
  let last = "";
  const started = Date.now();
  let lastChange = started;
  for (;;) {
    const draft = row.draft ?? "";
    const key = `${row.status}|${row.stage}|${row.progress}|${row.message}|${draft.length}`;
    if (key !== last) {
      last = key;
      lastChange = Date.now();
      const delta = draft.length > sent ? draft.slice(sent) : null;
      sent = Math.max(sent, draft.length);
      yield { runId, stage: row.stage, progress: row.progress, message: row.message, delta };
    }
    if (row.status === "SUCCEEDED" || row.status === "FAILED") return;
    if (Date.now() - started > MAX_WATCH_MS) return;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    if (Date.now() - lastChange > STALE_AFTER_MS) await failIfStale(ctx.env.DB, runId);
    row = (await read()) ?? row;
  }
}
