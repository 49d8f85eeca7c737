// Editing a ledger item of the master handoff: what a person may change, checked before the API sees it.

export const ITEM_KINDS = [
  "GOAL",
  "DECISION",
  "CONSTRAINT",
  "TASK",
  "BLOCKER",
  "DEAD_END",
  "FILE",
  "COMMAND",
  "NOTE",
] as const;
export const ITEM_STATUSES = ["OPEN", "DONE", "RESOLVED", "SUPERSEDED"] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
export type ItemStatus = (typeof ITEM_STATUSES)[number];
/** The API's limit (requiredText(…, 2000) in apps/api/src/schema/lineage.ts). */
export const ITEM_TEXT_MAX = 2000;

export interface EditableItem {
  text: string;
  kind: ItemKind;
  status: ItemStatus;
}

export type ItemPatch = Partial<EditableItem>;

export type PatchResult = { ok: true; patch: ItemPatch } | { ok: false; message: string };

/** Only what the person changed, so an unchanged text is not marked as edited (which would freeze it). */
export function itemPatch(item: EditableItem, draft: EditableItem): PatchResult {
  const text = draft.text.trim();
  if (text === "") return { ok: false, message: "Write the item's text, or drop the item instead." };
  if (text.length > ITEM_TEXT_MAX) {
    return {
      ok: false,
      message: `Keep the text under ${ITEM_TEXT_MAX.toLocaleString("en")} characters (it has ${text.length.toLocaleString("en")}).`,
    };
  }
  const patch: ItemPatch = {};
  if (text !== item.text) patch.text = text;
  if (draft.kind !== item.kind) patch.kind = draft.kind;
  if (draft.status !== item.status) patch.status = draft.status;
  return { ok: true, patch };
}

export const isEmptyPatch = (patch: ItemPatch) => Object.keys(patch).length === 0;

/** Told after each edit, since the prompt is rewritten from the ledger and its size changes with it. */
export function rerenderNotice(what: string, before: number, after: number): string {
  const tokens = after.toLocaleString("en");
  const change = after === before ? "unchanged" : `was ${before.toLocaleString("en")}`;
  return `${what} The master prompt was re-rendered: ${tokens} tokens (${change}).`;
}
