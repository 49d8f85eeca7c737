import type { LedgerItem } from "../types.ts";
import type { TokenCounter } from "./tokens.ts";

// The brief index of what the prompt could not show in full (archived items and those that did not fit):
// their distinctive terms, most important first, so the next session knows to ask for them.

/** The key as the item's text spells it (keys are stored lower-cased). */
function spelled(item: LedgerItem, key: string): string {
  const at = item.text.toLowerCase().indexOf(key);
  return at >= 0 ? item.text.slice(at, at + key.length) : key;
}

export function archiveIndexTerms(items: LedgerItem[], budget: number, counter: TokenCounter): string {
  if (budget < 8) return "";
  const seen = new Set<string>();
  const terms: string[] = [];
  let used = counter.count(`- ${items.length} more items: `);
  for (const item of items) {
    for (const key of item.keys.slice(0, item.kind === "FILE" || item.kind === "COMMAND" ? 1 : 3)) {
      if (key.length < 3 || seen.has(key)) continue;
      const term = spelled(item, key);
      const cost = counter.count(`, ${term}`);
      if (used + cost > budget) return finish(items.length, terms);
      seen.add(key);
      terms.push(term);
      used += cost;
    }
  }
  return finish(items.length, terms);
}

function finish(count: number, terms: string[]): string {
  return terms.length === 0 ? "" : `- ${count} more items: ${terms.join(", ")}`;
}
