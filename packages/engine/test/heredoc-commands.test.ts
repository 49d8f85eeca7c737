import { describe, expect, it } from "vitest";
import { commandCandidates } from "../src/extract/commands.ts";
import { chat, tool, user } from "./helpers.ts";

function commands(...calls: string[]): string[] {
  return commandCandidates(chat(user("check the rates table"), ...calls.map((c) => tool(c))), 10).map((c) => c.text);
}

// A command whose input was a here-document is cut where the document starts: alone it shows nothing to run.
describe("commands fed by a here-document", () => {
  it("are left out once their document is gone", () => {
    const calls = ["Bash command: poetry run python <<", "Bash command: poetry run python << 'EOF'"];
    expect(commands(...calls, ...calls).some((c) => c.includes("<<"))).toBe(false);
  });

  it("leave complete commands alone", () => {
    const calls = ["Bash command: poetry run pytest -q", "Bash command: poetry run pytest -q"];
    expect(commands(...calls)).toEqual(["`poetry run pytest -q`"]);
  });
});
