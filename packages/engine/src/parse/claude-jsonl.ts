import type { MessageRole, ParsedTranscript } from "../types.ts";
import { TranscriptBuilder } from "./builder.ts";
import { isRecord, type RenderedBlock, renderContent } from "./content-blocks.ts";
import { notA } from "./errors.ts";
import { jsonlRecords } from "./jsonl.ts";
import { isoFromUnknown } from "./text.ts";

// Keys only Claude Code writes; enough to tell its JSONL from other JSON.
const CLAUDE_KEYS = /"(?:parentUuid|leafUuid|sessionId)"\s*:|"type"\s*:\s*"(?:queue-operation|file-history-snapshot)"/;

export function looksLikeClaudeJsonl(prefix: string): boolean {
  return prefix.trimStart().startsWith("{") && CLAUDE_KEYS.test(prefix);
}

// User-side text Claude Code injects around slash commands and IDE events.
const COMMAND_NAME = /<command-name>([^<]*)<\/command-name>/;
const COMMAND_ARGS = /<command-args>([^<]*)<\/command-args>/;
const COMMAND_OUTPUT = /^\s*<(local-command-stdout|local-command-stderr|bash-stdout|bash-stderr)>/;
const INJECTED_NOTICE =
  /^\s*(?:<(?:ide_opened_file|ide_selection|system-reminder|user-prompt-submit-hook)>|Caveat: |\[Request interrupted)/;

/** Sorts one piece of user-side text: what the person typed, command output, or harness noise. */
function classifyUserText(text: string): RenderedBlock {
  const command = COMMAND_NAME.exec(text);
  if (command) {
    const args = COMMAND_ARGS.exec(text)?.[1]?.trim();
    return { role: "USER", text: args ? `${command[1]} ${args}` : (command[1] ?? "") };
  }
  if (COMMAND_OUTPUT.test(text)) return { role: "TOOL", text: text.replace(/<\/?[a-z-]+>/g, "") };
  if (INJECTED_NOTICE.test(text)) return { role: "SYSTEM", text };
  return { role: "USER", text };
}

/** The messages one JSONL entry contributes. */
function renderEntry(entry: Record<string, unknown>): RenderedBlock[] {
  const message = entry.message;
  if (!isRecord(message)) return [];
  const isUser = entry.type === "user";
  const blocks = renderContent(message.content, isUser ? "USER" : "ASSISTANT");
  let forcedRole: MessageRole | undefined;
  // The summary written at /compact is context, not the person speaking. Skill and command expansions
  // ("# Archive Transcript … Replace YOUR TITLE HERE") are a tool's instructions for that one run: noise
  // for the ledger, like any tool's text.
  if (entry.isCompactSummary === true) forcedRole = "SYSTEM";
  else if (entry.isMeta === true) forcedRole = "TOOL";
  // Sub-agent traffic is work done on the main agent's behalf.
  if (entry.isSidechain === true) forcedRole = "TOOL";
  return blocks.map((block) => {
    if (forcedRole) return { role: forcedRole, text: block.text };
    return isUser && block.role === "USER" ? classifyUserText(block.text) : block;
  });
}

export function parseClaudeJsonl(text: string): ParsedTranscript {
  const builder = new TranscriptBuilder("CLAUDE_CODE_JSONL");
  const seenIds = new Set<string>();
  let title: string | undefined;
  let conversationEntries = 0;
  for (const { entry } of jsonlRecords(text, "CLAUDE_CODE_JSONL")) {
    // Resumed sessions can repeat entries; the uuid identifies them.
    if (typeof entry.uuid === "string") {
      if (seenIds.has(entry.uuid)) continue;
      seenIds.add(entry.uuid);
    }
    const createdAt = isoFromUnknown(entry.timestamp);
    if (entry.type === "summary") {
      conversationEntries++;
      if (title === undefined && typeof entry.summary === "string") title = entry.summary;
    } else if (entry.type === "system") {
      conversationEntries++;
      if (entry.subtype === "compact_boundary") builder.startSession();
      else if (typeof entry.content === "string") {
        builder.add(entry.subtype === "local_command" ? "TOOL" : "SYSTEM", entry.content, createdAt);
      }
    } else if (entry.type === "user" || entry.type === "assistant") {
      conversationEntries++;
      // A compact summary opens a new conversation even when no boundary line preceded it.
      if (entry.isCompactSummary === true) builder.startSession();
      for (const block of renderEntry(entry)) builder.add(block.role, block.text, createdAt);
    }
  }
  if (conversationEntries === 0) throw notA("CLAUDE_CODE_JSONL", 'no lines with "type": "user" or "assistant"');
  return builder.finish(title);
}
