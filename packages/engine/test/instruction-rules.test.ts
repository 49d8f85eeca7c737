import { describe, expect, it } from "vitest";
import { instructionRuleCandidates, ruleOfLine } from "../src/extract/instruction-rules.ts";
import { chat, tool, user } from "./helpers.ts";

// Rules an edit writes into the agents' instruction files are the project's settled rules.
describe("rules written into agent instructions", () => {
  it("reads a rule from an added list line, without its marker, label or a cut-off code span", () => {
    expect(ruleOfLine("- **Releases**: Never tag a release from a dirty tree")).toBe(
      "Never tag a release from a dirty tree",
    );
    expect(ruleOfLine("  42 + - Always rebuild the icons after changing `palette.json`")).toBe(
      "Always rebuild the icons after changing `palette.json`",
    );
    expect(ruleOfLine("- Always activate the toolchain first (`nvm")).toBe("Always activate the toolchain first");
  });

  it("skips headings, prose without a rule's words, code and wrapped tails", () => {
    expect(ruleOfLine("## Release checklist")).toBeNull();
    expect(ruleOfLine("- The icons live under assets/icons and are generated")).toBeNull();
    expect(ruleOfLine("const ALWAYS_RETRY = true;")).toBeNull();
    expect(ruleOfLine("+ ng the build. Never skip the smoke test afterwards")).toBeNull();
  });

  it("takes the rules an edit adds to an instructions file, and none from other files", () => {
    const edit = (path: string, added: string) =>
      tool(
        `Tool use: replace_string_in_file\n- filePath: \`${path}\`\n- oldString:\n\`\`\`\n## Rules\n\`\`\`\n- newString:\n\`\`\`\n## Rules\n${added}\n\`\`\``,
      );
    const found = instructionRuleCandidates(
      chat(
        user("Write down that we never commit generated sprites"),
        edit("AGENTS.md", "- Never commit generated sprites; they are rebuilt in CI"),
        edit("docs/notes.md", "- Never commit on Fridays"),
      ),
    );
    expect(found.map((c) => [c.kind, c.text])).toEqual([
      ["CONSTRAINT", "Never commit generated sprites; they are rebuilt in CI"],
    ]);
  });
});

// A duty the line says comes back is a rule worded as "when" rather than "must".
describe("recurring duties written into agent instructions", () => {
  it("are rules", () => {
    expect(ruleOfLine("- Regularly re-check the pinned `node` version in `.nvmrc`")).toBe(
      "Regularly re-check the pinned `node` version in `.nvmrc`",
    );
    expect(ruleOfLine("- Update `CHANGELOG.md` whenever a public function changes")).toBe(
      "Update `CHANGELOG.md` whenever a public function changes",
    );
  });

  it("leave a plain description alone", () => {
    expect(ruleOfLine("- The changelog lists every public function change")).toBeNull();
  });
});
