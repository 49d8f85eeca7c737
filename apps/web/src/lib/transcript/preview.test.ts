import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MAX_TRANSCRIPT_CHARS } from "./file";
import { formatName } from "./formats";
import { MAX_MESSAGES_PER_IMPORT, previewTranscript } from "./preview";

const sample = (name: string) => readFileSync(new URL(`./samples/${name}`, import.meta.url), "utf8");

describe("previewTranscript", () => {
  it("reads a Claude Code JSONL log: format, count, roles in a fixed order", () => {
    const preview = previewTranscript(sample("claude-code.jsonl"));
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.format).toBe("CLAUDE_CODE_JSONL");
    expect(preview.formatName).toBe("Claude Code (JSONL)");
    expect(preview.messageCount).toBe(10);
    expect(preview.roleCounts.map((r) => r.role)).toEqual(["USER", "ASSISTANT", "TOOL", "SYSTEM"]);
    expect(preview.roleCounts.reduce((sum, r) => sum + r.count, 0)).toBe(10);
    expect(preview.sessionCount).toBe(1);
  });

  it("reads a Codex CLI rollout by its format's name", () => {
    const line = (type: string, payload: object) =>
      JSON.stringify({ timestamp: "2026-03-02T10:00:00Z", type, payload });
    const rollout = [
      line("session_meta", { id: "r1", cwd: "/home/ann/shop" }),
      line("response_item", {
        type: "message",
        role: "user",
        content: [{ type: "input_text", text: "bump the version" }],
      }),
      line("response_item", {
        type: "message",
        role: "assistant",
        content: [{ type: "output_text", text: "Bumped." }],
      }),
    ].join("\n");
    expect(previewTranscript(rollout)).toMatchObject({
      ok: true,
      format: "CODEX_JSONL",
      formatName: "Codex CLI session (JSONL)",
      messageCount: 2,
    });
  });

  it("counts the sessions of an aider history that holds two", () => {
    const preview = previewTranscript(sample("aider-two-sessions.md"));
    expect(preview).toMatchObject({ ok: true, format: "AIDER", sessionCount: 2, messageCount: 12 });
  });

  it("keeps a SpecStory title and shows the first and last message on one line", () => {
    const preview = previewTranscript(sample("specstory.md"));
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.title).toBe("Minsky Task Workflow Rule Creation");
    expect(preview.first.role).toBe("USER");
    expect(preview.last.role).toBe("ASSISTANT");
    for (const glimpse of [preview.first, preview.last]) {
      expect(glimpse.text).not.toMatch(/\n/);
      expect(glimpse.text.length).toBeLessThanOrEqual(200);
    }
    expect(preview.first.text.endsWith("…")).toBe(true);
  });

  it("reads Claude Code terminal output", () => {
    const preview = previewTranscript(sample("claude-terminal.txt"));
    expect(preview).toMatchObject({ ok: true, format: "CLAUDE_CODE_TERMINAL", messageCount: 8 });
    if (preview.ok) expect(preview.first.text).toBe("Let's review TODO together");
  });

  it("names the format it expected when the input does not fit", () => {
    expect(previewTranscript('[{"role":"user"}]')).toEqual({
      ok: false,
      message: "Not a JSON message list: no messages found.",
    });
    const broken = '{"type":"user","message":{"role":"user","content":"hi"}}\n{bad';
    expect(previewTranscript(broken)).toMatchObject({ ok: false, message: expect.stringMatching(/^Not a JSON/) });
  });

  it("lists the supported formats when none is recognised, and refuses empty input", () => {
    const unknown = previewTranscript("just some words");
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.message).toContain("Claude Code JSONL transcript");
    expect(previewTranscript("  \n ")).toEqual({ ok: false, message: "The transcript is empty." });
  });

  it("refuses what the API would refuse: too many characters or messages", () => {
    const tooLong = previewTranscript(`User: ${"x".repeat(MAX_TRANSCRIPT_CHARS)}`);
    expect(tooLong).toMatchObject({ ok: false, message: expect.stringContaining("25 million characters") });
    const lines = Array.from(
      { length: MAX_MESSAGES_PER_IMPORT + 1 },
      (_, i) => `${i % 2 ? "Assistant" : "User"}: message ${i}`,
    );
    const tooMany = previewTranscript(lines.join("\n"));
    expect(tooMany).toMatchObject({ ok: false, message: expect.stringContaining("20,001 messages") });
    const atLimit = previewTranscript(lines.slice(1).join("\n"));
    expect(atLimit).toMatchObject({ ok: true, messageCount: MAX_MESSAGES_PER_IMPORT });
  });
});

describe("formatName", () => {
  it("names every format and passes unknown ones through", () => {
    expect(formatName("CHATGPT_JSON")).toBe("ChatGPT export (JSON)");
    expect(formatName("SOMETHING_NEW")).toBe("SOMETHING_NEW");
  });
});
