import { normalizedKey } from "../text/normalize.ts";
import { extractTerms, termKeys } from "../text/terms.ts";
import type { HandoffItemKind, HandoffItemStatus, Ledger, LedgerItem } from "../types.ts";
import { itemId } from "./ids.ts";

// Edits a person makes to the ledger (through the API): pin, rewrite, close, or add an item by hand.
// All return a new ledger; an edited item keeps its id and its text survives later merges.

export interface ItemPatch {
  text?: string;
  pinned?: boolean;
  status?: HandoffItemStatus;
  kind?: HandoffItemKind;
  priority?: number;
}

export function editItem(ledger: Ledger, id: string, patch: ItemPatch): Ledger {
  let found = false;
  const items = ledger.items.map((item): LedgerItem => {
    if (item.id !== id) return item;
    found = true;
    const next: LedgerItem = { ...item, keys: [...item.keys] };
    if (patch.text !== undefined && patch.text.trim() !== item.text) {
      next.text = patch.text.trim();
      next.edited = true;
      next.keys = termKeys(extractTerms(next.text));
    }
    if (patch.pinned !== undefined) next.pinned = patch.pinned;
    if (patch.kind !== undefined) next.kind = patch.kind;
    if (patch.priority !== undefined) next.priority = Math.max(0, Math.min(100, patch.priority));
    if (patch.status !== undefined && patch.status !== item.status) {
      next.status = patch.status;
      next.statusSession = ledger.session;
    }
    if (next.pinned) next.archived = false;
    return next;
  });
  if (!found) throw new Error(`No ledger item with id ${id}`);
  return { ...ledger, items };
}

/** Adds an item a person typed; it starts pinned unless told otherwise. */
export function addItem(
  ledger: Ledger,
  kind: HandoffItemKind,
  text: string,
  pinned = true,
): { ledger: Ledger; item: LedgerItem } {
  const clean = text.trim();
  const session = ledger.session;
  const id = itemId(kind, normalizedKey(clean), session, new Set(ledger.items.map((i) => i.id)));
  const item: LedgerItem = {
    id,
    kind,
    text: clean,
    status: "OPEN",
    pinned,
    priority: 90,
    sourceSession: session,
    sourceOrdinal: -1,
    quote: clean.slice(0, 160),
    archived: false,
    firstSession: session,
    lastSeenSession: session,
    origin: "USER",
    edited: true,
    keys: termKeys(extractTerms(clean)),
    mentions: 1,
  };
  return { ledger: { ...ledger, items: [...ledger.items, item] }, item };
}
