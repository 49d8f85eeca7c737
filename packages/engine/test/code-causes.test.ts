import { describe, expect, it } from "vitest";
import { extractAssistantTurn } from "../src/extract/assistant.ts";

const found = (content: string) => extractAssistantTurn({ ordinal: 4, position: 0.4, content, fromEnd: 5 });

describe("a cause the agent finds in the code", () => {
  it("is a note: the property outlives the fix that follows", () => {
    const turn = [
      "Both tabs show the old cart. The reason is plain: the totals never reset because `cartStore` is created once at import time.",
      "",
      "Let me make the store per request:",
    ].join("\n");
    const note = found(turn).find((c) => c.text.includes("cartStore"));
    expect(note?.kind).toBe("NOTE");
  });

  it("needs a named part of the code as the cause", () => {
    const vague = "The page was blank because the server was still starting, so I waited a bit longer.";
    expect(found(vague).some((c) => c.kind === "NOTE")).toBe(false);
  });
});
