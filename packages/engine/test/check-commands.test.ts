import { describe, expect, it } from "vitest";
import { commandCandidates } from "../src/extract/commands.ts";
import { chat, tool, user } from "./helpers.ts";

function commands(...calls: string[]): string[] {
  return commandCandidates(chat(user("tidy up the parser"), ...calls.map((c) => tool(c))), 10).map((c) => c.text);
}

// A command the agent says it runs to check the project shows how the work is verified, even when run once.
describe("commands the agent describes as checks", () => {
  it("count when run once", () => {
    expect(commands("Bash command: zig build verify src/, description: Run type checker, timeout: 60000")).toEqual([
      "`zig build verify src/`",
    ]);
    expect(commands("Bash command: make spec-all, description: Run the test suite")).toEqual(["`make spec-all`"]);
  });

  it("still need repeating when they only explore", () => {
    expect(commands("Bash command: tokei src/, description: Count lines of code")).toEqual([]);
  });
});
