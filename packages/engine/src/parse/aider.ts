import type { MessageRole, ParsedTranscript } from "../types.ts";
import { TranscriptBuilder } from "./builder.ts";
import { notA } from "./errors.ts";
import { FenceTracker, isoFromDateText } from "./text.ts";

// aider writes "# aider chat started at 2025-10-20 09:12:37" at every launch.
const SESSION_HEADER = /^# aider chat started at (.+)$/;
// Aider's own status lines, used to recognise a history file that lost its header.
const AIDER_STATUS = /^> (?:Aider v\d|Tokens: |Applied edit to |Commit [0-9a-f]{7} |Main model: )/;

export function looksLikeAider(lines: string[]): boolean {
  let userLines = 0;
  let statusLines = 0;
  for (const line of lines) {
    if (SESSION_HEADER.test(line)) return true;
    if (line.startsWith("#### ")) userLines++;
    else if (AIDER_STATUS.test(line)) statusLines++;
  }
  return userLines > 0 && statusLines > 0;
}

/** Which kind of line this is: user input (`#### `), aider output (`> `) or the model's reply. */
function lineRole(line: string, insideReplyFence: boolean): MessageRole {
  if (insideReplyFence) return "ASSISTANT";
  if (line.startsWith("####") && (line.length === 4 || line[4] === " ")) return "USER";
  if (line === ">" || line.startsWith("> ")) return "TOOL";
  return "ASSISTANT";
}

/** Strips the marker and the two trailing spaces aider adds as a Markdown line break. */
function lineText(line: string, role: MessageRole): string {
  const body = role === "USER" ? line.slice(5) : role === "TOOL" ? line.slice(2) : line;
  return role === "ASSISTANT" ? body : body.trimEnd();
}

export function parseAider(text: string): ParsedTranscript {
  const lines = text.split("\n");
  const builder = new TranscriptBuilder("AIDER");
  // Code fences in the model's reply may contain "> " lines that are not aider output.
  const replyFences = new FenceTracker();
  let role: MessageRole | undefined;
  let buffer: string[] = [];
  let createdAt: string | undefined;
  let sawMarker = false;

  // The header's date is when the session started, so only its first message gets it.
  const flush = (): void => {
    const before = builder.size;
    if (role && buffer.length > 0) builder.add(role, buffer.join("\n"), createdAt);
    if (builder.size > before) createdAt = undefined;
    buffer = [];
  };

  for (const line of lines) {
    const header = line.startsWith("# aider") ? SESSION_HEADER.exec(line) : null;
    if (header) {
      flush();
      builder.startSession();
      createdAt = isoFromDateText((header[1] ?? "").trim());
      replyFences.reset();
      role = undefined;
      sawMarker = true;
      continue;
    }
    const lineKind = lineRole(line, replyFences.open && role === "ASSISTANT");
    if (lineKind === "USER") sawMarker = true;
    if (lineKind === "ASSISTANT" && line.trim() === "" && role !== "ASSISTANT") {
      // A blank line ends one user input (blank lines inside an input are written as "####");
      // after aider output it is spacing, not the start of a reply.
      if (role === "USER") {
        flush();
        role = undefined;
      } else if (role) buffer.push("");
      continue;
    }
    if (lineKind !== role) {
      flush();
      role = lineKind;
      replyFences.reset();
    }
    if (lineKind === "ASSISTANT") replyFences.update(line);
    buffer.push(lineText(line, lineKind));
  }
  flush();
  if (!sawMarker) throw notA("AIDER", 'no "# aider chat started at" header or "#### " user lines');
  return builder.finish();
}
