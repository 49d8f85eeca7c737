import { describe, expect, it } from "vitest";
import { parseTranscript } from "../../src/parse/index.ts";
import { contentsOf, readFixture, roles } from "./helpers.ts";

/** One Claude Code JSONL line with the fields the parser reads. */
function entry(fields: Record<string, unknown>): string {
  return JSON.stringify({ parentUuid: null, isSidechain: false, sessionId: "s1", ...fields });
}

describe("CLAUDE_CODE_JSONL parser — real excerpt", () => {
  const result = parseTranscript(readFixture("claude-code.jsonl"), "CLAUDE_CODE_JSONL");

  it("keeps what the user typed as USER and IDE notices as SYSTEM", () => {
    expect(result.messages[0]?.role).toBe("SYSTEM");
    expect(result.messages[0]?.content).toMatch(/^<ide_opened_file>/);
    expect(contentsOf(result, "USER")).toEqual([
      "Hi Claude, go puill the issue for the first elaboration spike from github and all necessary documentation from docs/",
      "/transcript",
    ]);
  });

  it("summarises tool calls and keeps tool results as TOOL messages", () => {
    const tools = contentsOf(result, "TOOL");
    expect(tools[0]).toBe("Read file_path: /tmp/issue_body.md");
    expect(tools).toContain("Error: <tool_use_error>File does not exist.</tool_use_error>");
    expect(tools.some((tool) => tool.startsWith("Bash command: gh issue list --limit 20"))).toBe(true);
  });

  it("starts a session at the compact boundary with the summary as SYSTEM", () => {
    expect(result.sessionStarts).toHaveLength(2);
    const start = result.sessionStarts[1] ?? -1;
    expect(result.messages[start]?.role).toBe("SYSTEM");
    expect(result.messages[start]?.content).toMatch(/^This session is being continued/);
    expect(result.messages[start]?.createdAt).toBe("2026-01-15T00:32:31.154Z");
  });

  it("turns meta prompts (command expansions) into TOOL text, which the ledger reads as noise", () => {
    const transcript = result.messages.findIndex((message) => message.content === "/transcript");
    expect(result.messages[transcript + 1]?.role).toBe("TOOL");
    expect(result.messages[transcript + 1]?.content).toMatch(/^# Archive Transcript/);
  });

  it("drops queue operations and file-history snapshots", () => {
    expect(result.messages.every((message) => message.content.trim() !== "")).toBe(true);
    expect(result.messages.some((message) => message.content.includes("trackedFileBackups"))).toBe(false);
  });
});

describe("CLAUDE_CODE_JSONL parser — block handling", () => {
  it("drops thinking, truncates long results, marks sidechains as TOOL and skips repeated uuids", () => {
    const longOutput = "x".repeat(10_000);
    const lines = [
      entry({ type: "summary", summary: "Fix the login bug", leafUuid: "l1" }),
      entry({ type: "user", uuid: "u1", message: { role: "user", content: "please fix login" } }),
      entry({
        type: "assistant",
        uuid: "a1",
        message: {
          role: "assistant",
          content: [
            { type: "thinking", thinking: "secret musings" },
            { type: "text", text: "Looking at it." },
            { type: "tool_use", id: "t1", name: "Bash", input: { command: "npm test" } },
          ],
        },
      }),
      entry({
        type: "user",
        uuid: "u2",
        message: { role: "user", content: [{ type: "tool_result", tool_use_id: "t1", content: longOutput }] },
      }),
      entry({ type: "user", uuid: "u2", message: { role: "user", content: "duplicate line" } }),
      entry({ type: "assistant", uuid: "a2", isSidechain: true, message: { role: "assistant", content: "sub-agent" } }),
      entry({
        type: "user",
        uuid: "u3",
        message: { role: "user", content: "<local-command-stdout>Total cost: $1</local-command-stdout>" },
      }),
      entry({
        type: "user",
        uuid: "u4",
        message: { role: "user", content: "<command-name>/model</command-name>\n<command-args>opus</command-args>" },
      }),
    ];
    const result = parseTranscript(lines.join("\n"), "CLAUDE_CODE_JSONL");
    expect(result.title).toBe("Fix the login bug");
    expect(roles(result)).toEqual(["USER", "ASSISTANT", "TOOL", "TOOL", "TOOL", "TOOL", "USER"]);
    expect(result.messages.some((message) => message.content.includes("secret musings"))).toBe(false);
    expect(result.messages[2]?.content).toBe("Bash command: npm test");
    expect(result.messages[3]?.content.length).toBeLessThan(2100);
    expect(result.messages[3]?.content).toContain("chars omitted");
    expect(result.messages[4]?.content).toBe("sub-agent");
    expect(result.messages[5]?.content).toBe("Total cost: $1");
    expect(result.messages[6]?.content).toBe("/model opus");
  });

  it("starts a new session at an isCompactSummary message even without a boundary line", () => {
    const lines = [
      entry({ type: "user", uuid: "u1", message: { role: "user", content: "first" } }),
      entry({ type: "assistant", uuid: "a1", message: { role: "assistant", content: [{ type: "text", text: "ok" }] } }),
      entry({ type: "user", uuid: "u2", isCompactSummary: true, message: { role: "user", content: "Summary: …" } }),
      entry({ type: "user", uuid: "u3", message: { role: "user", content: "second" } }),
    ];
    const result = parseTranscript(lines.join("\n"), "CLAUDE_CODE_JSONL");
    expect(result.sessionStarts).toEqual([0, 2]);
    expect(roles(result)).toEqual(["USER", "ASSISTANT", "SYSTEM", "USER"]);
  });
});
