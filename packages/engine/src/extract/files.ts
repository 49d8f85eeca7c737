import { FILE_EXT } from "../text/terms.ts";
import type { TranscriptMessage } from "../types.ts";
import { type Candidate, makeCandidate } from "./candidate.ts";

// Files central to a session: mentioned often, by the user especially, or created in it. Paths are kept
// exactly as written (first spelling seen), matched case-insensitively with / and \ treated alike.

const PATH =
  /(?<![\w@$.\\/-])(?:~\/|\.{1,2}\/|\/|[A-Za-z]:\\)?(?:[\w@$-][\w@$.-]*[/\\])*[\w@$-][\w@$.-]*\.[A-Za-z][\w]{0,9}(?![\w/\\(])|(?<![\w@$.\\/-])(?:~\/|\.{1,2}\/|\/|[A-Za-z]:\\)?(?:[\w@$.-]+[/\\]){1,}[\w@$-][\w@$.-]*[/\\]?(?![\w(])/g;
const EXT = new RegExp(`\\.(?:${FILE_EXT})$`, "i");
const PATH_FIELD = /^\s*[-*]?\s*(?:filePath|file_path|path|dirPath|notebook_path)\s*[:=]/;
const NOT_FILES =
  /^(?:e\.g|i\.e|etc|vs|v\d|\d[\d.]*|[a-z]+\.(?:com|org|io|net|dev|ai))$|^https?:|\/\/|(?:^|[/\\])(?:node_modules|site-packages|\.git|__pycache__|dist|build|obj|bin)(?:[/\\]|$)|\.(?:vsidx|pyc|map|min\.js|lock)$/i;
const CREATED =
  /\b(?:creat(?:e|ed|ing)|new file|add(?:ed|ing)? (?:a |the )?(?:new )?file|wrote|writ(?:e|ing) (?:to )?|generat(?:ed|ing)|save[ds]? (?:to|as))\b|create_file|Write\(/i;
const DESCRIBES =
  /\b(?:defines?|holds?|contains?|implements?|handles?|provides?|is (?:the|a|an|where)|for (?:the )?\w+ing|with|configures?|documents?|tests?)\b/i;

interface FileStats {
  path: string;
  weight: number;
  created: boolean;
  lastOrdinal: number;
  description: string;
}

const ROLE_WEIGHT = { USER: 3, ASSISTANT: 1, SYSTEM: 0.5, TOOL: 0.25 } as const;
// A tool call that writes a file marks it as worked on, whatever the agent's tool is called.
const EDIT_TOOL =
  /\b(?:create_file|replace_string_in_file|insert_edit_into_file|apply_patch|str_replace\w*|Write|Edit|MultiEdit|Update|Create)\b/;
const CREATE_TOOL = /\b(?:create_file|Write|Create)\b/;

function keyOf(path: string): string {
  return path.replace(/\\/g, "/").replace(/^\.\//, "").toLowerCase();
}

// "\n" written out inside JSON-escaped tool input looks like a Windows separator ("clients\n\n").
const ESCAPED_NEWLINE = /\\[nrt](?![A-Za-z0-9])/;

function plausible(path: string): boolean {
  if (path.length < 4 || path.length > 200 || NOT_FILES.test(path) || ESCAPED_NEWLINE.test(path)) return false;
  if (EXT.test(path)) return true;
  // Without a known extension only a clear directory path counts ("a/b" is as often prose: "and/or").
  return path.split(/[/\\]/).filter(Boolean).length >= 3;
}

const ABSOLUTE = /^(?:\/|~\/|[A-Za-z]:\\)/;

// Conventional top-level folders of a checkout: the directory holding them is the project root. (Names
// that are as often a project's own name, like app or web, are left out.)
const SOURCE_DIRS = new Set(
  "src lib test tests spec specs priv config docs doc packages assets scripts public include cmd internal pkg .github .claude .cursor".split(
    " ",
  ),
);

/**
 * The checkout most absolute paths of the session live under, so paths can be shown relative to it, as
 * people write them: the folder holding src/, lib/, tests/…, else the deepest prefix most paths share.
 */
function projectRoot(paths: string[]): string {
  const absolute = paths.filter((p) => ABSOLUTE.test(p)).map((p) => p.replace(/\\/g, "/"));
  const votes = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const path of absolute) {
    const parts = path.split("/");
    const at = parts.findIndex((part, i) => i >= 2 && i < parts.length - 1 && SOURCE_DIRS.has(part));
    if (at > 0) {
      const root = `${parts.slice(0, at).join("/")}/`;
      votes.set(root, (votes.get(root) ?? 0) + 1);
    }
    for (let depth = 3; depth < parts.length; depth++) {
      const prefix = `${parts.slice(0, depth).join("/")}/`;
      counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
    }
  }
  const voted = [...votes].sort((a, b) => b[1] - a[1])[0];
  if (voted && voted[1] >= 2) return voted[0];
  let best = "";
  for (const [prefix, count] of counts) {
    if (count >= 2 && count >= absolute.length * 0.5 && prefix.length > best.length) best = prefix;
  }
  return best;
}

function relativize(stats: Map<string, FileStats>): Map<string, FileStats> {
  const root = projectRoot([...stats.values()].map((s) => s.path));
  const out = new Map<string, FileStats>();
  for (const entry of stats.values()) {
    const normal = entry.path.replace(/\\/g, "/");
    if (root && `${normal}/`.startsWith(root) && normal.length < root.length) continue;
    if (root && normal.startsWith(root)) entry.path = normal.slice(root.length);
    if (!entry.path || entry.path.split(/[/\\]/).filter(Boolean).length > 6) continue;
    const key = keyOf(entry.path);
    const prev = out.get(key);
    if (prev) {
      prev.weight += entry.weight;
      prev.created ||= entry.created;
      prev.description ||= entry.description;
      prev.lastOrdinal = Math.max(prev.lastOrdinal, entry.lastOrdinal);
    } else out.set(key, entry);
  }
  return out;
}

/** Collects path mentions over the whole session (linear in its size). */
export function collectFiles(messages: TranscriptMessage[]): Map<string, FileStats> {
  const stats = new Map<string, FileStats>();
  messages.forEach((message, ordinal) => {
    // The tool's name opens its message ("Tool use: create_file", "Write(path)", "Bash command: …").
    const head = message.role === "TOOL" ? (message.content.split("\n", 1)[0] ?? "").slice(0, 200) : "";
    const edits = head !== "" && EDIT_TOOL.test(head);
    const weight = edits ? 1.5 : ROLE_WEIGHT[message.role];
    const lines = message.content.split("\n");
    for (const [index, line] of lines.entries()) {
      if (message.role === "TOOL" && index > 40 && !PATH_FIELD.test(line)) continue;
      if (!/[./\\]/.test(line)) continue;
      for (const match of line.matchAll(PATH)) {
        const path = match[0].replace(/[.,:;]+$/, "");
        if (!plausible(path)) continue;
        const key = keyOf(path);
        let entry = stats.get(key);
        if (!entry) {
          entry = { path, weight: 0, created: false, lastOrdinal: ordinal, description: "" };
          stats.set(key, entry);
        }
        entry.weight += weight;
        entry.lastOrdinal = ordinal;
        if (message.role !== "TOOL" ? CREATED.test(line) : edits && CREATE_TOOL.test(head)) entry.created = true;
        const sentence = line.replace(/^[\s>*#+-]+/, "").trim();
        if (!entry.description && message.role === "ASSISTANT" && sentence.length < 200 && DESCRIBES.test(sentence))
          entry.description = sentence;
      }
    }
  });
  return stats;
}

/** Folds bare file names into the full path that ends with them ("tasks.ts" into "src/domain/tasks.ts"). */
function foldBasenames(stats: Map<string, FileStats>): FileStats[] {
  const all = [...stats.values()];
  const byBase = new Map<string, FileStats>();
  for (const entry of all) {
    if (!/[/\\]/.test(entry.path)) continue;
    const base = keyOf(entry.path).split("/").pop() ?? "";
    const prev = byBase.get(base);
    if (!prev || entry.weight > prev.weight) byBase.set(base, entry);
  }
  const out: FileStats[] = [];
  for (const entry of all) {
    const full = /[/\\]/.test(entry.path) ? undefined : byBase.get(keyOf(entry.path));
    if (full) {
      full.weight += entry.weight;
      full.created ||= entry.created;
      full.description ||= entry.description;
    } else out.push(entry);
  }
  return out;
}

export function fileCandidates(messages: TranscriptMessage[], limit: number): Candidate[] {
  const n = Math.max(1, messages.length - 1);
  const ranked = foldBasenames(relativize(collectFiles(messages)))
    .map((f) => ({ f, score: Math.log2(1 + f.weight) * 4 + (f.created ? 6 : 0) + 3 * (f.lastOrdinal / n) }))
    .filter(({ f }) => f.weight >= 2 || f.created)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
  return ranked.map(({ f, score }) => {
    const described =
      f.description.includes(f.path) &&
      f.description.length <= 140 &&
      !/[?]$|^(?:i'll|let me|let's|now|perfect|great|would)\b/i.test(f.description);
    const text = described ? f.description : `\`${f.path}\`${f.created ? " (created)" : ""}`;
    const candidate = makeCandidate("FILE", text, {
      ordinal: f.lastOrdinal,
      role: "ASSISTANT",
      position: f.lastOrdinal / n,
      bonus: score,
    });
    candidate.keys = [keyOf(f.path), ...candidate.keys.filter((k) => k !== keyOf(f.path))].slice(0, 6);
    return candidate;
  });
}
