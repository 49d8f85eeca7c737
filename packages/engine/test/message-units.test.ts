import { describe, expect, it } from "vitest";
import { splitMessage } from "../src/text/units.ts";

// How a message is cut into the statements the extractors read.
describe("message units", () => {
  it("reads a table's rows as statements and skips its header and rule rows", () => {
    const table = [
      "| Check | Result | Next |",
      "|-------|:------:|------|",
      "| `lint` | 2 warnings | fix `no-unused-vars` in `cart.ts` |",
      "| `e2e` | green | — |",
    ].join("\n");
    expect(splitMessage(table).units.map((u) => u.text)).toEqual([
      "`lint` — 2 warnings — fix `no-unused-vars` in `cart.ts`",
      "`e2e` — green — —",
    ]);
  });

  it("keeps a row of a table that has no header rule", () => {
    expect(splitMessage("| `PORT` | 8080 |").units.map((u) => u.text)).toEqual(["`PORT` — 8080"]);
  });
});
