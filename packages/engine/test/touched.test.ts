import { describe, expect, test } from "vitest";
import { touchedFiles } from "../src/extract/touched.ts";
import type { TranscriptMessage } from "../src/types.ts";

const tool = (content: string): TranscriptMessage => ({ role: "TOOL", content });

describe("touchedFiles", () => {
  test("reads Claude Code, Copilot and aider tool calls and shell rm", () => {
    const files = touchedFiles([
      tool("Write(file_path: /home/me/app/src/sync.ts)…\nWrote 39 lines"),
      tool("Update(/home/me/app/README.md)…\nUpdated README.md with 2 additions"),
      tool("Tool use: replace_string_in_file\n- filePath: `/home/me/app/lib/core.ex`"),
      tool("Edit replace_all: false, file_path: /home/me/app/src/sync.ts, old_string: a"),
      tool("Bash(rm -f /home/me/app/old/conftest.py)…"),
      { role: "ASSISTANT", content: "Applied edit to /home/me/app/src/cli.ts" },
      { role: "USER", content: "Write(file_path: /etc/passwd)" },
      tool("Read(file_path: /home/me/app/src/other.ts)"),
    ]);
    expect(files).toEqual([
      { path: "src/sync.ts", change: "CREATED" },
      { path: "README.md", change: "MODIFIED" },
      { path: "lib/core.ex", change: "MODIFIED" },
      { path: "old/conftest.py", change: "DELETED" },
      { path: "src/cli.ts", change: "MODIFIED" },
    ]);
  });

  test("reads touch and output redirection in shell commands, in the order they run", () => {
    const files = touchedFiles([
      tool("Bash(rm -f pkg/__init__.py notes/todo.txt && touch pkg/__init__.py)…"),
      tool("Bash(echo -n '' > pkg/empty.py && cat a.txt >> logs/run.log 2>/dev/null)…"),
      tool("Bash(touch -c stamp.txt)…"),
    ]);
    expect(files).toEqual([
      { path: "pkg/__init__.py", change: "CREATED" },
      { path: "notes/todo.txt", change: "DELETED" },
      { path: "pkg/empty.py", change: "MODIFIED" },
      { path: "logs/run.log", change: "MODIFIED" },
      { path: "stamp.txt", change: "CREATED" },
    ]);
  });

  test("nothing is touched by mentions alone", () => {
    expect(touchedFiles([{ role: "ASSISTANT", content: "Look at src/app.ts and update it later." }])).toEqual([]);
  });
});
