import { contentWords } from "../text/normalize.ts";
import type { KnowledgeSnippet, Ledger, LedgerItem } from "../types.ts";
import { groupedLine } from "./file-groups.ts";
import { rankScore, shownInFull } from "./rank.ts";
import { itemLine, sectionOf, shownItem } from "./sections.ts";
import type { Option } from "./select.ts";
import { briefSettings } from "./settings-brief.ts";
import type { TokenCounter } from "./tokens.ts";

// The lines the prompt could show, each costed in tokens: ledger items eligible for the main sections and
// knowledge entries. Grouped items (key files of one directory, finished work) are costed as members of their
// group's line (file-groups.ts).

const MAX_KNOWLEDGE_CHARS = 220;

function knowledgeEntries(knowledge: KnowledgeSnippet[]): Array<{ id: string; line: string }> {
  return knowledge.map((k) => {
    const body = k.content.replace(/\s+/g, " ").trim();
    const first =
      body.length > MAX_KNOWLEDGE_CHARS ? `${body.slice(0, body.lastIndexOf(" ", MAX_KNOWLEDGE_CHARS))}…` : body;
    return { id: k.id, line: `- ${k.title.trim()}: ${first}` };
  });
}

/** A key file shown as its bare path ("`src/app.ts`", "(created)" at most): it names the file and says nothing of it. */
export function namesOnly(item: LedgerItem): boolean {
  return item.kind === "FILE" && /^`[^`]+`(?: \(created\))?$/.test(item.text.trim());
}

/** Words this long are what a sentence is about; shorter ones are mostly grammar and filler. */
const TOPIC_WORD_CHARS = 6;

/**
 * What a line is judged new by (select.ts): its distinctive terms, or, for a line that names none ("Always run
 * the whole suite before pushing"), its longer words. Otherwise every term-less line counts as wholly new, and
 * the same rule or remark said twice in other words takes two lines.
 */
export function noveltyKeys(item: LedgerItem): readonly string[] {
  if (item.keys.length > 0) return item.keys;
  const words = contentWords(item.text).filter((w) => w.length >= TOPIC_WORD_CHARS);
  return [...new Set(words)].map((w) => `word:${w}`);
}

export interface LineOptions {
  options: Option[];
  /** Cost of each group's head ("- `src/domain/`: ", "- Done: ") that its members share. */
  groupHeads: Map<string, number>;
}

export function lineOptions(ledger: Ledger, knowledge: KnowledgeSnippet[], counter: TokenCounter): LineOptions {
  const groupHeads = new Map<string, number>();
  const options: Option[] = ledger.items
    .filter((i) => shownInFull(i, ledger.session))
    .flatMap((stored) => {
      const item = shownItem(stored, ledger.session);
      const line = itemLine(item);
      const option: Option = {
        id: item.id,
        section: sectionOf(item),
        line,
        tokens: counter.count(line) + 1,
        rank: rankScore(item, ledger.session),
        keys: noveltyKeys(item),
        pinned: item.pinned,
        pointer: namesOnly(item),
      };
      const grouped = groupedLine(item);
      if (grouped) {
        groupHeads.set(grouped.group, counter.count(grouped.head) + 1);
        Object.assign(option, {
          group: grouped.group,
          short: grouped.short,
          tokens: counter.count(`${grouped.short}; `),
        });
      }
      const brief = option.pinned ? undefined : briefSettings(item.text);
      if (!brief) return [option];
      // The brief line names the file and the settings it keeps: its keys are those of the whole line less the rest.
      const briefLine = itemLine({ ...item, text: brief.text });
      const keys = option.keys.filter((k, i) => i === 0 || brief.names.includes(k));
      return [option, { ...option, line: briefLine, tokens: counter.count(briefLine) + 1, keys, brief: true }];
    });
  // Knowledge entries rank like mid-priority notes: after the open work, before stale detail.
  for (const entry of knowledgeEntries(knowledge)) {
    options.push({
      ...entry,
      id: `knowledge:${entry.id}`,
      section: "knowledge",
      tokens: counter.count(entry.line) + 1,
      rank: 50,
      keys: [],
      pinned: false,
    });
  }
  return { options, groupHeads };
}
