import type { TranscriptMessage } from "../types.ts";
import { PATH, PATH_FIELD, plausible } from "./paths.ts";

// Code a message writes to a file: an edit tool's input, or an assistant's fenced block under the file's name.

// A tool call that writes a file marks it as worked on, whatever the agent's tool is called.
export const EDIT_TOOL =
  /\b(?:create_file|replace_string_in_file|insert_edit_into_file|apply_patch|str_replace\w*|Write|Edit|MultiEdit|Update|Create)\b/;
export const CREATE_TOOL = /\b(?:create_file|Write|Create)\b/;

/** The tool's name opens its message ("Tool use: create_file", "Write(path)", "Bash command: …"); "" for others. */
export function toolHead(message: TranscriptMessage): string {
  return message.role === "TOOL" ? (message.content.split("\n", 1)[0] ?? "").slice(0, 200) : "";
}

const FENCE = /^\s*(?:`{3,}|~{3,})/;

/**
 * Code written to a file in one message, with the file's path: an edit tool's whole input (its path in the
 * first line or a path field), or the fenced blocks an assistant puts under a line naming the file (aider).
 */
export function writtenCode(message: TranscriptMessage): Array<[string, string]> {
  // Several extractors read the same message's code (names, dependencies, settings): read it once.
  const known = cache.get(message);
  if (known) return known;
  const found = readWrittenCode(message);
  cache.set(message, found);
  return found;
}

const cache = new WeakMap<TranscriptMessage, Array<[string, string]>>();

function readWrittenCode(message: TranscriptMessage): Array<[string, string]> {
  const content = message.content;
  const head = toolHead(message);
  if (EDIT_TOOL.test(head)) {
    // A rejected or empty edit wrote nothing.
    if (/^(?:User rejected|\(No changes\))/m.test(content.slice(0, 300))) return [];
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
