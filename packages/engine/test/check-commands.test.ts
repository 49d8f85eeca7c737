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

// A chat tool's echo of a custom command ("/standup is running…") carries its status, not an argument.
describe("a custom command's running notice", () => {
  const run = (...said: string[]) => commandCandidates(chat(...said.map((s) => user(s))), 10).map((c) => c.text);

  it("is no command with an argument", () => {
    expect(run("/standup is running…", "/standup is running…", "/standup is running...")).toEqual([]);
  });

  it("leaves a slash command with a real argument alone", () => {
    expect(run("/run make test", "/run make test").length).toBe(1);
  });
});

// Asking a tool for its version checks what is installed, not how the project is driven.
describe("version queries", () => {
  const run = (...calls: string[]) => commandCandidates(chat(...calls.map((c) => tool(c))), 10).map((c) => c.text);

  it("are no project commands however often they run", () => {
    expect(run(...Array(3).fill("Bash(deno --version)"), ...Array(3).fill("Bash(poetry version)"))).toEqual([]);
  });

  it("leave a verbose test run alone", () => {
    expect(run("Bash(pytest -v)", "Bash(pytest -v)", "Bash(pytest -v)")).toEqual(["`pytest -v`"]);
  });
});

// An installer names a package at its source ("mylib @ file:///…"): a reference, not a command.
describe("a package named at its source", () => {
  it("is no command", () => {
    const said = "× Failed to build `ledgerkit @ file:///home/ana/src/ledgerkit`";
    expect(commandCandidates(chat(...Array(3).fill(tool(said))), 10)).toEqual([]);
  });
});

// A call written as the tool's name with its command in parentheses keeps the quotes inside as arguments.
describe("a parenthesised tool call with quoted arguments", () => {
  it("is read whole", () => {
    const call = tool('Bash(cd /home/ana/shop && poetry run pytest -k "not slow")…');
    expect(commandCandidates(chat(call, call, call), 10).map((c) => c.text)).toEqual([
      '`poetry run pytest -k "not slow"`',
    ]);
  });
});
