import type { TranscriptMessage } from "../types.ts";

// Files a session changed, read from the agents' tool calls (not from mere mentions): Claude Code's
// Write/Edit/Update(…), Copilot's create_file/replace_string_in_file, aider's "Applied edit to", shell rm.
// The API records them per session (ProjectFile rows).

export type FileChange = "CREATED" | "MODIFIED" | "DELETED";
export interface TouchedFile {
  path: string;
  change: FileChange;
}

const CREATE = /^(?:Write|Create)\b|\bcreate_file\b|^Creating empty file |^File created successfully at: /;
const EDIT =
  /^(?:Update|Edit|MultiEdit|NotebookEdit)\b|\b(?:replace_string_in_file|insert_edit_into_file|apply_patch|str_replace\w*|edit_file)\b|^Applied edit to /m;
const DELETE_TOOL = /\bdelete_file\b/;
// `rm`, `git rm` and their flags, then the paths: up to the end of the command or a shell operator.
const RM = /(?:^|[\s(;&|])(?:git\s+)?rm\s+((?:-\w+\s+)*)([^;&|)\n…]+)/g;
// `touch` and output redirection (`> file`, `>> file`) write files as surely as an edit tool does.
const TOUCH = /(?:^|[\s(;&|])touch\s+((?:-\w+\s+)*)([^;&|)<>\n…]+)/g;
const REDIRECT = /(?<![\d&>])>>?\s*([^\s;&|)<>`'"]+)/g;

const PATH_FIELD = /(?:file_?[Pp]ath|filePath|path)\s*[:=]\s*`?([^`,\s)]+)`?/;
const CALL_ARG = /^(?:Write|Create|Update|Edit|MultiEdit)\((?:file_path:\s*)?([^,)…]+)/;
const PROSE_PATH = /^(?:Applied edit to|Creating empty file|File created successfully at:)\s+(.+?)\s*$/m;

function pathOf(text: string): string | null {
  const found = text.match(CALL_ARG)?.[1] ?? text.match(PROSE_PATH)?.[1] ?? text.match(PATH_FIELD)?.[1];
  const path = found?.trim().replace(/^["']|["']$/g, "");
  return path && /[\w-]\.\w+$|\/[\w.-]+$/.test(path) ? path : null;
}

// Conventional top-level folders of a checkout: the directory holding one of them is the project's root. (Names as
// often a project's own, like app or web, are left out.)
const SOURCE_DIR = /\/(?:src|lib|test|tests|spec|specs|priv|config|docs|packages|scripts|public|cmd|internal)\//;
const ABSOLUTE = /^(?:\/|~\/|[A-Za-z]:\/)/;

/** The checkout most absolute paths live in: where a relative path of the session ends them, or a source folder starts. */
function checkoutRoot(paths: string[]): string | null {
  const relative = paths.filter((p) => !ABSOLUTE.test(p));
  const votes = new Map<string, number>();
  for (const path of paths.filter((p) => ABSOLUTE.test(p))) {
    const known = relative.find((r) => path.endsWith(`/${r}`));
    const at = known ? path.length - known.length : (path.match(SOURCE_DIR)?.index ?? -1) + 1;
    if (at > 1) votes.set(path.slice(0, at), (votes.get(path.slice(0, at)) ?? 0) + 1);
  }
  return [...votes].sort((x, y) => y[1] - x[1])[0]?.[0] ?? null;
}

/** Paths as the project writes them: forward slashes, relative to the checkout when they lie inside it. */
function relativize(files: TouchedFile[]): TouchedFile[] {
  const normal = files.map((f) => ({ ...f, path: f.path.replaceAll("\\", "/") }));
  const root = checkoutRoot(normal.map((f) => f.path));
  return root ? normal.map((f) => (f.path.startsWith(root) ? { ...f, path: f.path.slice(root.length) } : f)) : normal;
}

/** Every file the session's tool calls created, modified or deleted; one entry per path, first change kept for CREATED. */
export function touchedFiles(messages: TranscriptMessage[]): TouchedFile[] {
  const note = (path: string, change: FileChange) => seen.push({ path, change });
  const seen: TouchedFile[] = [];
  for (const message of messages) {
    if (message.role !== "TOOL" && message.role !== "ASSISTANT") continue;
    const text = message.content.slice(0, 4000);
    if (message.role === "TOOL" && /^(?:Bash|Run|Shell|Terminal|```(?:bash|sh|shell))/i.test(text)) {
      const command = text.split("\n").slice(0, 3).join("\n");
      // In the order the command runs them: "rm -f x && touch x" leaves x in place.
      const changes: Array<{ at: number; path: string; change: FileChange }> = [];
      for (const match of command.matchAll(RM))
        for (const path of match[2]!.trim().split(/\s+/)) changes.push({ at: match.index, path, change: "DELETED" });
      for (const match of command.matchAll(TOUCH))
        for (const path of match[2]!.trim().split(/\s+/)) changes.push({ at: match.index, path, change: "CREATED" });
      for (const match of command.matchAll(REDIRECT))
        changes.push({ at: match.index, path: match[1] ?? "", change: "MODIFIED" });
      changes.sort((a, b) => a.at - b.at);
      for (const { path, change } of changes)
        if (/[\w-]\.\w+$/.test(path) && !path.startsWith("/dev/")) note(path, change);
      continue;
    }
    const change = DELETE_TOOL.test(text)
      ? "DELETED"
      : CREATE.test(text)
        ? "CREATED"
        : EDIT.test(text)
          ? "MODIFIED"
          : null;
    if (!change || (message.role === "ASSISTANT" && !PROSE_PATH.test(text))) continue;
    const path = pathOf(text);
    if (path) note(path, change);
  }
  const byPath = new Map<string, TouchedFile>();
  for (const file of relativize(seen)) {
    // Created then edited in one session is still a new file; anything then deleted is deleted.
    if (byPath.get(file.path)?.change === "CREATED" && file.change === "MODIFIED") continue;
    byPath.set(file.path, file);
  }
  return [...byPath.values()];
}
