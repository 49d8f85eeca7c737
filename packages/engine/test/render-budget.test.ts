import { beforeAll, describe, expect, it } from "vitest";
import { renderWith } from "../src/render/prompt.ts";
import { loadTokenCounter, type TokenCounter } from "../src/render/tokens.ts";
import { item, ledgerOf } from "./ledger-factory.ts";

let counter: TokenCounter;
beforeAll(async () => {
  counter = await loadTokenCounter();
});
const project = { name: "demo" };
const WORDS = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa".split(
  " ",
);

describe("the budget", () => {
  it("gives the index's share back to whole lines when the index has nothing to list", () => {
    // Plain-word notes: no terms for the index, so the lines that do not fit have nothing to be indexed by.
    const items = Array.from({ length: 150 }, (_, i) =>
      item("NOTE", `Reminder ${WORDS[i % 16]} ${WORDS[(i * 7) % 16]}: the reviewer prefers smaller pull requests`, {
        priority: 40 + (i % 30),
      }),
    );
    const budget = 800;
    const { prompt, tokenCount, included } = renderWith(ledgerOf(items), { project, budget }, counter);
    expect(tokenCount).toBe(counter.count(prompt));
    expect(tokenCount).toBeLessThanOrEqual(budget);
    expect(included.length).toBeLessThan(items.length);
    expect(tokenCount).toBeGreaterThan(budget * 0.9);
  });

  it("still keeps room for the index when it has terms to list", () => {
    const items = Array.from({ length: 150 }, (_, i) =>
      item("NOTE", `Module \`pkg_${i}/worker_${i}.ts\` owns the \`Queue${i}\` consumer`, {
        priority: 40 + (i % 30),
        keys: [`pkg_${i}/worker_${i}.ts`, `queue${i}`],
      }),
    );
    const { prompt, tokenCount } = renderWith(ledgerOf(items), { project, budget: 800 }, counter);
    expect(tokenCount).toBeLessThanOrEqual(800);
    const index = prompt.split("## Also in the ledger (not shown in full)\n")[1] ?? "";
    expect(counter.count(index)).toBeGreaterThan(800 * 0.15);
  });
});
