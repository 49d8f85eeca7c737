// Normalised word sets and similarity, for merging duplicates across sessions.

const STOPWORDS = new Set(
  (
    "a an the and or but if then else of to in on at by for with from into onto as is are was were be been being " +
    "it its this that these those there here we you i me my our your they them he she his her us do does did done " +
    "have has had will would should could can may might must shall not no so just also very really please now " +
    "let lets let's ok okay all any some more most other such than too only own same about up out over again " +
    "what which who whom when where why how each both few nor off once further while because until s t"
  ).split(" "),
);

/** Lower-case content words (stopwords dropped, simple plural/verb endings folded). */
export function contentWords(text: string): string[] {
  const words = text.toLowerCase().match(/[a-z0-9_][a-z0-9_.\-/#@]*[a-z0-9_]|[a-z0-9]/g) ?? [];
  const out: string[] = [];
  for (const word of words) {
    if (STOPWORDS.has(word)) continue;
    out.push(fold(word));
  }
  return out;
}

function fold(word: string): string {
  if (word.length > 5 && word.endsWith("ing")) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith("ed")) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

/** Key used to spot exact duplicates: content words in order. */
export function normalizedKey(text: string): string {
  return contentWords(text).join(" ");
}

/** Jaccard similarity of two word sets. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const word of small) if (large.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Share of `keys` that occur (as substrings, case-insensitive) in `text`. */
export function keyCoverage(keys: readonly string[], lowerText: string): number {
  if (keys.length === 0) return 0;
  let hit = 0;
  for (const key of keys) if (lowerText.includes(key)) hit++;
  return hit / keys.length;
}
