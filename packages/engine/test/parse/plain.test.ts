import { describe, expect, it } from "vitest";
import { parseTranscript } from "../../src/parse/index.ts";
import { readFixture, roles } from "./helpers.ts";

describe("PLAIN parser", () => {
  it("splits a pasted chat at speaker labels and keeps multi-line turns together", () => {
    const result = parseTranscript(readFixture("plain-chat.txt"), "PLAIN");
    expect(result.format).toBe("PLAIN");
    expect(roles(result)).toEqual(["USER", "ASSISTANT", "USER", "ASSISTANT", "SYSTEM"]);
    expect(result.messages[0]?.content).toBe(
      "We need a cache in front of the catalog API. Redis or in-process?\nKeep in mind we deploy a single instance for now.",
    );
    expect(result.messages[1]?.content).toContain("- invalidation stays simple");
    expect(result.sessionStarts).toEqual([0]);
  });

  it("ignores labels inside code fences and drops the preamble before the first label", () => {
    const result = parseTranscript(readFixture("plain-chat.txt"), "PLAIN");
    expect(result.messages[1]?.content).toContain("User: this line is inside a code block");
    expect(result.messages.some((message) => message.content.includes("copied from the browser"))).toBe(false);
  });

  it("accepts bold labels, other speaker names and case-insensitive labels", () => {
    const text = "**Human:** hi there\n**AI:** hello\nyou: one more\nChatGPT: sure\nME: thanks\nclaude: welcome";
    const result = parseTranscript(text, "PLAIN");
    expect(roles(result)).toEqual(["USER", "ASSISTANT", "USER", "ASSISTANT", "USER", "ASSISTANT"]);
    expect(result.messages.map((message) => message.content)).toEqual([
      "hi there",
      "hello",
      "one more",
      "sure",
      "thanks",
      "welcome",
    ]);
  });

  it("reads Q:/A: transcripts, but not Q:/A: lines inside a User/Assistant chat", () => {
    expect(roles(parseTranscript("Q: what is 2+2?\nA: 4\nQ: and 3+3?\nA: 6", "PLAIN"))).toEqual([
      "USER",
      "ASSISTANT",
      "USER",
      "ASSISTANT",
    ]);
    const mixed = parseTranscript("User: quiz me\nAssistant: Sure.\nQ: capital of France?\nA: Paris", "PLAIN");
    expect(roles(mixed)).toEqual(["USER", "ASSISTANT"]);
    expect(mixed.messages[1]?.content).toContain("A: Paris");
  });

  it("puts a turn's text on the lines after a label that stands alone", () => {
    const result = parseTranscript("**User:**\nfirst line\nsecond line\n\n**Assistant:**\nanswer", "PLAIN");
    expect(result.messages[0]?.content).toBe("first line\nsecond line");
    expect(result.messages[1]?.content).toBe("answer");
  });

  it("reads timestamps written next to labels", () => {
    const result = parseTranscript("[2024-06-01 10:32] User: hi\nAssistant (2024-06-01 10:33:05Z): hello", "PLAIN");
    expect(result.messages[0]?.createdAt).toBe("2024-06-01T10:32:00");
    expect(result.messages[1]?.createdAt).toBe("2024-06-01T10:33:05Z");
  });

  it("does not treat URLs or ordinary 'Word:' lines as speakers", () => {
    const text = "User: see https://example.com\nNote: remember this\nconstructor: x\nAssistant: ok";
    const result = parseTranscript(text, "PLAIN");
    expect(roles(result)).toEqual(["USER", "ASSISTANT"]);
    expect(result.messages[0]?.content).toBe("see https://example.com\nNote: remember this\nconstructor: x");
  });
});
