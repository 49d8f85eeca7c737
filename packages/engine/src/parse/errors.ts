import type { TranscriptFormat } from "../types.ts";

/** Human-readable names used in error messages, so users see which format the input failed to match. */
export const FORMAT_NAMES: Record<TranscriptFormat, string> = {
  PLAIN: "plain-text chat (User:/Assistant: labels)",
  MARKDOWN: "Markdown chat (a heading per turn)",
  SPECSTORY: "SpecStory export",
  AIDER: "aider chat history",
  CLAUDE_CODE_JSONL: "Claude Code JSONL transcript",
  CLAUDE_CODE_TERMINAL: "Claude Code terminal transcript",
  CODEX_JSONL: "Codex CLI session (rollout JSONL)",
  CHATGPT_JSON: "ChatGPT conversations.json export",
  JSON_MESSAGES: "JSON message list",
};

/** Thrown when input is malformed or holds no messages; `expected` names the format that was tried. */
export class TranscriptParseError extends Error {
  readonly expected: TranscriptFormat | "AUTO";

  constructor(expected: TranscriptFormat | "AUTO", message: string) {
    super(message);
    this.name = "TranscriptParseError";
    this.expected = expected;
  }
}

/** `Not a <format name>: <reason>` — the standard shape of a parser's refusal. */
export function notA(format: TranscriptFormat, reason: string): TranscriptParseError {
  const name = FORMAT_NAMES[format];
  const article = /^[aeiou]/i.test(name) ? "an" : "a";
  return new TranscriptParseError(format, `Not ${article} ${name}: ${reason}`);
}
