import { describe, expect, it } from "vitest";
import { parseTranscript } from "../../src/parse/index.ts";
import { contentsOf, readFixture, roles } from "./helpers.ts";

describe("CLAUDE_CODE_TERMINAL parser", () => {
  const result = parseTranscript(readFixture("claude-terminal.txt"), "CLAUDE_CODE_TERMINAL");

  it("reads '> ' prompts with their indented continuation lines as USER", () => {
    const users = contentsOf(result, "USER");
    expect(users[0]).toBe("I don't want you to do any code changes at this time. Let's review where we are..");
    expect(users).toContain("can you run the specs?");
    const wrapped = users.find((user) => user.startsWith("Let's think hard"));
    expect(wrapped).toContain("\nproblem first -- don't ruch to fixing it yet");
  });

  it("separates assistant prose from tool calls and keeps results with their call", () => {
    expect(roles(result).slice(0, 6)).toEqual(["USER", "ASSISTANT", "TOOL", "TOOL", "TOOL", "ASSISTANT"]);
    expect(result.messages[2]?.content).toBe(
      "Call(Check project status)…\nRead(README.md)…\nRead(TODO.md)…\nRead(ORIGINAL_VISION.md)…\nDone (3 tool uses · 0s)",
    );
    expect(result.messages[4]?.content).toBe("Read Todos\n(Todo list is empty)");
    expect(result.messages[5]?.content).toMatch(/^Based on my review/);
    expect(result.messages[5]?.content).toContain("\n\n1. You've implemented basic functionality");
  });

  it("drops welcome banners, thinking and terminal chrome", () => {
    const all = result.messages.map((message) => message.content).join("\n");
    expect(all).not.toContain("Welcome to Claude Code");
    expect(all).not.toContain("The user wants me to");
    expect(all).not.toContain("Finagling");
    expect(all).not.toContain("claude --model opus");
  });

  it("starts sessions at compaction (summary as SYSTEM) and at each new launch", () => {
    expect(result.sessionStarts).toHaveLength(3);
    const [, compacted = -1, relaunched = -1] = result.sessionStarts;
    expect(result.messages[compacted]?.role).toBe("SYSTEM");
    expect(result.messages[compacted]?.content).toMatch(/^This session is being continued/);
    expect(result.messages[relaunched]).toEqual({ role: "USER", content: "Hello!" });
  });

  it("accepts the '●' bullet some terminals show instead of '⏺'", () => {
    const text = "> list files\n\n● Bash(ls)\n  ⎿  a.txt\n     b.txt\n\n● There are two files.\n";
    const parsed = parseTranscript(text, "CLAUDE_CODE_TERMINAL");
    expect(parsed.messages).toEqual([
      { role: "USER", content: "list files" },
      { role: "TOOL", content: "Bash(ls)\na.txt\nb.txt" },
      { role: "ASSISTANT", content: "There are two files." },
    ]);
  });
});

describe("CLAUDE_CODE_TERMINAL parser — damaged input", () => {
  it("does not let a box cut off by the paste hide the rest of the transcript", () => {
    const text = "╭──────────╮\n│ ✻ Welcome to Claude Code │\n> hi\n\n⏺ Hello.\n";
    const parsed = parseTranscript(text, "CLAUDE_CODE_TERMINAL");
    expect(parsed.messages).toEqual([
      { role: "USER", content: "hi" },
      { role: "ASSISTANT", content: "Hello." },
    ]);
  });
});
