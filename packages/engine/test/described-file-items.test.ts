import { describe, expect, it } from "vitest";
import { extractAssistantTurn } from "../src/extract/assistant.ts";

// "docs/ARCHITECTURE.md - system design": a list item that opens with a file and says what it holds describes
// the file, whatever the heading above it or the words of the description.
describe("a list item that describes a file", () => {
  const content = [
    "## Technical details",
    "",
    "- docs/ARCHITECTURE.md - layered architecture of the rate service",
    "- `src/rates/cache.py` - decision cache keyed by currency pair",
    "- We use `httpx` instead of `requests` for the async client",
  ].join("\n");
  const found = extractAssistantTurn({ ordinal: 4, position: 1, content, fromEnd: 0 });
  const kindOf = (part: string) => found.find((c) => c.text.includes(part))?.kind;

  it("is a key file, not a decision", () => {
    expect(kindOf("ARCHITECTURE.md")).toBe("FILE");
    expect(kindOf("cache.py")).toBe("FILE");
  });

  it("leaves a choice stated about a library a decision", () => {
    expect(kindOf("httpx")).toBe("DECISION");
  });
});

describe("a dotted name that is no file", () => {
  it("keeps its kind", () => {
    const content = "## Decisions\n\n- Node.js - we stay on the LTS line (`node@22`) for the `worker` service";
    const found = extractAssistantTurn({ ordinal: 4, position: 1, content, fromEnd: 0 });
    expect(found.find((c) => c.text.includes("LTS"))?.kind).not.toBe("FILE");
  });
});
