import { describe, expect, it } from "vitest";
import { extractAssistantTurn } from "../src/extract/assistant.ts";

const wrapUp = (content: string) =>
  extractAssistantTurn({ ordinal: 9, position: 1, content, fromEnd: 0 }).map((c) => `${c.kind}: ${c.text}`);

// The agent telling what it did in its own name narrates the session's work; its "rather than" describes the change.
describe("the agent's report of its own work", () => {
  it("is no decision", () => {
    const found = wrapUp(
      "## Summary\n\nI rewrote the `docs/faq.md` answers to quote the spec rather than paraphrase it.",
    );
    expect(found.filter((f) => f.startsWith("DECISION"))).toEqual([]);
  });

  it("leaves a choice stated in a summary alone", () => {
    const found = wrapUp("## Summary\n\nWe use `docs/faq.md` for answers rather than the wiki.");
    expect(found.filter((f) => f.startsWith("DECISION"))).toHaveLength(1);
  });
});
