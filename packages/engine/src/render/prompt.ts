import type { KnowledgeSnippet, Ledger, LedgerItem, ProjectInfo } from "../types.ts";
import { fileLine, groupFileLines } from "./file-groups.ts";
import { archiveIndexTerms } from "./index-terms.ts";
import { byRank, rankScore, shownInFull } from "./rank.ts";
import { itemLine, SECTION_ORDER, SECTION_TITLES, type SectionId, sectionOf } from "./sections.ts";
import { type Option, selectLines } from "./select.ts";
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

type Entry = Pick<Option, "id" | "section" | "line" | "tokens" | "rank" | "group" | "short">;

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
        : section === "files"
          ? groupFileLines(chosen.filter((e) => e.section === section))
          : chosen.filter((e) => e.section === section).map((e) => e.line);
    if (lines.length > 0) parts.push(`## ${SECTION_TITLES[section]}\n${lines.join("\n")}`);
  }
  return `${parts.join("\n\n")}\n`;
}

/**
 * Renders the ledger as the next session's first message, within `budget` tokens. Whole lines only, chosen by
 * rank per token and what they add (select.ts), shown by rank within each section; what does not fit is listed
 * by its key terms in the index.
 */
export function renderWith(ledger: Ledger, options: RenderOptions, counter: TokenCounter): RenderResult {
  const budget = Math.max(1, Math.floor(options.budget ?? DEFAULT_BUDGET));
  const session = ledger.session;
  const head = header(ledger, options.project);
  const titleCosts = new Map(SECTION_ORDER.map((s) => [s, counter.count(`## ${SECTION_TITLES[s]}`) + 2]));
  const groupHeads = new Map<string, number>();
  const titleCost = (heading: string): number => titleCosts.get(heading as SectionId) ?? groupHeads.get(heading) ?? 0;
  const reserve = Math.floor(budget * INDEX_SHARE);
  const lines: Option[] = ledger.items
    .filter((i) => shownInFull(i, session))
    .map((item) => {
      const line = itemLine(item);
      const option: Option = {
        id: item.id,
        section: sectionOf(item),
        line,
        tokens: counter.count(line) + 1,
        rank: rankScore(item, session),
        keys: item.keys,
        pinned: item.pinned,
      };
      const grouped = option.section === "files" && !item.pinned ? fileLine(item) : null;
      if (grouped) {
        // Costed as a member of its directory's line; the directory itself is a group heading.
        groupHeads.set(grouped.group, counter.count(`- \`${grouped.dir}\`: `) + 1);
        Object.assign(option, {
          group: grouped.group,
          short: grouped.short,
          tokens: counter.count(`${grouped.short}; `),
        });
      }
      return option;
    });
  // Knowledge entries rank like mid-priority notes: after the open work, before stale detail.
  for (const entry of knowledgeEntries(options.knowledge ?? [])) {
    const id = `knowledge:${entry.id}`;
    lines.push({
      ...entry,
      id,
      section: "knowledge",
      tokens: counter.count(entry.line) + 1,
      rank: 50,
      keys: [],
      pinned: false,
    });
  }
  const room = budget - reserve - counter.count(head) - 1;
  const chosen: Entry[] = selectLines(lines, room, titleCost).sort((a, b) => b.rank - a.rank);
  // What the chosen lines take once assembled (grouped file lines are shorter than their parts): exact.
  const body = assemble(head, chosen, "");
  const used = counter.count(body);
  const shown = new Set(chosen.map((e) => e.id));
  const rest = byRank(
    ledger.items.filter((i: LedgerItem) => !shown.has(i.id) && i.status !== "SUPERSEDED"),
    session,
  );
  const indexRoom = budget - used - counter.count(`## ${SECTION_TITLES.index}`) - 3;
  let indexLine = archiveIndexTerms(rest, indexRoom, counter, body.toLowerCase());
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
