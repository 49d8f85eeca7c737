import type { MessageRole, ParsedTranscript, TranscriptFormat, TranscriptMessage } from "../types.ts";
import { notA } from "./errors.ts";
import { truncateMiddle } from "./text.ts";

// A tool call that writes a file carries the code the project now holds (names, settings, dependencies):
// more of it is kept than of other tool output.
const WRITES_CODE =
  /^(?:Tool use: (?:create_file|replace_string_in_file|multi_replace_string_in_file|insert_edit_into_file|apply_patch|edit_file|write_file)|(?:Write|Edit|MultiEdit|Update|Create)\b)/;
const CODE_TEXT_LIMIT = 6000;

/**
 * Collects messages for one parse: drops empty turns, records session starts, truncates tool output
 * and refuses to return an empty transcript (an input with no messages is an error, not a result).
 */
export class TranscriptBuilder {
  readonly messages: TranscriptMessage[] = [];
  readonly sessionStarts: number[] = [];
  private readonly format: TranscriptFormat;
  private sessionPending = true;

  constructor(format: TranscriptFormat) {
    this.format = format;
  }

  add(role: MessageRole, content: string, createdAt?: string): void {
    const text = content.trim();
    if (text === "") return;
    if (this.sessionPending) {
      this.sessionStarts.push(this.messages.length);
      this.sessionPending = false;
    }
    const message: TranscriptMessage = { role, content: text };
    if (createdAt) message.createdAt = createdAt;
    this.messages.push(message);
  }

  /** Appends to the previous message when it has the same role (and no session began in between). */
  append(role: MessageRole, content: string, createdAt?: string): void {
    const last = this.messages[this.messages.length - 1];
    const text = content.trim();
    if (last && last.role === role && !this.sessionPending && text !== "") {
      last.content = `${last.content}\n\n${text}`;
      return;
    }
    this.add(role, content, createdAt);
  }

  /** The next message added begins a new conversation (no-op before the first message). */
  startSession(): void {
    if (this.messages.length > 0) this.sessionPending = true;
  }

  get size(): number {
    return this.messages.length;
  }

  finish(title?: string): ParsedTranscript {
    if (this.messages.length === 0) throw notA(this.format, "no messages found");
    for (const message of this.messages) {
      if (message.role === "TOOL") {
        const limit = WRITES_CODE.test(message.content) ? CODE_TEXT_LIMIT : undefined;
        message.content = truncateMiddle(message.content.replace(/\n{3,}/g, "\n\n"), limit);
      }
    }
    const result: ParsedTranscript = {
      format: this.format,
      messages: this.messages,
      sessionStarts: this.sessionStarts,
    };
    const cleanTitle = title?.trim();
    if (cleanTitle) result.title = cleanTitle;
    return result;
  }
}
