import { describe, expect, it } from "vitest";
import { addressCandidates } from "../src/extract/addresses.ts";
import { schemaCandidates } from "../src/extract/schema.ts";
import { extractSession } from "../src/extract/session.ts";
import { settingCandidates } from "../src/extract/settings.ts";
import { testRunCandidates } from "../src/extract/test-runs.ts";
import { assistant, chat, tool, user } from "./helpers.ts";

// Correctness on large and degenerate inputs (speed is measured by the benchmark, never asserted here).
describe("facts read from files and tools, on large inputs", () => {
  const manyColumns = Array.from({ length: 3000 }, (_, i) => `      add :col_${i}, :string`).join("\n");
  const migration = `Write(priv/repo/migrations/1_big.exs)\n    create table(:wide) do\n${manyColumns}\n    end`;
  const longLine = `Write(config/app.toml)\nkey = ${"x".repeat(50_000)}`;
  const manyUrls = Array.from({ length: 2000 }, (_, i) => `http://localhost:${3000 + (i % 5)}/p${i}`).join(" ");
  const noSummary = `${"=".repeat(40_000)} 3 passed`;

  it("stay bounded", () => {
    const table = schemaCandidates(chat(tool(migration)));
    expect(table).toHaveLength(1);
    expect(table[0]?.text.split(",").length).toBeLessThanOrEqual(10);
    expect(settingCandidates(chat(tool(longLine)))).toEqual([]);
    expect(addressCandidates(chat(user(manyUrls)))[0]?.text.split(",").length).toBe(3);
    expect(testRunCandidates(chat(tool(noSummary)))).toEqual([]);
  });

  it("do not break a whole session's extraction", () => {
    const found = extractSession(
      chat(user("Widen the table and pin the settings."), tool(migration), tool(longLine), assistant(manyUrls)),
      { opensProject: false },
    );
    expect(found.length).toBeGreaterThan(0);
  });
});
