import { describe, expect, it } from "vitest";
import { extractAssistantTurn } from "../src/extract/assistant.ts";

const kindOf = (content: string, text: string) =>
  extractAssistantTurn({ ordinal: 30, position: 0.95, content, fromEnd: 0 }).find((c) => c.text.includes(text))?.kind;

// An item put off in its own words is work left open, wherever the list stands.
describe("an item said to be out of scope or deferred", () => {
  const review = [
    "Here is where the review stands:",
    "",
    "| # | Issue | Severity | Status |",
    "|---|-------|----------|--------|",
    "| 4 | `RetryPolicy` storm on `SyncClient` | MEDIUM | Out of scope for this PR |",
    "| 5 | `CacheKey` collision in `cache.py` | HIGH | Fixed in `cache.py` with `hash_key` |",
    "",
    "- `FeedParser` timezone handling in `feeds/atom.py`: deferred to a separate PR",
  ].join("\n");

  it("is a task", () => {
    expect(kindOf(review, "RetryPolicy")).toBe("TASK");
    expect(kindOf(review, "FeedParser")).toBe("TASK");
  });

  it("leaves a finished one a note", () => {
    expect(kindOf(review, "CacheKey")).toBe("NOTE");
  });
});
