import { describe, expect, it } from "vitest";
import { makeCandidate } from "../src/extract/candidate.ts";
import { mergeSession } from "../src/ledger/merge.ts";
import { namesTerm } from "../src/ledger/status.ts";

describe("closing needs a statement that names the item", () => {
  it("a term counts only as a whole term", () => {
    expect(namesTerm("fixed the api timeout", "api")).toBe(true);
    expect(namesTerm("the rapid path is done", "api")).toBe(false);
    expect(namesTerm("users_archive export is done", "users")).toBe(false);
    expect(namesTerm("done: `users` table migrated", "users")).toBe(true);
  });

  it("a task stays open when the done statement only contains its term inside another word", () => {
    const task = makeCandidate("TASK", "Add `cron` retries", { ordinal: 0, role: "USER", position: 1 });
    task.keys = ["cron"];
    const first = mergeSession(null, { session: 1, candidates: [task], signals: [] }).ledger;
    const unrelated = mergeSession(first, {
      session: 2,
      candidates: [],
      signals: [{ kind: "DONE", text: "the microns conversion is done", ordinal: 3 }],
    }).ledger;
    expect(unrelated.items[0]?.status).toBe("OPEN");
    const named = mergeSession(first, {
      session: 2,
      candidates: [],
      signals: [{ kind: "DONE", text: "cron retries are done", ordinal: 3 }],
    }).ledger;
    expect(named.items[0]?.status).toBe("DONE");
  });
});
