import { describe, expect, it } from "vitest";
import { parseTranscript } from "../../src/parse/index.ts";
import { readFixture, roles } from "./helpers.ts";

describe("MARKDOWN parser", () => {
  it("splits at role headings, with emoji, and takes the title from the # heading", () => {
    const result = parseTranscript(readFixture("markdown-chat.txt"), "MARKDOWN");
    expect(result.format).toBe("MARKDOWN");
    expect(result.title).toBe("Planning the import pipeline");
    expect(roles(result)).toEqual(["USER", "ASSISTANT", "USER", "ASSISTANT"]);
    expect(result.messages[2]?.content).toBe("Which object storage?");
  });

  it("keeps content headings of another level and headings inside code fences in the turn", () => {
    const result = parseTranscript(readFixture("markdown-chat.txt"), "MARKDOWN");
    const answer = result.messages[1]?.content ?? "";
    expect(answer).toContain("### Why");
    expect(answer).toContain("## User\n(an example heading");
    // The "---" between turns is a separator, not part of the answer.
    expect(answer.endsWith("```")).toBe(true);
  });

  it("accepts bold speaker lines and ### headings with timestamps", () => {
    const bold = parseTranscript("**User**\n\nhello\n\n**Assistant**\n\nhi!\n", "MARKDOWN");
    expect(bold.messages.map((message) => [message.role, message.content])).toEqual([
      ["USER", "hello"],
      ["ASSISTANT", "hi!"],
    ]);
    const stamped = parseTranscript("### Human (2024-02-03 04:05)\nq\n### Claude\na\n", "MARKDOWN");
    expect(roles(stamped)).toEqual(["USER", "ASSISTANT"]);
    expect(stamped.messages[0]?.createdAt).toBe("2024-02-03T04:05:00");
  });

  it("understands ChatGPT-exporter style '## Prompt:' / '## Response:' headings", () => {
    const result = parseTranscript("# Chat\n\n## Prompt:\nWhy?\n\n## Response:\nBecause.\n", "MARKDOWN");
    expect(roles(result)).toEqual(["USER", "ASSISTANT"]);
    expect(result.title).toBe("Chat");
  });
});
