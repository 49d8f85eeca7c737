import { describe, expect, it } from "vitest";
import { detectFormat, parseTranscript } from "../../src/parse/index.ts";
import type { TranscriptFormat } from "../../src/types.ts";
import { readFixture } from "./helpers.ts";

const FIXTURE_FORMATS: [string, TranscriptFormat][] = [
  ["plain-chat.txt", "PLAIN"],
  ["markdown-chat.txt", "MARKDOWN"],
  ["specstory-legacy.txt", "SPECSTORY"],
  ["specstory-v2.txt", "SPECSTORY"],
  ["aider-history.txt", "AIDER"],
  ["claude-code.jsonl", "CLAUDE_CODE_JSONL"],
  ["claude-terminal.txt", "CLAUDE_CODE_TERMINAL"],
  ["chatgpt-conversations.json", "CHATGPT_JSON"],
];

describe("detectFormat", () => {
  it.each(FIXTURE_FORMATS)("detects %s as %s, and AUTO parses it the same way", (name, format) => {
    const text = readFixture(name);
    expect(detectFormat(text)).toBe(format);
    expect(parseTranscript(text).format).toBe(format);
  });

  it("detects JSON message lists in their common shapes", () => {
    expect(detectFormat('[{"role":"user","content":"hi"}]')).toBe("JSON_MESSAGES");
    expect(detectFormat('{\n  "messages": [ { "role": "assistant", "content": "x" } ]\n}')).toBe("JSON_MESSAGES");
    expect(detectFormat('[{"from":"human","value":"hi"},{"from":"gpt","value":"yo"}]')).toBe("JSON_MESSAGES");
  });

  it("returns null for text that is no known transcript", () => {
    expect(detectFormat("")).toBeNull();
    expect(detectFormat("Just a paragraph of prose.\nAnother line: with a colon.")).toBeNull();
    expect(detectFormat('{"name":"package","version":"1.0.0"}')).toBeNull();
    // One speaker alone is not a conversation.
    expect(detectFormat("User: hello?")).toBeNull();
  });

  it("prefers the specific format when generic markers also appear", () => {
    // An aider history whose reply contains "User:" lines is still aider.
    expect(detectFormat("# aider chat started at 2025-01-01 10:00:00\n\n#### hi\n\nUser: x\nAssistant: y\n")).toBe(
      "AIDER",
    );
    // A SpecStory export whose turns contain "## User" headings is still SpecStory.
    expect(detectFormat("_**User**_\n\n## User\nq\n## Assistant\na\n\n---\n\n_**Assistant**_\n\nok\n")).toBe(
      "SPECSTORY",
    );
    // A terminal transcript in which the user typed "User:" is still a terminal transcript.
    expect(detectFormat("> User: do it\n\n⏺ Done.\n\nAssistant: not a label here\n")).toBe("CLAUDE_CODE_TERMINAL");
    // "●" bullets with no tool results are ordinary Markdown bullets.
    expect(detectFormat("User: list\n● one\n● two\n> quote\nAssistant: ok")).toBe("PLAIN");
  });

  it("tells MARKDOWN headings from PLAIN labels", () => {
    expect(detectFormat("## User\nhi\n## Assistant\nhello")).toBe("MARKDOWN");
    expect(detectFormat("**User**\nhi\n\n**Assistant**\nhello")).toBe("MARKDOWN");
    expect(detectFormat("**User:** hi\n**Assistant:** hello")).toBe("PLAIN");
  });

  it("looks further when the first turn is longer than the first look", () => {
    const text = `User: ${"a long pasted log line\n".repeat(2000)}Assistant: got it`;
    expect(text.length).toBeGreaterThan(32 * 1024);
    expect(detectFormat(text)).toBe("PLAIN");
  });

  it("handles Windows line endings and a byte-order mark", () => {
    const text = "\uFEFFUser: hi\r\nthere\r\nAssistant: hello\r\n";
    expect(detectFormat(text)).toBe("PLAIN");
    expect(parseTranscript(text).messages[0]?.content).toBe("hi\nthere");
  });
});
