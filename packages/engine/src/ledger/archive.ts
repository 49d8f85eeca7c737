import type { LedgerItem } from "../types.ts";

// Stale items move to the archive instead of vanishing: the prompt indexes them briefly, and any later
// mention brings them back (merge clears the flag).

/** Closed items stay visible for this many sessions after closing ("recently done"). */
const CLOSED_VISIBLE = 1;
/** Open items not mentioned for this many sessions are archived, unless their priority is high. */
const STALE_AFTER = 8;
const KEEP_PRIORITY = 70;

export function archiveStale(items: LedgerItem[], session: number): void {
  for (const item of items) {
    if (item.pinned || item.archived) continue;
    if (item.status !== "OPEN") {
      if (session - (item.statusSession ?? item.lastSeenSession) > CLOSED_VISIBLE) item.archived = true;
      continue;
    }
    const idle = session - item.lastSeenSession;
    if (idle >= STALE_AFTER && item.priority < KEEP_PRIORITY) item.archived = true;
  }
}
