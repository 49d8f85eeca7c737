import { describe, expect, it } from "vitest";
import { makeCandidate } from "../src/extract/candidate.ts";
import { mergeSession } from "../src/ledger/merge.ts";
import type { HandoffItemStatus, Ledger } from "../src/types.ts";

const request = (text: string, status: HandoffItemStatus) =>
  makeCandidate("TASK", text, { ordinal: 0, role: "USER", position: 0.2, status });

function run(...statuses: Array<HandoffItemStatus | null>): Ledger {
  let ledger: Ledger | null = null;
  statuses.forEach((status, i) => {
    const candidates = status ? [request("Make the `export_csv` job skip archived invoices", status)] : [];
    ledger = mergeSession(ledger, { session: i + 1, candidates, signals: [] }).ledger;
  });
  return ledger as unknown as Ledger;
}

describe("a closed request taken up again in a later session", () => {
  it("comes back from the archive as this session's work", () => {
    const ledger = run("DONE", null, null, null, "DONE");
    const item = ledger.items[0];
    expect(item?.archived).toBe(false);
    expect(item?.statusSession).toBe(5);
  });

  it("reopens when the later session leaves it open", () => {
    const item = run("DONE", null, null, "OPEN").items[0];
    expect(item?.status).toBe("OPEN");
    expect(item?.archived).toBe(false);
  });

  it("stays archived when nobody mentions it again", () => {
    expect(run("DONE", null, null, null).items[0]?.archived).toBe(true);
  });
});
