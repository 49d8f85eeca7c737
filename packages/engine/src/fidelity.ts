import { groupedLine } from "./render/file-groups.ts";
import { shownItem } from "./render/sections.ts";
import type { HandoffFidelity, Ledger, LedgerItem } from "./types.ts";

/** Items at or above this priority (and pinned ones) are the ones a handoff must not lose. */
export const HIGH_PRIORITY = 60;

export interface FidelityInput {
  previous: Ledger | null;
  ledger: Ledger;
  prompt: string;
  included: readonly string[];
  added: readonly string[];
  closed: readonly string[];
}

/**
 * What a handoff kept and lost. score: share of still-open, high-priority (or pinned) items whose text the
 * rendered prompt actually contains. carried: items from earlier sessions the prompt shows. added: items
 * this session created. resolved: items this session closed. dropped: items the previous prompt showed that
 * are still open but this prompt does not show in full (archived or cut by the budget).
 */
export function measureFidelity(input: FidelityInput): HandoffFidelity {
  const included = new Set(input.included);
  const added = new Set(input.added);
  const mustKeep = input.ledger.items.filter(
    (i) => i.status === "OPEN" && !i.archived && (i.pinned || i.priority >= HIGH_PRIORITY),
  );
  // An item may be shown inside its group's line (a key file by its base name; render/file-groups.ts).
  const shows = (stored: LedgerItem): boolean => {
    const i = shownItem(stored, input.ledger.session);
    return (
      input.prompt.includes(i.text.replace(/\s+/g, " ").trim()) ||
      input.prompt.includes(groupedLine(i)?.short ?? "\u0000")
    );
  };
  const kept = mustKeep.filter((i) => included.has(i.id) && shows(i));
  const byId = new Map(input.ledger.items.map((i) => [i.id, i]));
  const dropped = (input.previous?.prompted ?? []).filter((id) => {
    const item = byId.get(id);
    return item !== undefined && item.status === "OPEN" && !included.has(id);
  });
  return {
    score: mustKeep.length === 0 ? 1 : Math.round((kept.length / mustKeep.length) * 1000) / 1000,
    carried: input.included.filter((id) => !added.has(id)).length,
    added: input.added.length,
    resolved: input.closed.length,
    dropped: dropped.length,
  };
}
