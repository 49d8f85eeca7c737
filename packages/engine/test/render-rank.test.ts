import { describe, expect, it } from "vitest";
import { rankScore } from "../src/render/rank.ts";
import { item } from "./ledger-factory.ts";

describe("rankScore", () => {
  it("ranks an open note (a finding) with a decision of the same priority, not below it", () => {
    const note = item("NOTE", "The sandbox API answers on `localhost:4010` only after `make mock` ran", {
      priority: 50,
    });
    const decision = item("DECISION", "Use `undici` for the HTTP client", { priority: 50 });
    expect(rankScore(note, 1)).toBeGreaterThanOrEqual(rankScore(decision, 1));
  });

  it("does not lift a closed note above open work", () => {
    const closed = item("NOTE", "Port `4010` was taken by the old mock", { priority: 50, status: "DONE" });
    const task = item("TASK", "Wire the retry policy into `client.ts`", { priority: 50 });
    expect(rankScore(closed, 1)).toBeLessThan(rankScore(task, 1));
  });
});
