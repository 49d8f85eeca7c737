import { describe, expect, it } from "vitest";
import { extractAssistantTurn } from "../src/extract/assistant.ts";

// A lead-in that names nothing ("Those remain for separate work:") points at the list below it: the list's
// items are kept, the lead-in alone says nothing.
describe("a pronoun-led lead-in of the closing message", () => {
  const content = [
    "### Not addressed (out of scope)",
    "",
    "The review also covered the billing module. Those remain for separate work:",
    "- Cache the `fetchRates` result between requests (#12)",
    "- Retry the upload on `ECONNRESET`",
  ].join("\n");
  const texts = extractAssistantTurn({ ordinal: 9, position: 1, content, fromEnd: 0 }).map((c) => c.text);

  it("is not an item", () => {
    expect(texts.some((t) => t.startsWith("Those remain"))).toBe(false);
  });

  it("leaves the list's items alone", () => {
    expect(texts.some((t) => t.includes("fetchRates"))).toBe(true);
  });
});
