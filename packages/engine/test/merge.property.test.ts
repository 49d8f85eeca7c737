import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { buildHandoffWith } from "../src/handoff.ts";
import { editItem } from "../src/ledger/edit.ts";
import { loadTokenCounter, type TokenCounter } from "../src/render/tokens.ts";
import type { Ledger } from "../src/types.ts";
import { syntheticSession, TEMPLATE_COUNT } from "./synthetic.ts";

let counter: TokenCounter;
beforeAll(async () => {
  counter = await loadTokenCounter();
});

const project = { name: "prop" };
const sessionArb = fc.array(fc.nat({ max: TEMPLATE_COUNT - 1 }), { minLength: 0, maxLength: 12 });
const historyArb = fc.array(sessionArb, { minLength: 1, maxLength: 8 });

function replay(
  history: number[][],
  budget: number,
  onSession?: (n: number, before: Ledger | null, after: Ledger) => Ledger,
) {
  let ledger: Ledger | null = null;
  const results = [];
  for (const [i, pick] of history.entries()) {
    const number = i + 1;
    const result = buildHandoffWith(
      { project, previous: ledger, session: { number, messages: syntheticSession(number, pick) }, budget },
      counter,
    );
    results.push(result);
    ledger = onSession ? onSession(number, ledger, result.ledger) : result.ledger;
  }
  return results;
}

describe("merge properties", () => {
  it("an open item never disappears without a status change", () => {
    fc.assert(
      fc.property(historyArb, (history) => {
        replay(history, 2000, (n, before, after) => {
          const now = new Map(after.items.map((i) => [i.id, i]));
          for (const old of before?.items ?? []) {
            const same = now.get(old.id);
            expect(same).toBeDefined();
            if (old.status === "OPEN" && same?.status !== "OPEN") expect(same?.statusSession).toBe(n);
          }
          return after;
        });
      }),
      { numRuns: 40 },
    );
  });

  it("pinned items survive any number of sessions, in the ledger and in the prompt", () => {
    fc.assert(
      fc.property(historyArb, fc.nat(), (history, seed) => {
        let pinned: string | undefined;
        const results = replay(history, 1500, (_n, _before, after) => {
          if (pinned || after.items.length === 0) return after;
          pinned = after.items[seed % after.items.length]?.id;
          return pinned ? editItem(after, pinned, { pinned: true }) : after;
        });
        if (!pinned) return;
        const pinIndex = results.findIndex((r) => r.ledger.items.some((i) => i.id === pinned));
        for (const result of results.slice(pinIndex + 1)) {
          const item = result.ledger.items.find((i) => i.id === pinned);
          expect(item?.pinned).toBe(true);
          expect(item?.archived).toBe(false);
          expect(result.included).toContain(pinned);
          expect(result.prompt).toContain(item?.text);
        }
      }),
      { numRuns: 30 },
    );
  });

  it("the prompt never exceeds its budget", () => {
    fc.assert(
      fc.property(historyArb, fc.integer({ min: 60, max: 3000 }), (history, budget) => {
        for (const result of replay(history, budget)) {
          expect(result.tokenCount).toBeLessThanOrEqual(budget);
          expect(result.tokenCount).toBe(counter.count(result.prompt));
        }
      }),
      { numRuns: 30 },
    );
  });
});
