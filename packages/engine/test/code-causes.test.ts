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

  it("counts a mismatch between two named parts as such a cause, ranked above plain notes", () => {
    const turn =
      "The form is sending `order-ref` (with a hyphen) but the `submit_order` callback expects `order_ref` with an underscore.";
    const plain = "The form posts `order_ref` and `notes` to the `submit_order` callback on every change.";
    const mismatch = found(turn).find((c) => c.text.includes("order-ref"));
    const other = found(plain).find((c) => c.text.includes("notes"));
    expect(mismatch?.kind).toBe("NOTE");
    expect(other?.kind).toBe("NOTE");
    expect(mismatch?.priority ?? 0).toBeGreaterThan(other?.priority ?? 0);
  });
});
