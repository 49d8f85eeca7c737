// What a transcript holds, read in the browser before it is saved: the same parser the API runs, so the
// preview says exactly what the import will store (or why it will refuse).
import type { MessageRole, TranscriptFormat, TranscriptMessage } from "@baton/engine";
import { parseTranscript, TranscriptParseError } from "@baton/engine/parse";
import { tooLongReason } from "./file";
import { formatName } from "./formats";

/** The API's limit on messages per import (MAX_MESSAGES_PER_CALL in apps/api/src/schema/message.ts). */
export const MAX_MESSAGES_PER_IMPORT = 20_000;

const ROLE_ORDER: MessageRole[] = ["USER", "ASSISTANT", "TOOL", "SYSTEM"];
const GLIMPSE_CHARS = 200;

export interface MessageGlimpse {
  role: MessageRole;
  /** The start of the message on one line, cut with "…" when longer. */
  text: string;
}

export type TranscriptPreview =
  | {
      ok: true;
      format: TranscriptFormat;
      formatName: string;
      title: string | null;
      messageCount: number;
      /** Roles that occur, in a fixed order (user first), with how many messages each. */
      roleCounts: { role: MessageRole; count: number }[];
      /** Conversations in the input: aider histories, ChatGPT exports and compacted Claude Code logs can hold several. */
      sessionCount: number;
      first: MessageGlimpse;
      last: MessageGlimpse;
    }
  | { ok: false; message: string };

function glimpse(message: TranscriptMessage): MessageGlimpse {
  // Only the head is looked at, so a multi-megabyte tool output costs nothing here.
  const flat = message.content
    .slice(0, GLIMPSE_CHARS * 4)
    .replace(/\s+/g, " ")
    .trim();
  const text = flat.length > GLIMPSE_CHARS ? `${flat.slice(0, GLIMPSE_CHARS - 1)}…` : flat;
  return { role: message.role, text };
}

// The engine's messages name the format it expected ("Not a Claude Code JSONL transcript: line 3 is not JSON").
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** Parses `text` as the API's import would (format detected) and sums up what it found. */
export function previewTranscript(text: string): TranscriptPreview {
  const tooLong = tooLongReason(text.length);
  if (tooLong) return { ok: false, message: tooLong };
  let parsed: ReturnType<typeof parseTranscript>;
  try {
    parsed = parseTranscript(text, "AUTO");
  } catch (error) {
    if (error instanceof TranscriptParseError) return { ok: false, message: sentence(error.message) };
    return { ok: false, message: "The transcript could not be read. Check that it is a text export." };
  }
  const { messages } = parsed;
  if (messages.length > MAX_MESSAGES_PER_IMPORT) {
    const count = messages.length.toLocaleString("en");
    const limit = MAX_MESSAGES_PER_IMPORT.toLocaleString("en");
    return {
      ok: false,
      message: `This transcript holds ${count} messages; Baton imports up to ${limit} at a time. Split it into smaller files.`,
    };
  }
  const counts = new Map<MessageRole, number>();
  for (const message of messages) counts.set(message.role, (counts.get(message.role) ?? 0) + 1);
  const roleCounts = ROLE_ORDER.filter((role) => counts.has(role)).map((role) => ({
    role,
    count: counts.get(role) ?? 0,
  }));
  // Parsers never return an empty list (they throw instead); checked anyway rather than asserted.
  const first = messages[0];
  const last = messages.at(-1);
  if (!first || !last) return { ok: false, message: "The transcript holds no messages." };
  return {
    ok: true,
    format: parsed.format,
    formatName: formatName(parsed.format),
    title: parsed.title ?? null,
    messageCount: messages.length,
    roleCounts,
    sessionCount: Math.max(1, parsed.sessionStarts.length),
    first: glimpse(first),
    last: glimpse(last),
  };
}
