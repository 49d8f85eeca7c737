import type { KnowledgeSnippet, Ledger, LedgerItem, ProjectInfo } from "../types.ts";
import { groupLines } from "./file-groups.ts";
import { archiveIndexTerms, type IndexLine } from "./index-terms.ts";
import { lineOptions } from "./options.ts";
import { byRank } from "./rank.ts";
import { SECTION_ORDER, SECTION_TITLES, type SectionId } from "./sections.ts";
import { type Option, selectLines } from "./select.ts";
import { memoized, type TokenCounter } from "./tokens.ts";

export const DEFAULT_BUDGET = 2000;

export interface RenderOptions {
  project: ProjectInfo;
  /** Maximum Llama 3 tokens of the prompt (default 2,000). */
  budget?: number;
  knowledge?: KnowledgeSnippet[];
}

export interface RenderResult {
  prompt: string;
  tokenCount: number;
  /** Ids of the ledger items the prompt shows in full. */
  included: string[];
}

type Entry = Pick<Option, "id" | "section" | "line" | "tokens" | "rank" | "group" | "short">;

// Share of the budget kept for the index of items not shown in full: their terms are the cheapest recall.
const INDEX_SHARE = 0.25;
/** Selection passes: a short index hands its unused share back to whole lines (at most twice). */
const REFILLS = 3;
/** Spare tokens worth another selection pass. */
const MIN_REFILL = 24;

function header(ledger: Ledger, project: ProjectInfo): string {
  // Session 0 is a ledger built from pasted notes before any session was recorded: there is no "after".
  const after = ledger.session > 0 ? ` (after session ${ledger.session})` : "";
  const lines = [`# Handoff: ${project.name.trim() || "project"}${after}`];
  if (project.description?.trim()) lines.push("", project.description.trim().replace(/\s+/g, " "));
  lines.push(
    "",
    "You are continuing this project in a new session. This is the state carried over from earlier sessions.",
  );
  return lines.join("\n");
}

function assemble(head: string, chosen: Entry[], indexLine: string): string {
  const parts = [head];
  for (const section of SECTION_ORDER) {
    const lines =
      section === "index" ? (indexLine ? [indexLine] : []) : groupLines(chosen.filter((e) => e.section === section));
    if (lines.length > 0) parts.push(`## ${SECTION_TITLES[section]}\n${lines.join("\n")}`);
  }
  return `${parts.join("\n\n")}\n`;
}

/**
 * Renders the ledger as the next session's first message, within `budget` tokens. Whole lines only, chosen by
 * rank per token and what they add (select.ts), shown by rank within each section; what does not fit is listed
 * by its key terms in the index.
 */
export function renderWith(ledger: Ledger, options: RenderOptions, exact: TokenCounter): RenderResult {
  const counter = memoized(exact);
  const budget = Math.max(1, Math.floor(options.budget ?? DEFAULT_BUDGET));
  const head = header(ledger, options.project);
  const titleCosts = new Map(SECTION_ORDER.map((s) => [s, counter.count(`## ${SECTION_TITLES[s]}`) + 2]));
  const { options: lines, groupHeads } = lineOptions(ledger, options.knowledge ?? [], counter);
  const titleCost = (heading: string): number => titleCosts.get(heading as SectionId) ?? groupHeads.get(heading) ?? 0;
  const indexTitle = counter.count(`## ${SECTION_TITLES.index}`) + 3;
  const index = (chosen: Entry[], body: string, room: number): IndexLine => {
    const shown = new Set(chosen.map((e) => e.id));
    const rest = ledger.items.filter((i: LedgerItem) => !shown.has(i.id) && i.status !== "SUPERSEDED");
    return archiveIndexTerms(byRank(rest, ledger.session), room, counter, body.toLowerCase());
  };
  let room = budget - Math.floor(budget * INDEX_SHARE) - counter.count(head) - 1;
  let chosen: Entry[] = [];
  let indexLine: IndexLine = { line: "", tokens: 0 };
  for (let pass = 0; pass < REFILLS; pass++) {
    chosen = selectLines(lines, room, titleCost).sort((a, b) => b.rank - a.rank);
    // What the chosen lines take once assembled (grouped file lines are shorter than their parts): exact.
    const body = assemble(head, chosen, "");
    const indexRoom = budget - counter.count(body) - indexTitle;
    indexLine = index(chosen, body, indexRoom);
    // The index keeps its share only while it has terms to list: room it leaves goes back to whole lines.
    const spare = indexRoom - counter.count(indexLine.line);
    if (spare < MIN_REFILL || chosen.length === lines.length) break;
    room += spare - MIN_REFILL / 2;
  }
  return fitToBudget(head, chosen, indexLine, budget, counter, (body, room) => index(chosen, body, room));
}

/** Line counts are nearly additive; the final count is exact. Shrink the index, then drop lines from the bottom. */
function fitToBudget(
  head: string,
  chosen: Entry[],
  index: IndexLine,
  budget: number,
  counter: TokenCounter,
  reindex: (body: string, room: number) => IndexLine,
): RenderResult {
  let indexLine = index.line;
  let prompt = assemble(head, chosen, indexLine);
  let tokenCount = counter.count(prompt);
  if (tokenCount > budget && indexLine) {
    const body = assemble(head, chosen, "");
    indexLine = reindex(body, index.tokens - (tokenCount - budget) - 2).line;
    prompt = assemble(head, chosen, indexLine);
    tokenCount = counter.count(prompt);
  }
  while (tokenCount > budget && (indexLine || chosen.length > 0)) {
    if (indexLine) indexLine = "";
    else chosen.pop();
    prompt = assemble(head, chosen, indexLine);
    tokenCount = counter.count(prompt);
  }
  if (tokenCount > budget) {
    prompt = "";
    tokenCount = 0;
  }
  return { prompt, tokenCount, included: chosen.filter((e) => !e.id.startsWith("knowledge:")).map((e) => e.id) };
}
