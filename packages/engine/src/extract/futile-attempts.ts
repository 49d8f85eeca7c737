import type { TranscriptMessage } from "../types.ts";
import { type Candidate, makeCandidate } from "./candidate.ts";
import { errorLineOf } from "./tool-errors.ts";

// A command the user runs against an error (a chat tool's "/drop big.log", "/clear", "!npm ci") that is
// followed by the very same error, before any answer gets through, did not fix it: a dead end the next
// session should not try again. The error is compared without its numbers (token counts, times, ids).

const ATTEMPT = /^(?:\/[a-z][\w-]*\s+\S|[!$]\s?[a-z])[^\n]{0,160}$/;
// A real answer (not a one-line tool notice) means the error let go.
const ANSWER_CHARS = 200;
const MAX_DEAD_ENDS = 3;

const errorLine = (content: string): string | null => errorLineOf(content, 40)?.trim() ?? null;

const sameError = (line: string): string => line.toLowerCase().replace(/[\d.,~]+/g, "#");

export function futileAttemptCandidates(messages: TranscriptMessage[]): Candidate[] {
  const n = Math.max(1, messages.length - 1);
  const out: Candidate[] = [];
  const reported = new Set<string>();
  let error: { key: string; line: string } | null = null;
  let attempts: Array<{ text: string; ordinal: number }> = [];
  messages.forEach((message, ordinal) => {
    const content = message.content.trim();
    if (message.role === "USER") {
      if (error && ATTEMPT.test(content)) attempts.push({ text: content, ordinal });
      return;
    }
    if (message.role === "ASSISTANT") {
      if (content.length > ANSWER_CHARS) {
        error = null;
        attempts = [];
      }
      return;
    }
    const line = errorLine(content);
    if (!line) return;
    const key = sameError(line);
    if (error?.key === key) {
      for (const attempt of attempts) {
        if (reported.has(attempt.text) || out.length >= MAX_DEAD_ENDS) continue;
        reported.add(attempt.text);
        const text = `\`${attempt.text}\` did not help: "${line}" came back`;
        out.push(
          makeCandidate("DEAD_END", text, { ordinal: attempt.ordinal, role: "USER", position: attempt.ordinal / n }),
        );
      }
    }
    error = { key, line };
    attempts = [];
  });
  return out;
}
