import { beforeAll, describe, expect, it } from "vitest";
import { renderWith } from "../src/render/prompt.ts";
import { loadTokenCounter, type TokenCounter } from "../src/render/tokens.ts";
import { item, ledgerOf } from "./ledger-factory.ts";

let counter: TokenCounter;
beforeAll(async () => {
  counter = await loadTokenCounter();
});

// A file the key-files section names inside its directory's group line is written in the prompt already, only
// not in one piece: the index does not list it again.
describe("paths the prompt names in a group line", () => {
  it("are not repeated in the index", () => {
    const ledger = ledgerOf([
      item("FILE", "`src/shop/cart.ts`: addItem", { keys: ["src/shop/cart.ts", "additem"], priority: 90 }),
      item("FILE", "`src/shop/price.ts`: totalOf", { keys: ["src/shop/price.ts", "totalof"], priority: 90 }),
      item("NOTE", "`src/shop/cart.ts` rounds with `bankersRound`", {
        archived: true,
        keys: ["src/shop/cart.ts", "bankersround"],
      }),
    ]);
    const { prompt } = renderWith(ledger, { project: { name: "demo" } }, counter);
    expect(prompt).toContain("- `src/shop/`: cart.ts: addItem; price.ts: totalOf");
    const index = prompt.split("(not shown in full)\n")[1] ?? "";
    expect(index).toContain("bankersRound");
    expect(index).not.toContain("shop/cart.ts");
  });
});
