import { beforeAll, describe, expect, it } from "vitest";
import { renderWith } from "../src/render/prompt.ts";
import { loadTokenCounter, type TokenCounter } from "../src/render/tokens.ts";
import { item, ledgerOf } from "./ledger-factory.ts";

let counter: TokenCounter;
beforeAll(async () => {
  counter = await loadTokenCounter();
});

function indexOf(prompt: string): string {
  return prompt.split("## Also in the ledger (not shown in full)\n")[1] ?? "";
}

// An item not shown in full is indexed by the terms its text names first (a sentence names its subject before the
// details), each term written in the text counted once.
describe("the terms the index lists for an item", () => {
  it("takes the terms the text names first, not the backticked details", () => {
    const ledger = ledgerOf([
      item("NOTE", "The tinyForms kit renders `<.field>`, `<.label>` and `<.hint>` itself; skip FormHelpers.wrap", {
        archived: true,
        keys: [".field", ".label", ".hint", "tinyforms", "formhelpers.wrap"],
      }),
    ]);
    const index = indexOf(renderWith(ledger, { project: { name: "demo" } }, counter).prompt);
    expect(index).toContain("tinyForms");
    expect(index).not.toContain(".hint");
  });

  it("counts a term and its call written at one place as one term", () => {
    const ledger = ledgerOf([
      item("NOTE", "`poll_every(250)` gave way to the `rows-ready` flag, checked by `wait_for_flag()`", {
        archived: true,
        keys: ["poll_every(250", "rows-ready", "poll_every", "wait_for_flag"],
      }),
    ]);
    const index = indexOf(renderWith(ledger, { project: { name: "demo" } }, counter).prompt);
    expect(index).toContain("rows-ready");
    expect(index).toContain("wait_for_flag");
  });
});
