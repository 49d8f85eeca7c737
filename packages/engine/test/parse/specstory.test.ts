import { describe, expect, it } from "vitest";
import { parseTranscript } from "../../src/parse/index.ts";
import { contentsOf, readFixture, roles } from "./helpers.ts";

describe("SPECSTORY parser — legacy Cursor export", () => {
  const result = parseTranscript(readFixture("specstory-legacy.txt"), "SPECSTORY");

  it("reads the title without its timestamp", () => {
    expect(result.title).toBe("Minsky Task Workflow Rule Creation");
  });

  it("makes one USER message per _**User**_ turn, without the --- separator", () => {
    const users = contentsOf(result, "USER");
    expect(users).toHaveLength(3);
    expect(users[0]).toMatch(/^write a cursor rule called `minsky.mdc`/);
    expect(users[0]?.endsWith("---")).toBe(false);
    expect(users[1]).toBe("now update the @tasks-process.mdc doc to specify to use minsky");
  });

  it("keeps assistant prose split by --- rules as one ASSISTANT message", () => {
    const first = contentsOf(result, "ASSISTANT")[0] ?? "";
    expect(first).toContain("Here’s a draft");
    expect(first).toContain("# Rule Name: minsky");
  });

  it("turns <details>, 'Read file:' and applied diffs into TOOL messages", () => {
    const tools = contentsOf(result, "TOOL");
    expect(tools[0]).toMatch(/^Searched codebase "tasks-process.mdc"/);
    expect(tools[0]).not.toContain("<summary>");
    expect(tools).toContain("Read file: .cursor/rules/tasks-process.mdc");
    expect(tools.some((tool) => tool.startsWith("```diff"))).toBe(true);
    expect(roles(result).slice(2, 7)).toEqual(["USER", "TOOL", "TOOL", "TOOL", "ASSISTANT"]);
  });
});

describe("SPECSTORY parser — v2 (VS Code Copilot agent)", () => {
  const result = parseTranscript(readFixture("specstory-v2.txt"), "SPECSTORY");

  it("reads user timestamps and no title from a timestamp-only heading", () => {
    expect(result.title).toBeUndefined();
    expect(result.messages[0]?.role).toBe("USER");
    expect(result.messages[0]?.createdAt).toBe("2025-10-16T18:31:16Z");
  });

  it("turns <tool-use> blocks into compact TOOL messages", () => {
    const tools = contentsOf(result, "TOOL");
    expect(tools).toHaveLength(2);
    expect(tools[0]).toBe(
      "Tool use: read_file\n- filePath: `/Users/michalhorcic/projects/ELIXIR/cozy_checkout/lib/cozy_checkout_web/router.ex`",
    );
  });

  it("keeps <think> narration as an ASSISTANT message of its own, without SpecStory's wrapper", () => {
    expect(result.messages.some((message) => message.content.includes("Thought Process"))).toBe(false);
    const narration = result.messages[1];
    expect(narration?.role).toBe("ASSISTANT");
    expect(narration?.content).toMatch(/^I'll help you create a menu/);
    expect(narration?.content).toContain("Now let me update the router");
    expect(narration?.content).not.toContain("<");
  });

  it("orders turns as they happened", () => {
    expect(roles(result)).toEqual(["USER", "ASSISTANT", "TOOL", "TOOL", "ASSISTANT", "USER", "ASSISTANT"]);
    expect(result.messages[5]?.createdAt).toBe("2025-10-16T18:40:02Z");
  });

  it("treats a ```bash command and its output block as one TOOL message", () => {
    const text = [
      "_**User**_",
      "",
      "init the project",
      "",
      "---",
      "",
      "_**Assistant**_",
      "",
      "Let me initialise it.",
      "",
      "---",
      "",
      "```bash",
      "bun init -y",
      "```",
      "",
      "```",
      "$ bun init -y",
      " + index.ts",
      "```",
      "",
      "---",
      "",
      "Done.",
    ].join("\n");
    const parsed = parseTranscript(text, "SPECSTORY");
    expect(roles(parsed)).toEqual(["USER", "ASSISTANT", "TOOL", "ASSISTANT"]);
    expect(parsed.messages[2]?.content).toContain("bun init -y\n```\n\n```\n$ bun init -y");
  });
});
