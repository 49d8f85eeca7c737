import { beforeAll, describe, expect, it } from "vitest";
import { renderWith } from "../src/render/prompt.ts";
import { loadTokenCounter, type TokenCounter } from "../src/render/tokens.ts";
import { item, ledgerOf } from "./ledger-factory.ts";

let counter: TokenCounter;
beforeAll(async () => {
  counter = await loadTokenCounter();
});

describe("key files marked (created)", () => {
  it("say so in the handoff after the session that created them, not in later ones", () => {
    const fresh = item("FILE", "`app/billing/invoice.rb` (created): Invoice, total_due", {
      keys: ["app/billing/invoice.rb"],
      lastSeenSession: 4,
    });
    const old = item("FILE", "`app/billing/ledger.rb` (created): post_entry", {
      keys: ["app/billing/ledger.rb"],
      lastSeenSession: 2,
    });
    const { prompt } = renderWith(ledgerOf([fresh, old], 4), { project: { name: "books" } }, counter);
    expect(prompt).toContain("invoice.rb (created): Invoice, total_due");
    expect(prompt).toContain("ledger.rb: post_entry");
    expect(prompt).not.toContain("ledger.rb (created)");
  });
});
