import type { TranscriptMessage } from "../types.ts";
import { type Candidate, makeCandidate } from "./candidate.ts";
import { RESOLVED } from "./cues.ts";

// An error the tools printed near the end of a session, with nothing after it saying it was fixed, is the
// blocker the next session walks into. Errors from earlier are usually fixed within the session.

const ERROR_LINE =
  /(?:\b[A-Z][A-Za-z]*(?:Error|Exception)\b|\berror(?:\[[\w-]+\])?:|\bERROR\b|\bFAIL(?:ED)?\b|\bfatal:|\bpanic:|\bTraceback\b|\bnot found\b|\bcommand not found\b|\bNo such file\b|\bdenied\b|\btimed out\b|\b\d+ (?:failed|failing|errors?)\b|\b(?:[Rr]ate|[Tt]oken|[Cc]ontext|[Qq]uota|[Uu]sage|[Cc]redit) limit\b|\b[Ll]imit (?:exceeded|reached)\b|\bbalance is too low\b)/;
const NOT_ERROR =
  /\b(?:0 (?:failed|errors?)|no errors?|without errors?)\b|tool_use_error|File does not exist|<tool_use_error>/i;

/** An error printed as JSON says what happened in its "message": "BadRequestError: Your credit balance is too low…". */
function readable(line: string): string {
  const message = /"message"\s*:\s*"([^"]{8,300})"/.exec(line)?.[1];
  if (!message) return line.trim();
  const kind = /\b[A-Z]\w*(?:Error|Exception)\b/.exec(line)?.[0];
  return kind ? `${kind}: ${message}` : message;
}

/** The first error line among a tool output's first `lines` lines, untrimmed; null when it printed none. */
export function errorLineOf(content: string, lines: number): string | null {
  return (
    content
      .split("\n", lines)
      .find((l) => ERROR_LINE.test(l) && !NOT_ERROR.test(l) && l.trim().length >= 12 && l.trim().length <= 300) ?? null
  );
}

// A limit error (the model's token or context window, a quota) is caused by what went in just before it: the
// last line ahead of it in the same output that names a URL or a file ("Scraping https://…/schema.xsd…")
// tells the next session what not to feed in again.
const LIMIT = /\b(?:[Tt]oken|[Cc]ontext|[Qq]uota) (?:limit|window)\b|\b[Ll]imit (?:exceeded|reached)\b/;
const NAMES_INPUT = /\bhttps?:\/\/[^\s"'<>)]+|(?:^|\s)[\w.-]*[\\/][\w./\\-]*\.[A-Za-z]\w{0,5}\b/;
const CONTEXT_LINES = 12;

function withCause(content: string, line: string): string {
  if (!LIMIT.test(line)) return readable(line);
  const before = content.slice(0, content.indexOf(line)).split("\n").slice(-CONTEXT_LINES);
  const input = before.reverse().find((l) => NAMES_INPUT.test(l) && l.trim().length <= 200);
  return input ? `${readable(line)} (after: ${input.trim()})` : readable(line);
}

/** The last unresolved error line among the final quarter of the session's messages. */
export function toolErrorCandidates(messages: TranscriptMessage[]): Candidate[] {
  const n = messages.length;
  const start = Math.floor(n * 0.75);
  for (let i = n - 1; i >= start; i--) {
    const message = messages[i];
    if (!message) continue;
    if (message.role !== "TOOL") {
      if (message.role === "ASSISTANT" && RESOLVED.test(message.content.slice(-600))) return [];
      continue;
    }
    const line = errorLineOf(message.content, 60);
    if (line) {
      return [
        makeCandidate("BLOCKER", withCause(message.content, line), {
          ordinal: i,
          role: "TOOL",
          position: i / Math.max(1, n - 1),
        }),
      ];
    }
  }
  return [];
}
