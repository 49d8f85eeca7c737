import { describe, expect, it } from "vitest";
import { parseTodoList, todoCandidates } from "../src/extract/todos.ts";
import { renderContent } from "../src/parse/content-blocks.ts";
import { assistant, chat, tool, user } from "./helpers.ts";

describe("agent todo lists", () => {
  it("reads Claude Code's checkbox lines", () => {
    expect(parseTodoList("Update Todos\n☒ Create the `astral` branch\n☐ Replace black with ruff")).toEqual([
      { text: "Create the `astral` branch", done: true },
      { text: "Replace black with ruff", done: false },
    ]);
  });

  it("reads Copilot's manage_todo_list maps, preferring the description", () => {
    const content =
      "Tool use: manage_todo_list\n- todoList: `[map[description:Add a /pos route with guest cards id:1 status:completed title:POS route] map[description:Add navigation links id:2 status:in-progress title:Links]]`";
    expect(parseTodoList(content)).toEqual([
      { text: "Add a /pos route with guest cards", done: true },
      { text: "Add navigation links", done: false },
    ]);
  });

  it("keeps TodoWrite input whole instead of clipping its JSON", () => {
    const [block] = renderContent(
      [
        {
          type: "tool_use",
          name: "TodoWrite",
          input: {
            todos: [
              { content: "Write failing E2E tests in tests/e2e/test_selection.py", status: "completed" },
              { content: "Store offsets instead of the Range object", status: "pending" },
            ],
          },
        },
      ],
      "ASSISTANT",
    );
    expect(block?.text).toBe(
      "TodoWrite\n☒ Write failing E2E tests in tests/e2e/test_selection.py\n☐ Store offsets instead of the Range object",
    );
  });

  it("turns the session's last list into open tasks and notes of what was done", () => {
    const found = todoCandidates(
      chat(
        user("Add the POS screen."),
        tool("Update Todos\n☐ Add `PosLive` route\n☐ Add guest cards"),
        assistant("Working on it."),
        tool("Update Todos\n☒ Add `PosLive` route\n☐ Add guest cards"),
      ),
    ).map((c) => [c.kind, c.status, c.text]);
    expect(found).toEqual([
      ["NOTE", "OPEN", "Done: Add `PosLive` route"],
      ["TASK", "OPEN", "Add guest cards"],
    ]);
  });

  it("ignores a single checkbox mentioned in passing", () => {
    expect(parseTodoList("I ran the tests.\n☒ all green\nNothing else to report here.\nMore prose.")).toBeNull();
  });
});

describe("test runner output", () => {
  it("is no todo list, however many ticks it prints", () => {
    const report = [
      "✓ parser > reads dates [0.71ms]",
      "✓ parser > rejects bad input [1.20ms]",
      "✓ cli > prints help (3 ms)",
    ];
    expect(parseTodoList(report.join("\n"))).toBeNull();
  });
});
