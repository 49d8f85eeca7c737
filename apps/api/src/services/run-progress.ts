// Progress of a handoff run, written to its row so any watcher on any isolate sees it (the subscription polls
// the row). Stage changes are written at once; progress and the model's streamed text at most every 250 ms.
import { sqlDate } from "../db.ts";

const MIN_INTERVAL_MS = 250;

export interface RunProgress {
  stage(stage: string, progress: number, message?: string): void;
  /** The model's text so far (the subscription turns its growth into `delta`s). */
  draft(text: string): void;
  /** Waits until every queued write has landed. */
  flush(): Promise<void>;
}

export function runProgress(d1: D1Database, runId: string): RunProgress {
  let chain: Promise<unknown> = Promise.resolve();
  let lastWrite = 0;
  let lastStage = "";
  let pending: { stage: string; progress: number; message: string | null; draft: string | null } | null = null;
  let current = { stage: "queued", progress: 0, message: null as string | null, draft: null as string | null };
  let timer: ReturnType<typeof setTimeout> | undefined;

  const write = () => {
    timer = undefined;
    if (!pending) return;
    const row = pending;
    pending = null;
    lastWrite = Date.now();
    chain = chain.then(() =>
      d1
        .prepare(
          `UPDATE "HandoffRun" SET "status" = 'RUNNING', "stage" = ?, "progress" = ?, "message" = ?, "draft" = ?,
             "updatedAt" = ? WHERE "id" = ? AND "status" IN ('QUEUED', 'RUNNING')`,
        )
        .bind(row.stage, row.progress, row.message, row.draft, sqlDate(), runId)
        .run(),
    );
  };
  const schedule = (urgent: boolean) => {
    pending = { ...current };
    if (urgent || Date.now() - lastWrite >= MIN_INTERVAL_MS) {
      if (timer) clearTimeout(timer);
      write();
    } else {
      timer ??= setTimeout(write, MIN_INTERVAL_MS - (Date.now() - lastWrite));
    }
  };

  return {
    stage(stage, progress, message) {
      current = {
        ...current,
        stage,
        progress: Math.max(current.progress, Math.min(1, progress)),
        message: message ?? current.message,
      };
      const changed = stage !== lastStage;
      lastStage = stage;
      schedule(changed);
    },
    draft(text) {
      current = { ...current, draft: text };
      schedule(false);
    },
    async flush() {
      if (timer) clearTimeout(timer);
      write();
      await chain;
    },
  };
}
