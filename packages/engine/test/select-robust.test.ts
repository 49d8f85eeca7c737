import { beforeAll, describe, expect, it } from "vitest";
import { renderWith } from "../src/render/prompt.ts";
import { loadTokenCounter, type TokenCounter } from "../src/render/tokens.ts";
import type { LedgerItem } from "../src/types.ts";
import { item, ledgerOf } from "./ledger-factory.ts";

let counter: TokenCounter;
beforeAll(async () => {
  counter = await loadTokenCounter();
});
const project = { name: "growing" };

// Extraction keeps finding more candidates; the prompt must keep the state a next session needs however
// much lower-ranked material piles up beside it.
function core(session: number): LedgerItem[] {
  return [
    item("GOAL", "Ship the offline sync for the field app", { priority: 80, lastSeenSession: session }),
    item("BLOCKER", "`SQLITE_BUSY` when two workers write the outbox", {
      priority: 85,
      keys: ["sqlite_busy"],
      lastSeenSession: session,
    }),
    item("TASK", "Retry `flushOutbox` with backoff", { priority: 80, keys: ["flushoutbox"], lastSeenSession: session }),
    item("NOTE", "Pinned: staging uses `SYNC_URL=https://staging.example.test`", { priority: 40, pinned: true }),
  ];
}

function noise(count: number, session: number): LedgerItem[] {
  return Array.from({ length: count }, (_, i) =>
    item("NOTE", `Remark ${i} about \`helper_${i}\` and how \`Widget${i}\` renders its label`, {
      priority: 30 + (i % 20),
      keys: [`helper_${i}`, `widget${i}`],
      firstSession: 1 + (i % session),
      lastSeenSession: 1 + (i % session),
    }),
  );
}

describe("selection as the ledger grows", () => {
  it("keeps the goal, the blocker, the open task and pinned items beside thousands of lesser items", () => {
    for (const extra of [0, 200, 2000]) {
      const session = 12;
      const important = core(session);
      const ledger = ledgerOf([...noise(extra, session), ...important], session);
      const { prompt, tokenCount, included } = renderWith(ledger, { project }, counter);
      expect(tokenCount).toBe(counter.count(prompt));
      expect(tokenCount).toBeLessThanOrEqual(2000);
      for (const i of important) expect(included).toContain(i.id);
      // Whole lines only: every line of the prompt is a heading, a bullet, the header text or blank.
      for (const line of prompt.split("\n")) expect(line === "" || /^(?:#|- |You are|[A-Z])/.test(line)).toBe(true);
    }
  });
});
