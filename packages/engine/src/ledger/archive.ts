import type { LedgerItem } from "../types.ts";

// Stale items move to the archive instead of vanishing: the prompt indexes them briefly, and any later
// mention brings them back (merge clears the flag).

/** Closed items stay visible for this many sessions after closing ("recently done"). */
const CLOSED_VISIBLE = 1;
/**
 * Open items not mentioned for this many sessions are archived; what describes the project rather than the work
 * in progress lasts twice as long. A task or a blocker nobody mentions for weeks was dropped or done; a decision,
 * a rule, a finding (a port, where data lives, a spec's quirk), a key file or the command that runs the tests
 * stays true until something changes it, and a quiet stretch of sessions spent elsewhere does not change it.
 */
const STALE_AFTER = 8;
/** Items this important (the user's own record, hand-made items) wait twice as long again. */
const KEEP_PRIORITY = 85;

export function archiveStale(items: LedgerItem[], session: number): void {
  for (const item of items) {
    if (item.pinned || item.archived) continue;
    if (item.status !== "OPEN") {
      if (session - (item.statusSession ?? item.lastSeenSession) > CLOSED_VISIBLE) item.archived = true;
      continue;
    }
    const idle = session - item.lastSeenSession;
    const durable = item.kind !== "TASK" && item.kind !== "BLOCKER";
    const limit = STALE_AFTER * (durable ? 2 : 1) * (item.priority >= KEEP_PRIORITY ? 2 : 1);
    if (idle >= limit) item.archived = true;
  }
}
