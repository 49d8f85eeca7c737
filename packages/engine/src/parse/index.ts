import type { ParsedTranscript, TranscriptFormat } from "../types.ts";
import { parseAider } from "./aider.ts";
import { parseChatGptJson } from "./chatgpt-json.ts";
import { parseClaudeJsonl } from "./claude-jsonl.ts";
import { parseClaudeTerminal } from "./claude-terminal.ts";
import { parseCodexJsonl } from "./codex-jsonl.ts";
import { detectFormat } from "./detect.ts";
import { FORMAT_NAMES, TranscriptParseError } from "./errors.ts";
import { parseJsonMessages } from "./json-messages.ts";
import { parseMarkdown } from "./markdown.ts";
import { parsePlain } from "./plain.ts";
import { parseSpecStory } from "./specstory.ts";
import { normalizeNewlines } from "./text.ts";

export { detectFormat } from "./detect.ts";
export { TranscriptParseError } from "./errors.ts";

const PARSERS: Record<TranscriptFormat, (text: string) => ParsedTranscript> = {
  PLAIN: parsePlain,
  MARKDOWN: parseMarkdown,
  SPECSTORY: parseSpecStory,
  AIDER: parseAider,
  CLAUDE_CODE_JSONL: parseClaudeJsonl,
  CLAUDE_CODE_TERMINAL: parseClaudeTerminal,
  CODEX_JSONL: parseCodexJsonl,
  CHATGPT_JSON: parseChatGptJson,
  JSON_MESSAGES: parseJsonMessages,
};

/**
 * Parses a transcript into messages. With "AUTO" the format is detected; with an explicit format the
 * input must fit it. Throws TranscriptParseError (never returns an empty or guessed result).
 */
export function parseTranscript(text: string, format: TranscriptFormat | "AUTO" = "AUTO"): ParsedTranscript {
  if (format !== "AUTO" && !Object.hasOwn(PARSERS, format)) {
    throw new TranscriptParseError("AUTO", `Unknown transcript format "${String(format)}"`);
  }
  const normalized = normalizeNewlines(text);
  if (normalized.trim() === "") {
    const name = format === "AUTO" ? "transcript" : FORMAT_NAMES[format];
    throw new TranscriptParseError(format, `The ${name} is empty`);
  }
  const chosen = format === "AUTO" ? detectFormat(normalized) : format;
  if (chosen === null) {
    const supported = Object.values(FORMAT_NAMES).join("; ");
    throw new TranscriptParseError("AUTO", `Could not recognise the transcript format. Supported: ${supported}`);
  }
  return PARSERS[chosen](normalized);
}
