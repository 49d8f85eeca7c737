import { beforeAll, describe, expect, it } from "vitest";
import { buildHandoffWith } from "../src/handoff.ts";
import { loadTokenCounter, type TokenCounter } from "../src/render/tokens.ts";
import type { Ledger } from "../src/types.ts";
import { syntheticSession, TEMPLATE_COUNT } from "./synthetic.ts";

let counter: TokenCounter;
beforeAll(async () => {
  counter = await loadTokenCounter();
});

describe("a 100-session project", () => {
  // 100 full builds: a correctness check, not a speed one, so a loaded machine must not fail it.
  it("keeps every handoff within budget while the ledger keeps everything", () => {
    let ledger: Ledger | null = null;
    let itemsSeen = 0;
    const everyTemplate = Array.from({ length: TEMPLATE_COUNT * 2 }, (_, i) => i);
    for (let n = 1; n <= 100; n++) {
      const result = buildHandoffWith(
        {
          project: { name: "century" },
          previous: ledger,
          session: { number: n, messages: syntheticSession(n, everyTemplate) },
        },
        counter,
      );
      expect(result.tokenCount).toBeLessThanOrEqual(2000);
      expect(result.ledger.items.length).toBeGreaterThanOrEqual(itemsSeen);
      itemsSeen = result.ledger.items.length;
      ledger = result.ledger;
      if (n === 100) {
        expect(result.prompt).toContain("(after session 100)");
        // The latest session's open work is in the prompt; old work is archived, not lost.
        expect(result.prompt).toContain("--flag-100");
        expect(result.ledger.items.some((i) => i.archived)).toBe(true);
        expect(result.fidelity.score).toBeGreaterThan(0);
        expect(result.fidelity.score).toBeLessThanOrEqual(1);
        expect(result.fidelity.added).toBeGreaterThan(0);
      }
    }
  }, 60_000);
});
