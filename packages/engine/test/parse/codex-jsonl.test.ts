import { describe, expect, it } from "vitest";
import { touchedFiles } from "../../src/extract/touched.ts";
import { writtenCode } from "../../src/extract/written.ts";
import { detectFormat, parseTranscript, TranscriptParseError } from "../../src/parse/index.ts";
import { contentsOf, roles } from "./helpers.ts";

// An invented Codex CLI rollout, shaped as the CLI writes ~/.codex/sessions/…/rollout-*.jsonl.
const at = (s: number) => `2026-03-02T10:00:${String(s).padStart(2, "0")}.000Z`;
const line = (s: number, type: string, payload: Record<string, unknown>) =>
  JSON.stringify({ timestamp: at(s), type, payload });
const message = (s: number, role: string, type: string, text: string) =>
  line(s, "response_item", { type: "message", role, content: [{ type, text }] });

const patch = [
  "*** Begin Patch",
  "*** Add File: src/ledger/fees.ts",
  "+export function lateFee(days: number): number {",
  "+  return days * 2;",
  "+}",
  "*** Update File: src/ledger/index.ts",
  "@@",
  "-export { total } from './total';",
  "+export { total } from './total';",
  "+export { lateFee } from './fees';",
  "*** Delete File: src/ledger/legacy.ts",
  "*** End Patch",
].join("\n");

const rollout = [
  line(0, "session_meta", { id: "abc", cwd: "/home/ann/shop", cli_version: "0.77.0", instructions: "# AGENTS.md" }),
  message(1, "user", "input_text", "<environment_context>\n  <cwd>/home/ann/shop</cwd>\n</environment_context>"),
  line(2, "turn_context", { model: "gpt-5-codex", approval_policy: "on-request" }),
  message(3, "user", "input_text", "Add a late fee of 2 per day to the ledger."),
  line(3, "event_msg", { type: "user_message", message: "Add a late fee of 2 per day to the ledger." }),
  line(4, "response_item", { type: "reasoning", summary: [], encrypted_content: "gAAAA" }),
  line(5, "response_item", {
    type: "function_call",
    name: "shell",
    arguments: JSON.stringify({ command: ["bash", "-lc", "rg -n total src/ledger"], workdir: "/home/ann/shop" }),
    call_id: "c1",
  }),
  line(6, "response_item", {
    type: "function_call_output",
    call_id: "c1",
    output: JSON.stringify({ output: "src/ledger/total.ts:3:export function total", metadata: { exit_code: 0 } }),
  }),
  line(7, "response_item", { type: "custom_tool_call", name: "apply_patch", input: patch, call_id: "c2" }),
  line(8, "response_item", { type: "custom_tool_call_output", call_id: "c2", output: "Success. Updated 3 files." }),
  message(9, "assistant", "output_text", "Added `lateFee` in src/ledger/fees.ts and removed the legacy module."),
  line(10, "compacted", { message: "Summary: late fees are in place; next, show them on invoices." }),
  message(11, "user", "input_text", "Now show the fee on invoices."),
].join("\n");

describe("CODEX_JSONL parser", () => {
  const result = parseTranscript(rollout);

  it("is detected from the rollout lines and reads messages by role", () => {
    expect(detectFormat(rollout)).toBe("CODEX_JSONL");
    expect(result.format).toBe("CODEX_JSONL");
    expect(contentsOf(result, "USER")).toEqual([
      "Add a late fee of 2 per day to the ledger.",
      "Now show the fee on invoices.",
    ]);
    expect(contentsOf(result, "ASSISTANT")).toEqual([
      "Added `lateFee` in src/ledger/fees.ts and removed the legacy module.",
    ]);
    // The environment Codex injects is context, not the person; reasoning and UI events are left out.
    expect(result.messages[0]?.role).toBe("SYSTEM");
    expect(result.messages.some((m) => m.content.includes("gAAAA"))).toBe(false);
    expect(result.messages[1]?.createdAt).toBe(at(3));
  });

  it("writes shell calls as commands and unwraps their JSON output", () => {
    const tools = contentsOf(result, "TOOL");
    expect(tools[0]).toBe("Bash command: rg -n total src/ledger");
    expect(tools[1]).toBe("src/ledger/total.ts:3:export function total");
  });

  it("splits an apply_patch call into one edit per file, read like other agents' edits", () => {
    expect(touchedFiles(result.messages)).toEqual([
      { path: "src/ledger/fees.ts", change: "CREATED" },
      { path: "src/ledger/index.ts", change: "MODIFIED" },
      { path: "src/ledger/legacy.ts", change: "DELETED" },
    ]);
    const created = result.messages.find((m) => m.content.startsWith("Tool use: create_file"));
    expect(created && writtenCode(created)[0]?.[1]).toContain("export function lateFee");
  });

  it("reads a patch run through the shell tool, and the plan tool as a todo list", () => {
    const older = [
      message(0, "user", "input_text", "Drop the legacy module."),
      line(1, "response_item", {
        type: "function_call",
        name: "shell",
        arguments: JSON.stringify({
          command: ["apply_patch", "*** Begin Patch\n*** Delete File: src/old.ts\n*** End Patch"],
        }),
      }),
      line(2, "response_item", {
        type: "function_call",
        name: "update_plan",
        arguments: JSON.stringify({
          plan: [
            { step: "Remove old.ts", status: "completed" },
            { step: "Update docs", status: "pending" },
          ],
        }),
      }),
    ].join("\n");
    const parsed = parseTranscript(older, "CODEX_JSONL");
    expect(touchedFiles(parsed.messages)).toEqual([{ path: "src/old.ts", change: "DELETED" }]);
    expect(contentsOf(parsed, "TOOL")[1]).toBe("Plan\n☒ Remove old.ts\n☐ Update docs");
  });

  it("starts a new conversation at a compaction, with its summary as SYSTEM", () => {
    expect(result.sessionStarts).toHaveLength(2);
    const start = result.sessionStarts[1] ?? -1;
    expect(result.messages[start]).toMatchObject({
      role: "SYSTEM",
      content: expect.stringMatching(/^Summary: late fees/),
    });
    expect(roles(result).slice(start)).toEqual(["SYSTEM", "USER"]);
  });

  it("names the line and the format when a line is broken", () => {
    const broken = `${rollout.split("\n").slice(0, 3).join("\n")}\n{"timestamp": "x", "type": "response_item"`;
    expect(() => parseTranscript(broken, "CODEX_JSONL")).toThrow(TranscriptParseError);
    expect(() => parseTranscript(broken, "CODEX_JSONL")).toThrow(/Codex CLI session.*line 4 is not JSON/);
    expect(() => parseTranscript('{"type": "message"}', "CODEX_JSONL")).toThrow(
      /line 1 is not a \{timestamp, type, payload\}/,
    );
  });
});
