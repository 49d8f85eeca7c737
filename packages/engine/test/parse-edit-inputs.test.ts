import { describe, expect, it } from "vitest";
import { fileCandidates } from "../src/extract/files.ts";
import { summarizeToolCall } from "../src/parse/content-blocks.ts";
import { parseTranscript } from "../src/parse/index.ts";

const line = (entry: object) => JSON.stringify({ sessionId: "s1", parentUuid: null, ...entry });

describe("edit tool inputs in JSON transcripts", () => {
  it("keeps the code an edit writes, line breaks included, written side first", () => {
    const text = summarizeToolCall("Edit", {
      file_path: "/home/ada/shop/src/cart/totals.py",
      old_string: "def subtotal(items):\n    return 0",
      new_string:
        "def subtotal(items):\n    return sum(i.price for i in items)\n\ndef grand_total(items, tax):\n    ...",
      replace_all: false,
    });
    expect(text.split("\n")[0]).toBe("Edit file_path: /home/ada/shop/src/cart/totals.py, replace_all: false");
    expect(text).toContain("- new_string:\ndef subtotal(items):\n    return sum(");
    expect(text.indexOf("- new_string:")).toBeLessThan(text.indexOf("- old_string:"));
  });

  it("lets a key file list the names a Claude Code edit adds", () => {
    const jsonl = [
      line({ type: "user", uuid: "u1", message: { role: "user", content: "Add a grand total to the cart." } }),
      line({
        type: "assistant",
        uuid: "a1",
        message: {
          role: "assistant",
          content: [
            {
              type: "tool_use",
              id: "t1",
              name: "Edit",
              input: {
                file_path: "src/cart/totals.py",
                old_string: "def subtotal(items):\n    return 0\n",
                new_string: "def subtotal(items):\n    return 0\n\ndef grand_total(items, tax):\n    return 1\n",
              },
            },
          ],
        },
      }),
      line({
        type: "assistant",
        uuid: "a2",
        message: { role: "assistant", content: [{ type: "text", text: "Added it to src/cart/totals.py." }] },
      }),
    ].join("\n");
    const { messages } = parseTranscript(jsonl, "CLAUDE_CODE_JSONL");
    const files = fileCandidates(messages, 10).map((c) => c.text);
    expect(files.find((t) => t.includes("totals.py"))).toMatch(/grand_total/);
    expect(files.find((t) => t.includes("totals.py"))).not.toMatch(/subtotal/);
  });

  it("reads each edit of a MultiEdit", () => {
    const text = summarizeToolCall("MultiEdit", {
      file_path: "src/a.ts",
      edits: [
        { old_string: "x", new_string: "export function alpha() {}" },
        { old_string: "y", new_string: "export function beta() {}" },
      ],
    });
    expect(text).toContain("export function alpha() {}");
    expect(text).toContain("export function beta() {}");
  });
});

describe("edit tool inputs in SpecStory exports", () => {
  const body = Array.from({ length: 120 }, (_, i) => `  def step_${i}(x), do: x + ${i}`).join("\n");
  const export_ = [
    "_**User (2025-03-02 10:00:00Z)**_",
    "",
    "Add the pipeline module.",
    "",
    "---",
    "",
    "_**Agent (copilot/model)**_",
    "",
    '<tool-use data-tool-type="write" data-tool-name="create_file"><details>',
    "<summary>Tool use: **create_file**</summary>",
    "",
    "**Input:**",
    "",
    "- content:",
    "",
    "```",
    "defmodule Shop.Pipeline do",
    body,
    "end",
    "```",
    "- filePath: `/work/shop/lib/shop/pipeline.ex`",
    "",
    "</details></tool-use>",
  ].join("\n");
  const tool = parseTranscript(export_, "SPECSTORY").messages.find((m) => m.role === "TOOL");

  it("puts the file's path under the tool's name, before the content", () => {
    expect(tool?.content.split("\n").slice(0, 2)).toEqual([
      "Tool use: create_file",
      "- filePath: `/work/shop/lib/shop/pipeline.ex`",
    ]);
  });

  it("keeps more of the code a tool writes than of other tool output", () => {
    expect(tool?.content.length).toBeGreaterThan(2500);
    expect(tool?.content).toContain("def step_80(x)");
  });
});
