import type { TranscriptMessage } from "../types.ts";
import { type Candidate, makeCandidate } from "./candidate.ts";
import { addedNames, keepDistinctive, namedLikeFile } from "./definitions.ts";
import { type FileStats, keyOf, mergeSymbols, PATH, PATH_FIELD, plausible, relativize } from "./paths.ts";

// Files central to a session: mentioned often, by the user especially, or created in it. Paths are kept
// exactly as written (first spelling seen), matched case-insensitively with / and \ treated alike.

const CREATED =
  /\b(?:creat(?:e|ed|ing)|new file|add(?:ed|ing)? (?:a |the )?(?:new )?file|wrote|writ(?:e|ing) (?:to )?|generat(?:ed|ing)|save[ds]? (?:to|as))\b|create_file|Write\(/i;
const DESCRIBES =
  /\b(?:defines?|holds?|contains?|implements?|handles?|provides?|is (?:the|a|an|where)|for (?:the )?\w+ing|with|configures?|documents?|tests?)\b/i;

const ROLE_WEIGHT = { USER: 3, ASSISTANT: 1, SYSTEM: 0.5, TOOL: 0.25 } as const;
// A tool call that writes a file marks it as worked on, whatever the agent's tool is called.
const EDIT_TOOL =
  /\b(?:create_file|replace_string_in_file|insert_edit_into_file|apply_patch|str_replace\w*|Write|Edit|MultiEdit|Update|Create)\b/;
const CREATE_TOOL = /\b(?:create_file|Write|Create)\b/;

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
          entry = { path, weight: 0, created: false, lastOrdinal: ordinal, description: "", symbols: [] };
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
    for (const [path, code] of writtenCode(message.content, edits, head)) {
      const entry = stats.get(keyOf(path));
      if (!entry) continue;
      for (const name of addedNames(code))
        if (!entry.symbols.includes(name) && !namedLikeFile(name, path)) entry.symbols.push(name);
    }
  });
  const byFile = new Map([...stats].map(([key, entry]) => [key, entry.symbols]));
  keepDistinctive(byFile);
  for (const [key, names] of byFile) {
    const entry = stats.get(key);
    if (entry) entry.symbols = names;
  }
  return stats;
}

const FENCE = /^\s*(?:`{3,}|~{3,})/;

/**
 * Code written to a file in one message, with the file's path: an edit tool's whole input (its path in the
 * first line or a path field), or the fenced blocks an assistant puts under a line naming the file (aider).
 */
function writtenCode(content: string, edits: boolean, head: string): Array<[string, string]> {
  if (edits) {
    const field = content.split("\n", 40).find((l) => PATH_FIELD.test(l)) ?? "";
    const path = [...`${head}\n${field}`.matchAll(PATH)].map((m) => m[0]).find(plausible);
    return path ? [[path, content]] : [];
  }
  if (!content.includes("```") && !content.includes("~~~")) return [];
  const out: Array<[string, string]> = [];
  const lines = content.split("\n");
  for (let i = 0; i + 1 < lines.length; i++) {
    const named = (lines[i] ?? "").trim();
    if (!FENCE.test(lines[i + 1] ?? "") || named.includes(" ") || !plausible(named)) continue;
    let end = i + 2;
    while (end < lines.length && !FENCE.test(lines[end] ?? "")) end++;
    out.push([named, lines.slice(i + 2, end).join("\n")]);
    i = end;
  }
  return out;
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
      mergeSymbols(full, entry);
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
    const base = described ? f.description : `\`${f.path}\`${f.created ? " (created)" : ""}`;
    const names = f.symbols.filter((name) => !base.includes(name));
    const text = names.length > 0 ? `${base}: ${names.join(", ")}` : base;
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
