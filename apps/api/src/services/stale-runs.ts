// A run whose Worker was stopped mid-way (deploy, crash, the 30 s `waitUntil` limit) would stay RUNNING forever.
// Runs write progress at least at every stage, so one silent for this long has stopped: it is marked FAILED, which
// lets watchers finish and the person retry. Its batch never landed, so nothing half-written remains.
import { sqlDate } from "../db.ts";

export const STALE_AFTER_MS = 120_000;

export const STALE_ERROR =
  "Handoff generation failed: the run stopped without finishing (its worker was interrupted); the session and its messages are kept, so it can be retried";

/** Marks the run FAILED if it is QUEUED or RUNNING and has not written for STALE_AFTER_MS; true when it did. */
export async function failIfStale(d1: D1Database, runId: string): Promise<boolean> {
  const cutoff = sqlDate(new Date(Date.now() - STALE_AFTER_MS));
  const result = await d1
    .prepare(
      `UPDATE "HandoffRun" SET "status" = 'FAILED', "error" = ?, "message" = 'failed', "finishedAt" = ?, "updatedAt" = ?
       WHERE "id" = ? AND "status" IN ('QUEUED', 'RUNNING') AND "updatedAt" < ?`,
    )
    .bind(STALE_ERROR, sqlDate(), sqlDate(), runId, cutoff)
    .run();
  return result.meta.changes > 0;
}
