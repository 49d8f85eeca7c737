import { extractTerms } from "../text/terms.ts";
import type { LedgerItem } from "../types.ts";
import type { TokenCounter } from "./tokens.ts";

// The brief index of what the prompt could not show in full (archived items and those that did not fit):
// their distinctive terms, most important first, so the next session knows to ask for them. Terms are
// shown short: a path by its last two segments (a route such as "/admin/users" whole), a dotted name by its last two parts (the tail is what
// tells one file or function from another); a term contained in one already listed, or already written in
// the prompt's other sections, is left out (repeating it tells the reader nothing). An item that names
// nothing strong (no path, identifier or backticked term) is indexed by its weaker terms instead: hyphenated
// compounds, versions, short acronyms ("trailing-whitespace", "3.13") are still what one would search for.

const MAX_TERM_CHARS = 48;
const ROUTE_PARTS = 3;
const WEAK_TERMS = 2;
const DOTTED = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*){2,}(?:\/\d+)?$/;

/** The key as the item's text spells it (keys are stored lower-cased). */
function spelled(item: LedgerItem, key: string): string {
  const at = item.text.toLowerCase().indexOf(key);
  if (at < 0) return key;
  // A route's leading slash is part of how it is written ("/admin/guests"), though not of its key.
  const from = at > 0 && item.text[at - 1] === "/" && /[\s,(`'"]/.test(item.text[at - 2] ?? " ") ? at - 1 : at;
  return item.text.slice(from, at + key.length);
}

/** "lib/app_web/live/pos_live/order_selection.ex" → "pos_live/order_selection.ex"; "App.Web.Pos.handle/3" → "Pos.handle". */
export function shortTerm(written: string): string {
  // A setting written with its value ("unit_amount: 500", 'status = "active"') is asked for by its name.
  const term = written.replace(/^([A-Za-z_][\w.]*)(?:: | = )\S.*$/, "$1");
  if (DOTTED.test(term))
    return term
      .replace(/\/\d+$/, "")
      .split(".")
      .slice(-2)
      .join(".");
  const path = term.replace(/[/\\]+$/, "");
  if (/[/\\]/.test(path) && !/\s/.test(path)) {
    const parts = path.split(/[/\\]/).filter(Boolean);
    // A route ("/admin/guests/new", "/api/v2/orders") names no file: its head (the scope, the version) tells
    // one route from another as much as its tail, and it is short anyway. Only files and deep trees are cut.
    if (path.startsWith("/") && parts.length <= ROUTE_PARTS && !/\.\w+$/.test(path)) return term;
    return parts.length > 2 ? parts.slice(-2).join("/") : term;
  }
  return term;
}

/** Values rather than names: long digit runs (IDs, account numbers, timestamps), and abbreviations. */
function isValue(term: string): boolean {
  // A date or a timestamp ("2025-03-14", "~U[2025-03-14 09:30:00Z") is a moment something happened at, not a
  // name; a file named by its date ("notes/2025-03-14.md") is still a file.
  const moment = /\d{4}-\d{2}-\d{2}/.test(term) && !/[/\\]|\.[a-z]\w*$/i.test(term);
  return /\d{9,}/.test(term) || moment || /^(?:e\.g|i\.e)$/i.test(term);
}

/**
 * The terms an item is indexed by: its first keys; for a file or command its path (or command line) and the
 * first name it adds that the path does not already say (a function the file defines); else its weaker terms.
 */
function indexKeys(item: LedgerItem): string[] {
  if (item.keys.length > 0 && (item.kind === "FILE" || item.kind === "COMMAND")) {
    const [first = "", ...more] = item.keys;
    return [first, ...more.filter((k) => !first.includes(k))].slice(0, 2);
  }
  if (item.keys.length > 0) {
    // A sentence names its subject before the details: the terms it names first are what it is about.
    const lower = item.text.toLowerCase();
    const at = (k: string): number => {
      const i = lower.indexOf(k);
      return i < 0 ? lower.length : i;
    };
    // Two keys read where the text names one term ("wait_for" and "wait_for(500)" at one place) take one place.
    const sorted = [...item.keys].sort((a, b) => at(a) - at(b) || b.length - a.length);
    const onePlace = (k: string, prev: string | undefined): boolean =>
      prev !== undefined && at(k) === at(prev) && at(k) < lower.length;
    return sorted.filter((k, i) => !onePlace(k, sorted[i - 1])).slice(0, 3);
  }
  return extractTerms(item.text)
    .filter((t) => t.weight === 1)
    .slice(0, WEAK_TERMS)
    .map((t) => t.text.toLowerCase());
}

/** The prompt's key-file group lines by their directory's last segment ("- `lib/app/live/`: a.ex; b.ex"). */
function groupLinesOf(shown: string): Map<string, string> {
  const groups = new Map<string, string>();
  for (const line of shown.split("\n")) {
    const dir = /^- `[^`]*?([^/`]+)\/`: /.exec(line)?.[1];
    if (dir) groups.set(dir, `${groups.get(dir) ?? ""}${line}`);
  }
  return groups;
}

/**
 * Whether a shortened path ("pos_live/order_selection.ex") is already written in the group line of its
 * directory ("- `lib/app/live/pos_live/`: order_selection.ex; …"): the prompt names it, only not in one piece.
 */
function inGroupLine(term: string, groups: Map<string, string>): boolean {
  const parts = term.split("/");
  if (parts.length !== 2) return false;
  const line = groups.get(parts[0] ?? "");
  const file = parts[1] ?? "";
  if (line === undefined || !file) return false;
  // An entry opens after the head's ": " or a "; " and ends at its own ":", " (created)", "; " or the line's end.
  for (const lead of [": ", "; "]) {
    for (let at = line.indexOf(lead + file); at >= 0; at = line.indexOf(lead + file, at + 1)) {
      const after = line[at + lead.length + file.length];
      if (after === undefined || after === ":" || after === ";" || after === " ") return true;
    }
  }
  return false;
}

export interface IndexLine {
  line: string;
  /** Tokens of the line, as the sum of its parts (close to, not exactly, the count of the whole). */
  tokens: number;
}

/**
 * The index line for `items` (most important first) within `budget` tokens. `shown` is the rest of the prompt,
 * lower-cased: terms it already contains are not repeated.
 */
export function archiveIndexTerms(items: LedgerItem[], budget: number, counter: TokenCounter, shown = ""): IndexLine {
  if (budget < 8) return { line: "", tokens: 0 };
  const seen = new Set<string>();
  const groups = groupLinesOf(shown);
  const terms: string[] = [];
  const lowered: string[] = [];
  let used = counter.count(`- ${items.length} more items: `);
  for (const item of items) {
    // No term costs less than two tokens (", x"): once those are gone, the rest of the items cannot fit.
    if (budget - used < 2) break;
    for (const key of indexKeys(item)) {
      if (key.length < 3 || seen.has(key)) continue;
      seen.add(key);
      const term = shortTerm(spelled(item, key));
      const lower = term.toLowerCase();
      if (term.length > MAX_TERM_CHARS || isValue(term) || shown.includes(lower) || inGroupLine(lower, groups))
        continue;
      if (lowered.some((t) => t.includes(lower))) continue;
      const cost = counter.count(`, ${term}`);
      if (used + cost > budget) continue;
      terms.push(term);
      lowered.push(lower);
      used += cost;
    }
  }
  return terms.length === 0
    ? { line: "", tokens: 0 }
    : { line: `- ${items.length} more items: ${terms.join(", ")}`, tokens: used };
}
