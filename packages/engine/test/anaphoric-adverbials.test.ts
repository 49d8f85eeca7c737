import { describe, expect, it } from "vitest";
import { extractUserTurn } from "../src/extract/user.ts";

function texts(content: string): string[] {
  const turn = { ordinal: 0, position: 0.5, fromEnd: 2, approvedLater: false, problemPersists: true };
  return extractUserTurn({ ...turn, content, projectOpening: false }).map((c) => c.text);
}

// "For some reason it doesn't work": an adverbial of the moment before a bare pronoun names nothing either.
describe("a pronoun-led remark behind an adverbial", () => {
  it("is skipped like one without the adverbial", () => {
    expect(texts("For some reason it doesn't work.")).toEqual([]);
    expect(texts("Somehow it still fails after the restart.")).toEqual([]);
  });

  it("keeps a remark whose subject is named", () => {
    const found = texts("For some reason the invoice page doesn't load on tablets.");
    expect(found.some((t) => t.includes("invoice page"))).toBe(true);
  });
});
