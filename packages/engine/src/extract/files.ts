import type { TranscriptMessage } from "../types.ts";
import { type Candidate, makeCandidate } from "./candidate.ts";
import { addedNames, keepDistinctive, namedLikeFile } from "./definitions.ts";
import { type FileStats, keyOf, mergeSymbols, PATH, PATH_FIELD, plausible, relativize } from "./paths.ts";
import { CREATE_TOOL, EDIT_TOOL, toolHead, writtenCode } from "./written.ts";

// Files central to a session: mentioned often, by the user especially, or created in it. Paths are kept
// exactly as written (first spelling seen), matched case-insensitively with / and \ treated alike.

const CREATED =
  /\b(?:creat(?:e|ed|ing)|new file|add(?:ed|ing)? (?:a |the )?(?:new )?file|wrote|writ(?:e|ing) (?:to )?|generat(?:ed|ing)|save[ds]? (?:to|as))\b|create_file|Write\(/i;
const DESCRIBES =
  /\b(?:defines?|holds?|contains?|implements?|handles?|provides?|is (?:the|a|an|where)|for (?:the )?\w+ing|with|configures?|documents?|tests?)\b/i;

const LABELLED = /^[A-Za-z]+:\s/;

const ROLE_WEIGHT = { USER: 3, ASSISTANT: 1, SYSTEM: 0.5, TOOL: 0.25 } as const;

// Files that instruct the AI agents working on the project (AGENTS.md, CLAUDE.md, Copilot's and Cursor's
// rules, Claude Code's skills and slash commands): every later session reads them, so one mention is enough.
const AGENT_INSTRUCTIONS =
  /(?:^|[/\\])(?:(?:AGENTS|CLAUDE|GEMINI|CONVENTIONS)\.md|copilot-instructions\.md|\.cursorrules|\.windsurfrules|\.clinerules)$|\.cursor[/\\]rules[/\\][\w.-]+$|\.github[/\\](?:instructions|prompts)[/\\][\w.-]+\.md$|\.claude[/\\](?:skills|commands|agents)[/\\][\w.-]+(?:[/\\]SKILL\.md)?[/\\]?$/i;
export function instructsAgents(path: string): boolean {
  return AGENT_INSTRUCTIONS.test(path);
}
/** Collects path mentions over the whole session (linear in its size). */
export function collectFiles(messages: TranscriptMessage[]): Map<string, FileStats> {
  const stats = new Map<string, FileStats>();
  messages.forEach((message, ordinal) => {
    const head = toolHead(message);
    const edits = EDIT_TOOL.test(head);
    const weight = edits ? 1.5 : ROLE_WEIGHT[message.role];
    const lines = message.content.split("\n");
    for (const [index, line] of lines.entries()) {
      if (message.role === "TOOL" && index > 40 && !PATH_FIELD.test(line)) continue;
      if (!/[./\\]/.test(line)) continue;
      for (const match of line.matchAll(PATH)) {
        // Diff headers name files as a/path and b/path ("diff --git a/x b/x", "--- a/x", "+++ b/x").
        const diffHeader = /^(?:diff --git|---|\+\+\+)\s/.test(line.trim());
        const path = match[0].replace(/[.,:;]+$/, "").replace(diffHeader ? /^[ab]\// : /^$/, "");
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
        // (A table row is cells, not a sentence about the file.)
        // (A one-word label before a colon, "Modern: x with y", files the path under a category of a comparison,
        // the way "Before:/After:" do: it describes the category, not the file.)
        const describes = !line.trimStart().startsWith("|") && !LABELLED.test(sentence) && DESCRIBES.test(sentence);
        if (!entry.description && message.role === "ASSISTANT" && sentence.length < 200 && describes)
          entry.description = sentence;
      }
    }
    for (const [path, code] of writtenCode(message)) {
      const entry = stats.get(keyOf(path));
      if (!entry) continue;
      for (const name of addedNames(code, path))
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

// A file whose edits add named definitions (a hook, a class, a route) says what it holds: among a session's
// many touched files it tells the next session more than one merely created or read again.
const DEFINES_BONUS = 4;

export function fileCandidates(messages: TranscriptMessage[], limit: number): Candidate[] {
  const n = Math.max(1, messages.length - 1);
  const ranked = foldBasenames(relativize(collectFiles(messages)))
    .map((f) => ({
      f,
      score:
        Math.log2(1 + f.weight) * 4 +
        (f.created || instructsAgents(f.path) ? 6 : 0) +
        (f.symbols.length > 0 ? DEFINES_BONUS : 0) +
        3 * (f.lastOrdinal / n),
    }))
    // An edit that adds a definition (a function, a hook, a class) makes the file part of the work, even when
    // it is named only once.
    .filter(({ f }) => f.weight >= 2 || f.created || f.symbols.length > 0 || instructsAgents(f.path))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
  return ranked.map(({ f, score }) => {
    const described =
      f.description.includes(f.path) &&
      f.description.length <= 140 &&
      // (An answer to the user, "No, your Program.cs settings do NOT work…", "Your x still holds…", speaks of their
      // setup at that moment, not of what the file is.)
      !/[?]$|^(?:i'll|let me|let's|now|perfect|great|would|move|create|add|update|remove|delete|rename|fix|check|run|make|write|use|(?:no|yes)(?=,)|your)\b/i.test(
        f.description,
      );
    const role = instructsAgents(f.path) ? " (instructions for AI agents)" : "";
    const base = described ? f.description : `\`${f.path}\`${f.created ? " (created)" : ""}${role}`;
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
