import { describe, expect, it } from "vitest";
import { branchCandidates } from "../src/extract/branches.ts";
import { dependencyCandidates } from "../src/extract/dependencies.ts";
import { assistant, chat, tool, user } from "./helpers.ts";

const listed = (messages: ReturnType<typeof chat>) => dependencyCandidates(messages).map((c) => c.text);

describe("dependencies a session adds", () => {
  it("reads install commands in tool calls and code, not advice in prose", () => {
    expect(
      listed(
        chat(
          user("Add E2E tests."),
          tool("Bash command: uv add --dev pytest-playwright 2>&1"),
          assistant("Run `npm install zod@^4 --save` too. You could pip install it to your user site."),
          tool("Bash command: pip install -r requirements.txt"),
        ),
      ),
    ).toEqual(["Dependencies added: pytest-playwright, zod@^4"]);
  });

  it("reads entries an edit adds to a manifest, not the ones it keeps", () => {
    const edit = [
      "Tool use: replace_string_in_file",
      "- filePath: `mix.exs`",
      "- oldString:",
      '      {:jason, "~> 1.2"},',
      "- newString:",
      '      {:jason, "~> 1.2"},',
      '      {:qr_code, "~> 3.2"},',
    ].join("\n");
    expect(listed(chat(user("Generate QR codes server-side."), tool(edit)))).toEqual([
      'Dependencies added: {:qr_code, "~> 3.2"}',
    ]);
  });

  it("lists every tuple entry an edit adds, keyed by the entries as written", () => {
    const edit = [
      "Tool use: replace_string_in_file",
      "- filePath: `mix.exs`",
      "- newString:",
      '      {:timex, "~> 3.7"},',
      '      {:nimble_csv, "~> 1.2"},',
    ].join("\n");
    const [note] = dependencyCandidates(chat(user("Export bookings as CSV."), tool(edit)));
    expect(note?.text).toBe('Dependencies added: {:timex, "~> 3.7"}, {:nimble_csv, "~> 1.2"}');
    expect(note?.keys).toEqual(['{:timex, "~> 3.7"}', '{:nimble_csv, "~> 1.2"}']);
  });

  it("adds nothing when nothing was installed", () => {
    expect(listed(chat(user("Rename the helper."), assistant("Renamed `formatPrice` to `formatAmount`.")))).toEqual([]);
  });
});

describe("git branches a session works on", () => {
  const branches = (...contents: string[]) =>
    branchCandidates(contents.map((content) => ({ role: "TOOL" as const, content }))).map((c) => c.text);

  it("names created and merged branches from git commands", () => {
    expect(
      branches(
        "Bash(git checkout -b astral)…",
        "Bash command: cd repo && git merge --no-ff astral, description: merge",
      ),
    ).toEqual(["Git branches: `astral` (created)"]);
    expect(branches("Bash command: git switch main && git merge --no-ff spike/sync")).toEqual([
      "Git branches: `spike/sync` (merged)",
    ]);
  });

  it("ignores git as an argument of another command, and plain checkouts of files", () => {
    expect(branches("Bash command: bun run src/cli.ts git branch feature", "Bash(git checkout -- src/app.ts)")).toEqual(
      [],
    );
  });
});
