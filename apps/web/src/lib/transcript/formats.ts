// Names of the transcript formats the engine detects. Kept apart from preview.ts so that pages can name a
// format without pulling the parsers into their bundle.
import type { TranscriptFormat } from "@baton/engine";

/** Names people know these exports by; typed over every format so a new one cannot go unnamed. */
const FORMAT_NAMES: Record<TranscriptFormat, string> = {
  PLAIN: "Plain-text chat",
  MARKDOWN: "Markdown chat",
  SPECSTORY: "SpecStory export",
  AIDER: "Aider chat history",
  CLAUDE_CODE_JSONL: "Claude Code (JSONL)",
  CLAUDE_CODE_TERMINAL: "Claude Code terminal output",
  CODEX_JSONL: "Codex CLI session (JSONL)",
  CHATGPT_JSON: "ChatGPT export (JSON)",
  JSON_MESSAGES: "JSON messages",
};

export function formatName(format: string): string {
  return FORMAT_NAMES[format as TranscriptFormat] ?? format;
}
