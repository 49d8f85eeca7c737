// Highlighting the words a search matched. The knowledge list (`knowledgeEntries(query:)`) returns entries but no
// snippets, so the passage and its highlights are worked out here from the query — as plain text segments that the
// page renders as text, never as HTML. Matching follows the API's FTS5 index (apps/api/src/services/search.ts and
// migration 0002: unicode61 words, diacritics removed, porter stemming, a trailing * for a prefix) closely enough to
// mark what was found; which entries match is always the API's answer.

export interface Segment {
  text: string;
  match: boolean;
}

export interface Term {
  stem: string;
  prefix: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;
const fold = (word: string) => word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

// A rough porter stem: enough that "retry", "retries", "retried" and "retrying" meet at "retri".
const SUFFIXES: [string, string][] = [
  ["ations", ""],
  ["ation", ""],
  ["ments", ""],
  ["ment", ""],
  ["ings", ""],
  ["ing", ""],
  ["ies", "i"],
  ["ied", "i"],
  ["ers", ""],
  ["er", ""],
  ["ed", ""],
  ["es", ""],
  ["ly", ""],
  ["s", ""],
];
function stem(word: string): string {
  let base = word;
  const suffix = SUFFIXES.find(([end]) => base.endsWith(end) && base.length - end.length >= 3);
  if (suffix) base = base.slice(0, -suffix[0].length) + suffix[1];
  if (base.length > 3 && base.endsWith("e")) base = base.slice(0, -1);
  return base.length > 3 && base.endsWith("y") ? `${base.slice(0, -1)}i` : base;
}

/** The words of a search as the API reads them: punctuation separates words, `word*` matches a prefix. */
export function searchTerms(query: string): Term[] {
  const terms: Term[] = [];
  for (const chunk of query.split(/\s+/)) {
    const words = chunk.match(WORD) ?? [];
    const prefix = /[\p{L}\p{N}]\*+$/u.test(chunk);
    words.forEach((word, index) => {
      const isPrefix = prefix && index === words.length - 1;
      terms.push({ stem: isPrefix ? fold(word) : stem(fold(word)), prefix: isPrefix });
    });
  }
  return terms;
}

function matches(word: string, terms: Term[]): boolean {
  const folded = fold(word);
  return terms.some((term) => (term.prefix ? folded.startsWith(term.stem) : stem(folded) === term.stem));
}

/** The text cut into runs of plain and matched words (adjacent plain text is one segment). */
export function highlight(text: string, terms: Term[]): Segment[] {
  const segments: Segment[] = [];
  const push = (part: string, match: boolean) => {
    if (!part) return;
    const last = segments.at(-1);
    if (last && last.match === match && !match) last.text += part;
    else segments.push({ text: part, match });
  };
  let at = 0;
  for (const found of text.matchAll(WORD)) {
    if (!terms.length || !matches(found[0], terms)) continue;
    push(text.slice(at, found.index), false);
    push(found[0], true);
    at = found.index + found[0].length;
  }
  push(text.slice(at), false);
  return segments;
}

export const EXCERPT_WORDS = 32;

/**
 * A passage of about `size` words: around the first matched word when there is one, else the beginning.
 * Whitespace is collapsed (the passage is one line) and a cut is shown with "…".
 */
export function excerpt(content: string, terms: Term[], size = EXCERPT_WORDS): Segment[] {
  const words = content.split(/\s+/).filter(Boolean);
  const first = terms.length ? words.findIndex((word) => (word.match(WORD) ?? []).some((w) => matches(w, terms))) : -1;
  // A few words of lead-in before the match, so it reads in context.
  const start = Math.max(0, Math.min(first - Math.min(8, Math.floor(size / 4)), words.length - size));
  const end = Math.min(words.length, start + size);
  const text = `${start > 0 ? "… " : ""}${words.slice(start, end).join(" ")}${end < words.length ? " …" : ""}`;
  return highlight(text, terms);
}
