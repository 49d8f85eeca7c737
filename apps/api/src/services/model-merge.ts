// Folds a model's draft into the rule-built ledger: its items join (unless already there) as ordinary items,
// and its brief and state of things become prose that heads the prompt (see render.ts).
import { addItem, type Ledger } from "@baton/engine";
import type { ModelDraft } from "./model-writer.ts";

const normalized = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** Adds the draft's items the ledger does not already hold (not pinned, not marked as edited by a person). */
export function withDraftItems(ledger: Ledger, draft: ModelDraft): Ledger {
  const known = new Set(ledger.items.map((i) => normalized(i.text)));
  let next = ledger;
  for (const proposal of draft.items) {
    const key = normalized(proposal.text);
    if (!key || known.has(key)) continue;
    known.add(key);
    const result = addItem(next, proposal.kind, proposal.text, false);
    next = {
      ...result.ledger,
      items: result.ledger.items.map((i) =>
        i.id === result.item.id ? { ...i, origin: "TRANSCRIPT" as const, edited: false, priority: 65 } : i,
      ),
    };
  }
  return next;
}

export function proseOf(draft: ModelDraft): string {
  return `## Brief\n${draft.brief.replace(/\s+/g, " ")}\n\n## State of things\n${draft.state.trim()}\n`;
}
