// Distinctive terms: the words a next session needs verbatim (paths, identifiers, commands, error codes).
// They drive priority (dense items first), duplicate detection and status changes across sessions.

export const FILE_EXT =
  "ts|tsx|js|mjs|cjs|jsx|json|jsonl|md|mdc|mdx|py|pyi|rb|ex|exs|heex|eex|erb|cs|csproj|sln|fs|go|mod|rs|java|kt|kts|" +
  "scala|swift|m|mm|c|h|cc|cpp|hpp|php|lua|r|dart|toml|yaml|yml|ini|cfg|conf|config|props|sql|sh|bash|zsh|ps1|bat|" +
  "txt|html|htm|css|scss|sass|less|vue|svelte|astro|lock|xml|xsd|env|plist|sqlite|db|ics|csv|tsv|proto|graphql|gql|" +
  "prisma|tf|hcl|gradle|properties|dockerfile|ipynb|wasm|svg|png|jpg|pdf|log";

const PATTERNS: Array<[RegExp, number]> = [
  // E-mail addresses (before dotted names, so the whole address is the term, not its domain).
  [/\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b/gi, 3],
  // URLs and host:port pairs (endpoints, dev servers).
  [/\bhttps?:\/\/[^\s)'"`<>\]]+/g, 3],
  [/\b(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\d{1,3}(?:\.\d{1,3}){3}):\d{2,5}\b/g, 3],
  // Paths with a directory part, and bare file names with a known extension.
  // (Not from inside a word with accented letters: "výdejky/faktury" holds no path "dejky/faktury".)
  [/(?<![\w\u00C0-\u024F])(?:~|\.{1,2})?(?:[\w@$.-]+[/\\])+[\w@$.*<>{}-]*[\w*>}]/g, 3],
  // A directory written with its trailing slash ("specs/", "claude-dev-log-diary/").
  [/(?<![\w@$./\\-])\.?[\w@$-][\w@$.-]+\/(?![\w/])/g, 3],
  [new RegExp(`(?<![\\w/\\\\.-])[\\w.*-]*\\w\\.(?:${FILE_EXT})\\b(?![\\w/-])`, "gi"), 3],
  // Dotted identifiers (Module.Function, pkg.sub), camelCase, PascalCase with two humps, snake/SCREAMING case.
  [/\b[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)+(?:\(\))?/g, 2],
  [/\b[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*\b/g, 2],
  [/\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+\b/g, 2],
  [/\b[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+\b/g, 2],
  // Error and diagnostic codes (TS2307, E0308, CS1061): one code names one problem.
  [/\b[A-Z]{1,5}\d{3,5}\b/g, 2],
  // CLI flags, issue/task numbers, versions, env-style $VARS.
  [/(?<![\w-])--?[a-zA-Z][\w-]*/g, 2],
  [/(?<![\w&])#\d{1,6}\b/g, 2],
  [/(?<![\w.])v?\d+\.\d+(?:\.\d+)*(?:-[\w.]+)?\b/g, 1],
  // A full version (major.minor.patch) pins something; "0.5" is as often a plain number.
  [/(?<![\w.])v?\d+\.\d+\.\d+(?:-[\w.]+)?\b/g, 2],
  [/\$[A-Z_][A-Z0-9_]+/g, 2],
  // A named product at a version ("Python 3.13", "Postgres 16.2", "Sonnet 3.7"): the pair pins what the bare
  // number only hints at.
  [/\b[A-Z][A-Za-z]{2,} v?\d+\.\d+(?:\.\d+)?\b/g, 2],
  // Acronyms and hyphenated tool names (pytest-describe, end-of-file-fixer). Acronyms of three letters or
  // more name things (YAGNI, CRDT, IBAN) and count as keys; two letters are too often words (OK, UI, PR).
  [/\b[A-Z][A-Z0-9]{2,}[a-z]?\b/g, 2],
  [/\b[A-Z][A-Z0-9][a-z]?\b/g, 1],
  [/\b[a-z][a-z0-9]+(?:-[a-z0-9]+){1,}\b/g, 1],
];

const BACKTICK = /`([^`\n]{1,160})`/g;

// Acronyms that carry no project-specific meaning, and words written in capitals for emphasis ("not YET",
// "ALWAYS run the specs"): shouting makes a word loud, not distinctive.
const COMMON_CAPS = new Set(
  [
    "I OK API UI URL ID IDS TODO NOTE JSON HTML CSS HTTP HTTPS CLI PR AI LLM YES NO AND OR THE IT IS IF",
    "AH OH WOW OMG LOL WTF HELL DAMN YET NOT NOW ALL ANY ONLY NEVER ALWAYS MUST STOP DONT WHY WHAT HOW WHO",
    "VERY REALLY JUST PLEASE AGAIN STILL THIS THAT THESE THOSE YOU YOUR WE OUR BUT FOR WITH WITHOUT EVERY NONE",
    "NOTHING SAME BEFORE AFTER FIRST LAST HERE THERE WRONG RIGHT MUCH MORE LESS NEW OLD ARE WAS HAS HAVE DID",
    "DOES CAN WILL SHOULD NEED ASAP EVER",
  ]
    .join(" ")
    .split(" "),
);

/**
 * Two words around a slash that are no path: fractions and ratios ("9/9", "1/3"), units ("KiB/s"), and
 * shorthand ("n/a", "w/o", "and/or").
 */
function notAPath(term: string): boolean {
  const sides = /^([\w-]+)\/([\w-]+)$/.exec(term);
  if (!sides) return false;
  const [, left = "", right = ""] = sides;
  return /^\d+$/.test(left) || /^\d+$/.test(right) || left.length === 1 || right.length === 1 || term === "and/or";
}

export interface Term {
  text: string;
  /** 1 (weak) … 3 (strong): backticked text, paths and URLs are strongest. */
  weight: number;
}

function cleanTerm(raw: string): string {
  return raw.replace(/^[("'[{<]+/, "").replace(/[)"'\]}>,;:.!?]+$/, "");
}

/** Distinctive terms of a text, in order of first appearance, without duplicates (case-insensitive). */
export function extractTerms(text: string): Term[] {
  const found = new Map<string, Term>();
  const add = (raw: string, weight: number): void => {
    const term = cleanTerm(raw);
    if (term.length < 2 || term.length > 120) return;
    if (weight <= 2 && COMMON_CAPS.has(term)) return;
    if (/^\d+$/.test(term) || /^-+$/.test(term) || notAPath(term)) return;
    const key = term.toLowerCase();
    const prev = found.get(key);
    if (!prev) found.set(key, { text: term, weight });
    else if (weight > prev.weight) prev.weight = weight;
  };
  for (const match of text.matchAll(BACKTICK)) {
    const inner = match[1]?.trim() ?? "";
    if (inner) add(inner, 3);
  }
  for (const [pattern, weight] of PATTERNS) {
    for (const match of text.matchAll(pattern)) add(match[0], weight);
  }
  return [...found.values()];
}

/** Sum of term weights, capped: how "dense" a piece of text is in things a next session needs verbatim. */
export function termDensity(terms: Term[]): number {
  let total = 0;
  for (const term of terms) total += term.weight;
  return Math.min(total, 12);
}

/** Lower-cased keys used to merge items and to match status changes. */
export function termKeys(terms: Term[], limit = 8): string[] {
  return terms
    .filter((t) => t.weight >= 2)
    .slice(0, limit)
    .map((t) => t.text.toLowerCase());
}

const ERROR_CODE = /^[a-z]{1,5}\d{3,5}$/;

/** Whether a key is an error or diagnostic code ("ts2307"): items sharing one are about the same problem. */
export function isErrorCode(key: string): boolean {
  return ERROR_CODE.test(key);
}
