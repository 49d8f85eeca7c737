import type { KnowledgeSnippet, Ledger, LedgerItem, ProjectInfo } from "../types.ts";
import { archiveIndexTerms } from "./index-terms.ts";
import { byRank, shownInFull } from "./rank.ts";
import { itemLine, SECTION_ORDER, SECTION_TITLES, type SectionId, sectionOf } from "./sections.ts";
import type { TokenCounter } from "./tokens.ts";

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

interface Entry {
  id: string;
  section: SectionId;
  line: string;
  tokens: number;
}

const MAX_KNOWLEDGE_CHARS = 220;
// Share of the budget kept for the index of items not shown in full: their terms are the cheapest recall.
const INDEX_SHARE = 0.25;

function header(ledger: Ledger, project: ProjectInfo): string {
  const lines = [`# Handoff: ${project.name.trim() || "project"} (after session ${ledger.session})`];
  if (project.description?.trim()) lines.push("", project.description.trim().replace(/\s+/g, " "));
  lines.push(
    "",
    "You are continuing this project in a new session. This is the state carried over from earlier sessions.",
  );
  return lines.join("\n");
}

function knowledgeEntries(knowledge: KnowledgeSnippet[]): Array<{ id: string; line: string }> {
  return knowledge.map((k) => {
    const body = k.content.replace(/\s+/g, " ").trim();
    const first =
      body.length > MAX_KNOWLEDGE_CHARS ? `${body.slice(0, body.lastIndexOf(" ", MAX_KNOWLEDGE_CHARS))}…` : body;
    return { id: k.id, line: `- ${k.title.trim()}: ${first}` };
  });
}

function assemble(head: string, chosen: Entry[], indexLine: string): string {
  const parts = [head];
  for (const section of SECTION_ORDER) {
    const lines =
      section === "index"
        ? indexLine
          ? [indexLine]
          : []
        : chosen.filter((e) => e.section === section).map((e) => e.line);
    if (lines.length > 0) parts.push(`## ${SECTION_TITLES[section]}\n${lines.join("\n")}`);
  }
  return `${parts.join("\n\n")}\n`;
}

/**
 * Renders the ledger as the next session's first message, within `budget` tokens. Items are added in rank
 * order while they fit, whole lines only; what does not fit is listed by its key terms in the index.
 */
export function renderWith(ledger: Ledger, options: RenderOptions, counter: TokenCounter): RenderResult {
  const budget = Math.max(1, Math.floor(options.budget ?? DEFAULT_BUDGET));
  const session = ledger.session;
  const head = header(ledger, options.project);
  let used = counter.count(head) + 1;
  const chosen: Entry[] = [];
  const sectionsOpen = new Set<SectionId>();
  const tryAdd = (id: string, section: SectionId, line: string, reserve: number): boolean => {
    const tokens = counter.count(line) + 1;
    const sectionCost = sectionsOpen.has(section) ? 0 : counter.count(`## ${SECTION_TITLES[section]}`) + 2;
    if (used + tokens + sectionCost > budget - reserve) return false;
    used += tokens + sectionCost;
    sectionsOpen.add(section);
    chosen.push({ id, section, line, tokens });
    return true;
  };
  const reserve = Math.floor(budget * INDEX_SHARE);
  const eligible = byRank(
    ledger.items.filter((i) => shownInFull(i, session)),
    session,
  );
  const knowledge = knowledgeEntries(options.knowledge ?? []);
  // Knowledge entries rank like mid-priority notes: after the open work, before stale detail.
  let k = 0;
  for (const item of eligible) {
    while (k < knowledge.length && item.priority < 50 && !item.pinned) {
      const entry = knowledge[k++];
      if (entry) tryAdd(`knowledge:${entry.id}`, "knowledge", entry.line, reserve);
    }
    tryAdd(item.id, sectionOf(item), itemLine(item), reserve);
  }
  for (; k < knowledge.length; k++) {
    const entry = knowledge[k];
    if (entry) tryAdd(`knowledge:${entry.id}`, "knowledge", entry.line, reserve);
  }
  const shown = new Set(chosen.map((e) => e.id));
  const rest = byRank(
    ledger.items.filter((i: LedgerItem) => !shown.has(i.id) && i.status !== "SUPERSEDED"),
    session,
  );
  let indexLine = archiveIndexTerms(rest, budget - used - counter.count(`## ${SECTION_TITLES.index}`) - 3, counter);
  let prompt = assemble(head, chosen, indexLine);
  let tokenCount = counter.count(prompt);
  // Line counts are nearly additive; the final count is exact. Drop from the bottom until it fits.
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
