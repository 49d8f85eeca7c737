import { contentWords, jaccard, normalizedKey } from "../text/normalize.ts";
import { isErrorCode } from "../text/terms.ts";
import type { HandoffItemKind, LedgerItem } from "../types.ts";
import { filePath, samePath, stateSubject } from "./state.ts";

// Finds the ledger item a new piece of evidence is about: the same text, mostly the same words, or the
// same distinctive terms. Kinds that describe one fact from different angles may match each other.

const COMPATIBLE: Record<HandoffItemKind, HandoffItemKind[]> = {
  GOAL: ["GOAL"],
  DECISION: ["DECISION", "CONSTRAINT", "NOTE"],
  CONSTRAINT: ["CONSTRAINT", "DECISION"],
  TASK: ["TASK", "BLOCKER"],
  BLOCKER: ["BLOCKER", "TASK"],
  DEAD_END: ["DEAD_END"],
  FILE: ["FILE"],
  COMMAND: ["COMMAND"],
  NOTE: ["NOTE", "DECISION"],
};

const PROBLEM_KINDS = new Set<HandoffItemKind>(["BLOCKER", "TASK"]);

export interface Matchable {
  kind: HandoffItemKind;
  text: string;
  keys: string[];
}

/** Precomputed word sets so matching a session against the ledger stays cheap. */
export class ItemIndex {
  private readonly entries: Array<{ item: LedgerItem; words: Set<string>; norm: string }> = [];
  private readonly byNorm = new Map<string, LedgerItem>();
  /** State lines by their subject: a newer state of the subject is the same item, however much it changed. */
  private readonly bySubject = new Map<string, LedgerItem>();

  add(item: LedgerItem): void {
    const norm = `${item.kind}:${normalizedKey(item.text)}`;
    this.entries.push({ item, words: new Set(contentWords(item.text)), norm });
    if (!this.byNorm.has(norm)) this.byNorm.set(norm, item);
    const subject = stateSubject(item.kind, item.text);
    if (subject && !item.edited && !this.bySubject.has(subject)) this.bySubject.set(subject, item);
  }

  find(candidate: Matchable): LedgerItem | undefined {
    const exact = this.byNorm.get(`${candidate.kind}:${normalizedKey(candidate.text)}`);
    if (exact) return exact;
    const subject = stateSubject(candidate.kind, candidate.text);
    const current = subject ? this.bySubject.get(subject) : undefined;
    if (current) return current;
    const words = new Set(contentWords(candidate.text));
    const kinds = COMPATIBLE[candidate.kind];
    let best: LedgerItem | undefined;
    let bestScore = 0;
    for (const { item, words: itemWords } of this.entries) {
      if (!kinds.includes(item.kind)) continue;
      const score = similarity(candidate, words, item, itemWords);
      if (score > bestScore) {
        best = item;
        bestScore = score;
      }
    }
    return bestScore >= 1 ? best : undefined;
  }
}

/** ≥ 1 means "the same fact". */
function similarity(candidate: Matchable, words: Set<string>, item: LedgerItem, itemWords: Set<string>): number {
  if (candidate.kind === "FILE" || candidate.kind === "COMMAND") {
    if (candidate.keys[0] !== undefined && candidate.keys[0] === item.keys[0]) return 2;
    // One file named from two directories is one key file.
    return candidate.kind === "FILE" && samePath(filePath(candidate.text), filePath(item.text)) ? 1 : 0;
  }
  const overlap = jaccard(words, itemWords);
  const shared = candidate.keys.filter((k) => item.keys.includes(k));
  const sharedKeys = shared.length;
  // Problems and the work on them are named by their error code ("TS2307"), however the sentence goes.
  if (PROBLEM_KINDS.has(candidate.kind) && PROBLEM_KINDS.has(item.kind) && shared.some(isErrorCode)) return 2;
  const sameKind = candidate.kind === item.kind;
  // Same wording about different things ("document --flag-1" vs "document --flag-2") is not a duplicate.
  if (candidate.keys.length > 0 && item.keys.length > 0 && sharedKeys === 0) return 0;
  if (overlap >= (sameKind ? 0.6 : 0.75)) return overlap / 0.6;
  // Shared secondary terms ("README.md") do not make two items one when their main identifiers differ
  // ("document --flag-1 in README.md" vs "document --flag-2 in README.md").
  const sameSubject = shared.includes(candidate.keys[0] ?? "") || shared.includes(item.keys[0] ?? "");
  if (sameKind && sharedKeys >= 2 && sameSubject && overlap >= 0.3) return 1 + overlap;
  return 0;
}
