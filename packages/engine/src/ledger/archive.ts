import type { LedgerItem } from "../types.ts";

// Stale items move to the archive instead of vanishing: the prompt indexes them briefly, and any later
// mention brings them back (merge clears the flag).

/** Closed items stay visible for this many sessions after closing ("recently done"). */
const CLOSED_VISIBLE = 1;
/** Open items not mentioned for this many sessions are archived; decisions, constraints and goals last twice as long. */
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
    const durable = item.kind === "DECISION" || item.kind === "CONSTRAINT" || item.kind === "GOAL";
    const limit = STALE_AFTER * (durable ? 2 : 1) * (item.priority >= KEEP_PRIORITY ? 2 : 1);
    if (idle >= limit) item.archived = true;
  }
}
