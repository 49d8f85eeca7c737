import { describe, expect, it } from "vitest";
import { parseTranscript, TranscriptParseError } from "../../src/parse/index.ts";
import type { TranscriptFormat } from "../../src/types.ts";
import { readFixture } from "./helpers.ts";

/** Runs the parse and returns the TranscriptParseError it must throw. */
function parseError(text: string, format: TranscriptFormat | "AUTO"): TranscriptParseError {
  try {
    parseTranscript(text, format);
  } catch (error) {
    if (error instanceof TranscriptParseError) return error;
    throw error;
  }
  throw new Error(`parsing as ${format} did not fail`);
}

const MALFORMED: [TranscriptFormat, string, RegExp][] = [
  ["PLAIN", "A paragraph with no speakers at all.", /^Not a plain-text chat.*no speaker labels/],
  ["MARKDOWN", "# Notes\n\nSome prose.\n\n## Details\nMore.", /^Not a Markdown chat.*no role headings/],
  ["SPECSTORY", "User: hi\nAssistant: hello", /^Not a SpecStory export: no _\*\*User\*\*_/],
  ["AIDER", "> a quote\n\nsome text", /^Not an aider chat history: no "# aider chat started at" header/],
  ["CLAUDE_CODE_JSONL", '{"type":"user","sessionId":"s","message":{"content":"hi"}}\n{not json', /line 2 is not JSON/],
  ["CLAUDE_CODE_JSONL", '{"role":"user","content":"hi"}', /^Not a Claude Code JSONL transcript: no lines with/],
  ["CLAUDE_CODE_TERMINAL", "> just a quoted line\n> and another", /^Not a Claude Code terminal transcript/],
  ["CHATGPT_JSON", '[{"title":"x","mapping":{', /^Not a ChatGPT conversations.json export: invalid JSON/],
  ["CHATGPT_JSON", '[{"role":"user","content":"hi"}]', /conversation 1 has no "mapping"/],
  ["JSON_MESSAGES", '[{"role":"user","content":"hi"},', /^Not a JSON message list: invalid JSON/],
  ["JSON_MESSAGES", '[{"speaker":"bob","content":"hi"}]', /message 1 has no known role/],
  ["JSON_MESSAGES", '[{"role":"constructor","content":"hi"}]', /message 1 has no known role \(got "constructor"\)/],
  ["JSON_MESSAGES", '{"data":[]}', /expected an array/],
];

describe("TranscriptParseError", () => {
  it.each(MALFORMED)("rejects malformed %s input, naming the format", (format, text, message) => {
    const error = parseError(text, format);
    expect(error.expected).toBe(format);
    expect(error.name).toBe("TranscriptParseError");
    expect(error.message).toMatch(message);
  });

  it("refuses an explicit format that does not fit other formats' real samples", () => {
    expect(parseError(readFixture("claude-code.jsonl"), "JSON_MESSAGES").expected).toBe("JSON_MESSAGES");
    expect(parseError(readFixture("chatgpt-conversations.json"), "JSON_MESSAGES").expected).toBe("JSON_MESSAGES");
    expect(parseError(readFixture("plain-chat.txt"), "CHATGPT_JSON").message).toMatch(/ChatGPT/);
    expect(parseError(readFixture("markdown-chat.txt"), "SPECSTORY").expected).toBe("SPECSTORY");
  });

  it("reports input with markers but no messages", () => {
    const error = parseError("User:\n\nAssistant:\n", "PLAIN");
    expect(error.message).toBe("Not a plain-text chat (User:/Assistant: labels): no messages found");
  });

  it("reports empty input, naming the format asked for", () => {
    expect(parseError("  \n", "AUTO").message).toBe("The transcript is empty");
    const explicit = parseError("", "AIDER");
    expect(explicit.expected).toBe("AIDER");
    expect(explicit.message).toMatch(/aider chat history is empty/);
  });

  it("lists the supported formats when nothing is recognised", () => {
    const error = parseError("Nothing to see here.", "AUTO");
    expect(error.expected).toBe("AUTO");
    expect(error.message).toMatch(/^Could not recognise the transcript format\. Supported: /);
    expect(error.message).toContain("SpecStory export");
    expect(error.message).toContain("Claude Code JSONL transcript");
  });

  it("rejects an unknown format name", () => {
    expect(parseError("User: a\nAssistant: b", "SLACK" as TranscriptFormat).message).toMatch(
      /Unknown transcript format/,
    );
  });
});
