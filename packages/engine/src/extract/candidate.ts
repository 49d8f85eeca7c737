import { condense } from "../text/condense.ts";
import { extractTerms, type Term, termDensity, termKeys } from "../text/terms.ts";
import type { HandoffItemKind, HandoffItemStatus, LedgerItemOrigin, MessageRole } from "../types.ts";
import { STRONG_RULE } from "./classify.ts";

/** An item proposed by one piece of evidence in one session, before merging into the ledger. */
export interface Candidate {
  kind: HandoffItemKind;
  text: string;
  status: HandoffItemStatus;
  priority: number;
  ordinal: number;
  quote: string;
  keys: string[];
  origin: LedgerItemOrigin;
  mentions: number;
}

const KIND_BASE: Record<HandoffItemKind, number> = {
  GOAL: 58,
  CONSTRAINT: 52,
  BLOCKER: 52,
  DECISION: 46,
  TASK: 46,
  DEAD_END: 46,
  NOTE: 34,
  FILE: 32,
  COMMAND: 36,
};

const ROLE_BONUS: Record<MessageRole, number> = { USER: 20, ASSISTANT: 0, SYSTEM: -4, TOOL: -8 };

export const MAX_ITEM_CHARS = 200;
const VAGUE_PENALTY = 10;

/** Shortens text at a clause boundary (never mid-word); marks the cut with an ellipsis. */
export function shorten(text: string, max = MAX_ITEM_CHARS): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const window = clean.slice(0, max);
  const cut = Math.max(
    window.lastIndexOf("; "),
    window.lastIndexOf(" — "),
    window.lastIndexOf(" - "),
    window.lastIndexOf(", "),
    window.lastIndexOf(". "),
    window.lastIndexOf(": "),
  );
  const end = cut > max * 0.5 ? cut : window.lastIndexOf(" ");
  return `${clean.slice(0, end > 0 ? end : max).replace(/[\s,;:.—-]+$/, "")}…`;
}

export function quoteOf(text: string): string {
  const clean = text.replace(/\s+/g, " ").trim();
  return clean.length <= 160 ? clean : `${clean.slice(0, 157)}...`;
}

export interface CandidateContext {
  ordinal: number;
  role: MessageRole;
  /** Position of the evidence in the session, 0 (start) … 1 (end). */
  position: number;
  origin?: LedgerItemOrigin;
  /** Extra priority for evidence in an end-of-work summary, a checklist, etc. */
  bonus?: number;
  status?: HandoffItemStatus;
  terms?: Term[];
}

export function makeCandidate(kind: HandoffItemKind, rawText: string, ctx: CandidateContext): Candidate {
  const text = shorten(kind === "FILE" || kind === "COMMAND" ? rawText : condense(rawText));
  const terms = ctx.terms ?? extractTerms(text);
  // The end of a session holds the state to hand off: open work there matters most.
  const late = kind === "TASK" || kind === "BLOCKER" ? 16 * ctx.position ** 2 : 6 * ctx.position;
  const density = 1.6 * termDensity(terms);
  // Without names, paths or commands a statement helps a later reader only when it is an outright rule.
  const vague = density === 0 && !STRONG_RULE.test(text) ? VAGUE_PENALTY : 0;
  const lengthPenalty = text.length > 160 ? (text.length - 160) / 16 : text.length < 24 ? 6 : 0;
  const priority = KIND_BASE[kind] + ROLE_BONUS[ctx.role] + late + density + (ctx.bonus ?? 0) - lengthPenalty - vague;
  return {
    kind,
    text,
    status: ctx.status ?? "OPEN",
    priority: clamp(priority),
    ordinal: ctx.ordinal,
    quote: quoteOf(rawText),
    keys: termKeys(terms),
    origin: ctx.origin ?? "TRANSCRIPT",
    mentions: 1,
  };
}

export function clamp(priority: number): number {
  return Math.max(0, Math.min(100, Math.round(priority * 10) / 10));
}
