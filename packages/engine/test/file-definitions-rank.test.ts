import { describe, expect, it } from "vitest";
import { fileCandidates } from "../src/extract/files.ts";
import { chat, tool, user } from "./helpers.ts";

// Among a session's many touched files, one whose edit adds a named definition says what it holds, and is
// kept before files only created without one (scaffolded notes, empty stubs).
describe("files that a session's edits define things in", () => {
  it("rank above files merely created", () => {
    const create = (path: string) =>
      tool(`Tool use: create_file\n- content:\n\`\`\`\nTBD\n\`\`\`\n- filePath: \`${path}\``);
    const found = fileCandidates(
      chat(
        user("Scaffold the garden planner and add the frost warning"),
        create("docs/planting.md"),
        create("docs/watering.md"),
        create("docs/harvest.md"),
        tool(
          "Tool use: replace_string_in_file\n- filePath: `planner/alerts.py`\n- newString:\n```\nclass FrostWarning:\n    pass\n```",
        ),
        user("Thanks"),
      ),
      9,
    );
    // The session keeps its files by priority (extract/session.ts caps each kind).
    const byPriority = [...found].sort((a, b) => b.priority - a.priority).map((c) => c.text);
    expect(byPriority[0]).toBe("`planner/alerts.py`: FrostWarning");
  });
});
