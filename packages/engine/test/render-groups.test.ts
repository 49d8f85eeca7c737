import { beforeAll, describe, expect, it } from "vitest";
import { renderWith } from "../src/render/prompt.ts";
import { loadTokenCounter, type TokenCounter } from "../src/render/tokens.ts";
import { item, ledgerOf } from "./ledger-factory.ts";

let counter: TokenCounter;
beforeAll(async () => {
  counter = await loadTokenCounter();
});
const project = { name: "kiosk" };

describe("finished work shares one line per section", () => {
  it("writes 'Done:' once for the todo entries finished, and once for the requests closed this session", () => {
    const ledger = ledgerOf(
      [
        item("NOTE", "Done: Add the receipt printer driver", { lastSeenSession: 3 }),
        item("NOTE", "Done: Move prices to `prices.json`", { lastSeenSession: 3, keys: ["prices.json"] }),
        item("TASK", "Show the total in euros", { status: "DONE", statusSession: 3, lastSeenSession: 3 }),
        item("TASK", "Log every refund", { status: "DONE", statusSession: 3, lastSeenSession: 3 }),
        item("BLOCKER", "Card reader times out", { status: "RESOLVED", statusSession: 3, lastSeenSession: 3 }),
      ],
      3,
    );
    const { prompt, tokenCount } = renderWith(ledger, { project }, counter);
    expect(prompt).toContain("- Done: Add the receipt printer driver; Move prices to `prices.json`");
    expect(prompt).toMatch(
      /- Done: (Show the total in euros; Log every refund|Log every refund; Show the total in euros)\n/,
    );
    // A group of one keeps its own line.
    expect(prompt).toContain("- Fixed: Card reader times out\n");
    expect(tokenCount).toBe(counter.count(prompt));
  });

  it("leaves a pinned item on its own line", () => {
    const ledger = ledgerOf(
      [
        item("NOTE", "Done: Ship the kiosk image", { pinned: true }),
        item("NOTE", "Done: Rotate the API keys"),
        item("NOTE", "Done: Archive the old logs"),
      ],
      1,
    );
    const { prompt } = renderWith(ledger, { project }, counter);
    expect(prompt).toContain("- Done: Ship the kiosk image (pinned)\n");
    expect(prompt).toMatch(
      /- Done: (Rotate the API keys; Archive the old logs|Archive the old logs; Rotate the API keys)\n/,
    );
  });
});
