import { beforeAll, describe, expect, it } from "vitest";
import { renderWith } from "../src/render/prompt.ts";
import { loadTokenCounter, type TokenCounter } from "../src/render/tokens.ts";
import { item, ledgerOf } from "./ledger-factory.ts";

let counter: TokenCounter;
beforeAll(async () => {
  counter = await loadTokenCounter();
});

// A date or timestamp is when something happened, not a name to ask for: the index leaves it out, while a file
// named by its date is still a file.
describe("dates in the index", () => {
  it("lists the names of an item, not the moment it quotes", () => {
    const ledger = ledgerOf([
      item("BLOCKER", "`~U[2024-05-02 08:15:00Z]` is rejected by `Visit.arrived_on`, a `:date` field", {
        archived: true,
        keys: ["~u[2024-05-02 08:15:00z", "visit.arrived_on", ":date"],
      }),
      item("FILE", "`journal/2024-05-02.md`", { archived: true, keys: ["journal/2024-05-02.md"] }),
    ]);
    const index = renderWith(ledger, { project: { name: "demo" } }, counter).prompt.split("(not shown in full)\n")[1];
    expect(index).toContain("Visit.arrived_on");
    expect(index).not.toContain("08:15");
    expect(index).toContain("journal/2024-05-02.md");
  });
});
