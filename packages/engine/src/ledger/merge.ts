import type { Candidate } from "../extract/candidate.ts";
import type { StatusSignal } from "../extract/signals.ts";
import { normalizedKey } from "../text/normalize.ts";
import type { HandoffItemStatus, Ledger, LedgerItem } from "../types.ts";
import { archiveStale } from "./archive.ts";
import { retireDeleted } from "./deleted.ts";
import { itemId } from "./ids.ts";
import { ItemIndex } from "./match.ts";
import { mergeState, sameSubject } from "./state.ts";
import { applySignals, supersede } from "./status.ts";

export interface SessionEvidence {
  session: number;
  candidates: Candidate[];
  signals: StatusSignal[];
  /** Paths the session's tool calls deleted (touched.ts): their key-file items are superseded. */
  deleted?: string[];
}

export interface MergeResult {
  ledger: Ledger;
  /** Ids of the items this session created. */
  added: string[];
  /** Ids of the items this session closed (DONE, RESOLVED or SUPERSEDED). */
  closed: string[];
}

// Evidence seen again in a later session raises an item's priority a little: what keeps coming up matters.
const REPEAT_BOOST = 3;

export function emptyLedger(): Ledger {
  return { version: 1, session: 0, items: [], prompted: [] };
}

/**
 * Merges one session's evidence into the previous ledger. Nothing is deleted: items change status, get
 * archived, or merge with their duplicates. The input ledger is not modified.
 */
export function mergeSession(previous: Ledger | null, evidence: SessionEvidence): MergeResult {
  const base = previous ?? emptyLedger();
  const items = base.items.map((item) => ({ ...item, keys: [...item.keys] }));
  const index = new ItemIndex();
  for (const item of items) index.add(item);
  const taken = new Set(items.map((i) => i.id));
  const added: string[] = [];
  const closed = new Set<string>();
  const session = evidence.session;

  for (const candidate of evidence.candidates) {
    const match = index.find(candidate);
    if (match) {
      update(match, candidate, session, closed);
      continue;
    }
    const id = itemId(candidate.kind, normalizedKey(candidate.text), session, taken);
    taken.add(id);
    const item: LedgerItem = {
      id,
      kind: candidate.kind,
      text: candidate.text,
      status: candidate.status,
      pinned: false,
      priority: candidate.priority,
      sourceSession: session,
      sourceOrdinal: candidate.ordinal,
      quote: candidate.quote,
      archived: false,
      firstSession: session,
      lastSeenSession: session,
      origin: candidate.origin,
      edited: false,
      keys: candidate.keys,
      mentions: candidate.mentions,
    };
    if (candidate.status !== "OPEN") item.statusSession = session;
    items.push(item);
    index.add(item);
    added.push(id);
  }
  const fresh = new Set(added);
  for (const id of applySignals(items, evidence.signals, session, fresh)) closed.add(id);
  for (const id of supersede(items, session, fresh)) closed.add(id);
  for (const id of retireDeleted(items, evidence.deleted ?? [], session)) closed.add(id);
  archiveStale(items, session);
  return {
    ledger: { version: 1, session: Math.max(base.session, session), items, prompted: base.prompted },
    added,
    closed: [...closed],
  };
}

function update(item: LedgerItem, candidate: Candidate, session: number, closed: Set<string>): void {
  const laterSession = session > item.lastSeenSession;
  item.priority = Math.min(100, Math.max(item.priority, candidate.priority) + (laterSession ? REPEAT_BOOST : 0));
  item.mentions += candidate.mentions;
  item.lastSeenSession = Math.max(item.lastSeenSession, session);
  item.sourceSession = session;
  item.sourceOrdinal = candidate.ordinal;
  item.quote = candidate.quote;
  item.archived = false;
  if (candidate.origin === "RECORD") item.origin = "RECORD";
  const sameState = !item.edited && item.kind === candidate.kind && sameSubject(item.kind, item.text, candidate.text);
  if (sameState) {
    // The subject's state now: merged with what was known, newer names and values first to stay.
    item.text = mergeState(item, candidate.text);
    item.keys = stateKeys(item, candidate);
  } else {
    for (const key of candidate.keys) if (!item.keys.includes(key) && item.keys.length < 10) item.keys.push(key);
  }
  // A person's edit sticks; otherwise the denser wording wins.
  if (
    !item.edited &&
    !sameState &&
    candidate.keys.length > item.keys.length / 2 &&
    candidate.text.length < item.text.length * 1.5
  ) {
    if (candidate.keys.length >= countKeysIn(item.text, item.keys)) item.text = candidate.text;
  }
  const status = statusFor(item, candidate.status);
  if (status !== item.status && (item.statusSession ?? 0) <= session) {
    const closing = status !== "OPEN";
    // Re-opening needs evidence from a later session than the one that closed the item.
    if (closing || session > (item.statusSession ?? 0)) {
      item.status = status;
      item.statusSession = session;
      if (closing) closed.add(item.id);
      else closed.delete(item.id);
    }
  } else if (status === item.status && status !== "OPEN" && session > (item.statusSession ?? session)) {
    // A closed request that a later session takes up again was not settled then: this session's work on it
    // is what the next handoff reports ("Done" again, shown as this session's), not an archived old close.
    item.statusSession = session;
    closed.add(item.id);
  }
}

/** A request merged into a blocker ("fix the TS2307 error", done) resolves it; a fixed problem closes its task. */
function statusFor(item: LedgerItem, status: HandoffItemStatus): HandoffItemStatus {
  if (status === "DONE" && item.kind === "BLOCKER") return "RESOLVED";
  if (status === "RESOLVED" && item.kind !== "BLOCKER") return "DONE";
  return status;
}

/** The subject's key, then the newest terms the merged text still says (a dropped value's term goes). */
function stateKeys(item: LedgerItem, candidate: Candidate): string[] {
  const lower = item.text.toLowerCase();
  const [subject, ...rest] = item.keys;
  const terms = [...candidate.keys, ...rest].filter((k, i, all) => k !== subject && all.indexOf(k) === i);
  const kept = terms.filter((k) => lower.includes(k));
  return (subject === undefined ? kept : [subject, ...kept]).slice(0, 10);
}

function countKeysIn(text: string, keys: string[]): number {
  const lower = text.toLowerCase();
  return keys.filter((k) => lower.includes(k)).length;
}
