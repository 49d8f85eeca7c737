import { beforeAll, describe, expect, it } from "vitest";
import { renderWith } from "../src/render/prompt.ts";
import { loadTokenCounter, type TokenCounter } from "../src/render/tokens.ts";
import { item, ledgerOf } from "./ledger-factory.ts";

let counter: TokenCounter;
beforeAll(async () => {
  counter = await loadTokenCounter();
});
const project = { name: "demo" };

function indexOf(prompt: string): string {
  return prompt.split("## Also in the ledger (not shown in full)\n")[1] ?? "";
}

describe("the index of items not shown in full", () => {
  it("does not repeat a term the prompt already shows", () => {
    const ledger = ledgerOf([
      item("FILE", "`src/billing/invoice.ts`", { keys: ["src/billing/invoice.ts"], priority: 80 }),
      item("NOTE", "`src/billing/invoice.ts` rounds with `roundHalfEven`", {
        archived: true,
        keys: ["src/billing/invoice.ts", "roundhalfeven"],
      }),
    ]);
    const { prompt } = renderWith(ledger, { project }, counter);
    expect(prompt).toContain("- `src/billing/invoice.ts`\n");
    const index = indexOf(prompt);
    expect(index).toContain("roundHalfEven");
    expect(index).not.toContain("invoice.ts");
  });

  it("indexes an item that names nothing strong by its weaker terms", () => {
    const ledger = ledgerOf([
      item("DECISION", "Dropped the auto-formatting hooks from the commit flow, they kept rewriting staged files", {
        archived: true,
      }),
    ]);
    const { prompt } = renderWith(ledger, { project }, counter);
    expect(indexOf(prompt)).toContain("auto-formatting");
  });

  it("indexes a file by its path and a name it defines, not by its base name again", () => {
    const ledger = ledgerOf([
      item("FILE", "`config/settings.exs` (created): billing_iban, billing_currency", {
        archived: true,
        keys: ["config/settings.exs", "settings.exs", "billing_iban", "billing_currency"],
      }),
    ]);
    const index = indexOf(renderWith(ledger, { project }, counter).prompt);
    expect(index).toContain("config/settings.exs, billing_iban");
    expect(index).not.toContain("billing_currency");
  });
});
