import type { HandoffItemKind, HandoffItemStatus, Ledger, LedgerItem } from "../src/types.ts";

let next = 0;

/** A ledger item with sensible defaults, for rendering and merge tests. */
export function item(kind: HandoffItemKind, text: string, extra: Partial<LedgerItem> = {}): LedgerItem {
  next++;
  return {
    id: `t${next}`,
    kind,
    text,
    status: "OPEN" as HandoffItemStatus,
    pinned: false,
    priority: 50,
    sourceSession: 1,
    sourceOrdinal: 0,
    quote: text.slice(0, 160),
    archived: false,
    firstSession: 1,
    lastSeenSession: 1,
    origin: "TRANSCRIPT",
    edited: false,
    keys: [],
    mentions: 1,
    ...extra,
  };
}

export function ledgerOf(items: LedgerItem[], session = 1): Ledger {
  return { version: 1, session, items, prompted: [] };
}
