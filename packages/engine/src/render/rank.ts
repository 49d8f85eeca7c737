import type { LedgerItem } from "../types.ts";

// Which items the prompt shows first when the budget is short. Pinned items always come first; then
// priority, lowered for items not mentioned lately and for items already closed.

const PINNED = 1000;
const DECAY_PER_SESSION = 2;
const MAX_DECAY = 18;
const CLOSED_PENALTY = 28;
const GOAL_BONUS = 20;
const NOTE_BONUS = 15;

export function rankScore(item: LedgerItem, session: number): number {
  if (item.pinned) return PINNED + item.priority;
  let score = item.priority;
  // Decisions, goals and files stay true until superseded or deleted: they fade slower than tasks and notes.
  const durable = item.kind === "DECISION" || item.kind === "GOAL" || item.kind === "FILE";
  const idle = Math.max(0, session - item.lastSeenSession);
  // A rule stays a rule until someone lifts it: constraints do not fade.
  const decay = item.kind === "CONSTRAINT" ? 0 : durable ? DECAY_PER_SESSION / 2 : DECAY_PER_SESSION;
  score -= Math.min(MAX_DECAY, idle * decay);
  if (item.status !== "OPEN") score -= CLOSED_PENALTY;
  // The project's goal frames everything else: it opens the prompt whenever it is known.
  else if (item.kind === "GOAL") score += GOAL_BONUS;
  // A note is a finding (a port, a version pin, where data lives, why something broke): the next session cannot
  // read it from the code and would have to re-discover it, so it ranks with decisions rather than below them.
  else if (item.kind === "NOTE") score += NOTE_BONUS;
  // A user's request that the session went on from is history, not state: shown only when room is left.
  if (item.kind === "TASK" && item.status === "DONE" && item.origin === "TRANSCRIPT") score -= 20;
  return score;
}

/** Items eligible for the prompt's main sections: not archived, and closed ones only from this session. */
export function shownInFull(item: LedgerItem, session: number): boolean {
  if (item.pinned) return true;
  if (item.archived || item.status === "SUPERSEDED") return false;
  if (item.status !== "OPEN") return (item.statusSession ?? 0) >= session;
  return true;
}

export function byRank(items: LedgerItem[], session: number): LedgerItem[] {
  const scored = items.map((item) => ({ item, score: rankScore(item, session) }));
  scored.sort(
    (a, b) => b.score - a.score || b.item.lastSeenSession - a.item.lastSeenSession || (a.item.id < b.item.id ? -1 : 1),
  );
  return scored.map((s) => s.item);
}
