import { describe, expect, it } from "vitest";
import { narratesProgress } from "../src/extract/assistant.ts";
import { fileCandidates } from "../src/extract/files.ts";
import { extractSession } from "../src/extract/session.ts";
import { assistant, chat, tool, user } from "./helpers.ts";

describe("progress narration", () => {
  const narration = [
    "Good! The parser already handles `--since`. Now let me update the exporter:",
    "Now let me add the CSV writer to `src/export/csv.ts`:",
    "I see the issue - `rowCount` and `rowLimit` are swapped in the loop. Let me fix that:",
    "Let me compile again:",
  ].join("\n\n");

  it("tells commentary between tool calls from a wrap-up", () => {
    expect(narratesProgress(narration)).toBe(true);
    const wrapUp = [
      "## Summary",
      "The exporter writes `report.csv` with one row per invoice (`src/export/csv.ts`).",
      "Run it with `pnpm export --since 2024-01-01`.",
    ].join("\n\n");
    expect(narratesProgress(wrapUp)).toBe(false);
  });

  it("does not read a late narration message as the session's summary", () => {
    const found = extractSession(
      chat(user("Export invoices to CSV with `pnpm export`."), tool("Tool use: read_file"), assistant(narration)),
      { opensProject: false },
    );
    expect(found.some((c) => c.text.includes("rowCount"))).toBe(false);
  });
});

describe("agent instruction files", () => {
  it("carries a file of instructions for AI agents after a single mention", () => {
    const found = fileCandidates(
      chat(
        user("Add a retry to the uploader."),
        assistant("Now let me note the retry policy in the `.github/copilot-instructions.md` file:"),
        assistant("I changed `src/upload/retry.ts` once."),
      ),
      10,
    ).map((c) => c.text);
    expect(found).toContainEqual("`.github/copilot-instructions.md` (instructions for AI agents)");
    expect(found.some((text) => text.includes("src/upload/retry.ts"))).toBe(false);
  });
});

describe("agent skills and slash commands", () => {
  it("are instructions for AI agents too", () => {
    const found = fileCandidates(
      chat(
        user("Use the release skill."),
        ["SYSTEM", "Base directory for this skill: /home/ada/shop/.claude/skills/release-notes\n\n# Release notes"],
        assistant("Wrote the prompt to `.claude/commands/review.md`."),
      ),
      10,
    ).map((c) => c.text);
    expect(found.some((t) => /\.claude\/skills\/release-notes` \(instructions for AI agents\)$/.test(t))).toBe(true);
    expect(found.some((t) => /^`\.claude\/commands\/review\.md`.*\(instructions for AI agents\)$/.test(t))).toBe(true);
  });
});

describe("dotfiles", () => {
  it("are files, with or without an extension", () => {
    const found = fileCandidates(
      chat(user("Add `.env.local` and `.pre-commit-config.yaml`, and list both in .gitignore.")),
      10,
    ).map((c) => c.text);
    expect(found).toEqual(expect.arrayContaining(["`.env.local`", "`.pre-commit-config.yaml`", "`.gitignore`"]));
  });
});

describe("paths in URLs", () => {
  it("does not take the path of a URL with a port for a file", () => {
    const found = fileCandidates(
      chat(user("Opening http://10.0.0.7:8080/reports/new fails, and so does 10.0.0.7:8080/reports/new")),
      10,
    ).map((c) => c.text);
    expect(found.some((text) => text.includes("8080/reports"))).toBe(false);
  });
});

describe("things that look like paths", () => {
  it("are not files when they are namespaces or an agent's own folders in the home directory", () => {
    const found = fileCandidates(
      chat(
        user("Use Phoenix.LiveView.JS and QRCode.CorrectLevel.H in `lib/shop/pay.ex`, see lib/shop/pay.ex."),
        tool("Write(/home/ada/.claude/plans/quiet-plan.md)"),
        tool("Write(/home/ada/.claude/plans/quiet-plan.md)"),
      ),
      10,
    ).map((c) => c.text);
    expect(found).toEqual(["`lib/shop/pay.ex`"]);
  });
});

describe("narration lead-ins", () => {
  it("head no summary section", () => {
    const found = extractSession(
      chat(
        user("Fix the links."),
        assistant(
          "Now let me check the new file:\n\nAll the links now use the `/shop` prefix in `src/links.ts` and `src/nav.ts`.",
        ),
      ),
      { opensProject: false },
    );
    expect(found.some((c) => c.kind === "FILE" && c.text.startsWith("All the links"))).toBe(false);
  });
});

describe("lead-ins to a list", () => {
  it("are no items when they name nothing; the list's items are", () => {
    const wrapUp = [
      "## Not done yet",
      "",
      "The audit also looked at the exporter. Those wait for a later pass:",
      "- Retry `fetchInvoices` on HTTP 429",
      "- Move `TAX_RATE` into `config/billing.toml`",
    ].join("\n");
    const found = extractSession(chat(user("Wire up billing"), assistant(wrapUp)), { opensProject: false });
    expect(found.some((c) => c.text.startsWith("Those wait"))).toBe(false);
    expect(found.map((c) => c.text)).toEqual(
      expect.arrayContaining(["Retry `fetchInvoices` on HTTP 429", "Move `TAX_RATE` into `config/billing.toml`"]),
    );
  });
});

describe("a file listed with a short label", () => {
  it("is no decision because its label says 'design'", () => {
    const summary = [
      "## Architecture",
      "- docs/DESIGN.md - System design",
      "- We chose `sqlite` over Postgres for the offline cache instead of a JSON file.",
    ].join("\n");
    const found = extractSession(chat(user("Document the design"), assistant(summary)), { opensProject: false });
    expect(found.some((c) => c.kind === "DECISION" && c.text.includes("DESIGN.md"))).toBe(false);
    expect(found.some((c) => c.kind === "DECISION" && c.text.includes("sqlite"))).toBe(true);
  });
});
