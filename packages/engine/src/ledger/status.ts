import type { StatusSignal } from "../extract/signals.ts";
import { contentWords } from "../text/normalize.ts";
import { isErrorCode } from "../text/terms.ts";
import type { LedgerItem } from "../types.ts";

// Status changes from what a later session says: "X is done", "fixed X", "use Y instead of X".
// Conservative on purpose: wrongly closing an open item hides it, which is worse than keeping it open.

/**
 * Whether `text` names `key` as a whole term: "api" inside "rapid" or "user" inside "users_archive" is no
 * evidence about an item named by it.
 */
export function namesTerm(text: string, key: string): boolean {
  for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
    const before = text[at - 1] ?? " ";
    const after = text[at + key.length] ?? " ";
    if (!/[\w-]/.test(before) && !/\w/.test(after)) return true;
  }
  return false;
}

function keysIn(item: LedgerItem, text: string): number {
  let hit = 0;
  for (const key of item.keys) if (key.length >= 3 && namesTerm(text, key)) hit++;
  return hit;
}

function wordOverlap(itemWords: string[], text: string): number {
  if (itemWords.length === 0) return 0;
  let hit = 0;
  for (const word of itemWords) if (word.length >= 4 && text.includes(word)) hit++;
  return hit / itemWords.length;
}

/** Whether a signal sentence speaks about this item: its distinctive terms, or most of its words. */
function about(item: LedgerItem, words: string[], text: string): boolean {
  // "Fixed the TS2307 error": an error code names its problem on its own.
  if (item.keys.some((k) => isErrorCode(k) && namesTerm(text, k))) return true;
  const keys = keysIn(item, text);
  if (keys >= 2) return true;
  if (keys === 1 && (item.keys.length === 1 || wordOverlap(words, text) >= 0.4)) return true;
  return item.keys.length === 0 && wordOverlap(words, text) >= 0.6;
}

/** Closes OPEN tasks and blockers from earlier sessions that this session reports finished or fixed. */
export function applySignals(
  items: LedgerItem[],
  signals: StatusSignal[],
  session: number,
  fresh: Set<string>,
): string[] {
  const closed: string[] = [];
  for (const item of items) {
    if (item.status !== "OPEN" || item.pinned || fresh.has(item.id)) continue;
    if (item.kind !== "TASK" && item.kind !== "BLOCKER") continue;
    const words = contentWords(item.text);
    const signal = signals.find(
      (s) => (item.kind === "BLOCKER" ? s.kind === "RESOLVED" : true) && about(item, words, s.text),
    );
    if (!signal) continue;
    item.status = item.kind === "BLOCKER" ? "RESOLVED" : "DONE";
    item.statusSession = session;
    closed.push(item.id);
  }
  return closed;
}

const REPLACING =
  /\b(?:instead of|rather than|replac(?:e|es|ed|ing)|no longer|switch(?:ed|ing)? (?:away )?from|migrat(?:e|ed|ing) (?:away )?from|drop(?:ped|ping)?|remov(?:e|ed|ing))\b/i;

/**
 * A new decision that says it replaces something ("use Y instead of X") supersedes the older decisions
 * whose distinctive term X appears after that phrase.
 */
export function supersede(items: LedgerItem[], session: number, fresh: Set<string>): string[] {
  const closed: string[] = [];
  const replacing = items.filter((i) => fresh.has(i.id) && (i.kind === "DECISION" || i.kind === "CONSTRAINT"));
  for (const newer of replacing) {
    const cue = REPLACING.exec(newer.text);
    if (!cue) continue;
    const tail = newer.text.slice(cue.index).toLowerCase();
    for (const older of items) {
      if (older.kind !== "DECISION" || older.status !== "OPEN" || older.pinned || fresh.has(older.id)) continue;
      const replacedKey = older.keys.find((k) => k.length >= 3 && tail.includes(k));
      if (!replacedKey || newer.text.toLowerCase().indexOf(replacedKey) < cue.index) continue;
      older.status = "SUPERSEDED";
      older.statusSession = session;
      closed.push(older.id);
    }
  }
  return closed;
}
