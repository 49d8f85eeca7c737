import type { TranscriptFormat } from "../types.ts";
import { looksLikeAider } from "./aider.ts";
import { looksLikeChatGptExport } from "./chatgpt-json.ts";
import { looksLikeClaudeJsonl } from "./claude-jsonl.ts";
import { looksLikeClaudeTerminal } from "./claude-terminal.ts";
import { looksLikeCodexJsonl } from "./codex-jsonl.ts";
import { looksLikeMarkdownChat } from "./markdown.ts";
import { looksLikePlainChat } from "./plain.ts";
import { looksLikeSpecStory } from "./specstory.ts";
import { normalizeNewlines } from "./text.ts";

// Detection reads a prefix so it stays cheap on multi-megabyte input; a wider second look catches
// transcripts whose first turn is a long paste.
const FIRST_LOOK = 16 * 1024;
const SECOND_LOOK = 256 * 1024;

function detectJson(prefix: string): TranscriptFormat | null {
  if (looksLikeCodexJsonl(prefix)) return "CODEX_JSONL";
  if (looksLikeClaudeJsonl(prefix)) return "CLAUDE_CODE_JSONL";
  if (looksLikeChatGptExport(prefix)) return "CHATGPT_JSON";
  if (/"(?:role|from)"\s*:/.test(prefix)) return "JSON_MESSAGES";
  return null;
}

/** Text formats, most specific first: each later one would also match some inputs of the earlier ones. */
function detectText(prefix: string): TranscriptFormat | null {
  // A cut prefix may end mid-line; that last partial line is harmless to every check.
  const lines = prefix.split("\n");
  if (looksLikeAider(lines)) return "AIDER";
  if (looksLikeSpecStory(lines)) return "SPECSTORY";
  if (looksLikeClaudeTerminal(lines)) return "CLAUDE_CODE_TERMINAL";
  if (looksLikeMarkdownChat(lines)) return "MARKDOWN";
  if (looksLikePlainChat(lines)) return "PLAIN";
  return null;
}

function detectPrefix(prefix: string): TranscriptFormat | null {
  const start = prefix.trimStart()[0];
  if (start === "{" || start === "[") {
    const json = detectJson(prefix);
    if (json) return json;
  }
  return detectText(prefix);
}

/** The format of a transcript, judged from its beginning, or null when none fits. */
export function detectFormat(text: string): TranscriptFormat | null {
  const normalized = normalizeNewlines(text.slice(0, SECOND_LOOK + 1));
  const first = detectPrefix(normalized.slice(0, FIRST_LOOK));
  if (first || normalized.length <= FIRST_LOOK) return first;
  return detectPrefix(normalized.slice(0, SECOND_LOOK));
}
