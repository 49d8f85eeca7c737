import { describe, expect, it } from "vitest";
import { extractAssistantTurn } from "../src/extract/assistant.ts";
import { isChatter } from "../src/extract/classify.ts";

// "Here's how it should work for your Redis cache:" announces what follows, like "here's what…": no state itself.
describe("an announcement of how something works", () => {
  it("is chatter", () => {
    expect(isChatter("Here's how it should work for your Redis cache:")).toBe(true);
    expect(isChatter("Here is how the retry should behave with `maxAttempts`:")).toBe(true);
  });

  it("leaves the statements after it", () => {
    const content = [
      "Here's how it should work for your Redis cache:",
      "",
      "- `CACHE_URL` must point at `redis://cache:6379` inside Docker",
    ].join("\n");
    const texts = extractAssistantTurn({ ordinal: 3, position: 1, content, fromEnd: 0 }).map((c) => c.text);
    expect(texts.some((t) => t.startsWith("Here's how"))).toBe(false);
    expect(texts.some((t) => t.includes("CACHE_URL"))).toBe(true);
  });
});
