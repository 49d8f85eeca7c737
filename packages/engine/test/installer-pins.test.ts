import { describe, expect, it } from "vitest";
import { extractUserTurn } from "../src/extract/user.ts";

function texts(content: string): string[] {
  const turn = { ordinal: 0, position: 0.5, fromEnd: 2, approvedLater: false, problemPersists: false };
  return extractUserTurn({ ...turn, content, projectOpening: false }).map((c) => c.text);
}

// An installer's log lists one package a line; pasted by the user, those lines are the tool's words, not theirs.
describe("an installer's package list pasted without a shell prompt", () => {
  const paste = [
    "I followed the setup notes on the spare laptop, poetry install printed:",
    "  + httpx-retry==0.8.1",
    "  + tinycache==2.4.0",
    "  - oldcache@1.0.3",
    "  + quarkdb==0.19 (from file:///home/ana/src/quarkdb)",
    "",
    "We must keep `tinycache` below 3.0 because 3.x drops the disk backend.",
  ].join("\n");

  it("yields no item for a bare pin", () => {
    const found = texts(paste);
    expect(found.filter((t) => /==|@\d/.test(t) && !/\s/.test(t.replace(/ \(from [^)]*\)$/, "")))).toEqual([]);
  });

  it("still reads the user's own words around it", () => {
    expect(texts(paste).some((t) => t.includes("below 3.0"))).toBe(true);
  });

  it("keeps a list item that says something about the pin", () => {
    expect(texts("Pins to keep:\n - httpx-retry==0.8.1 stays until the proxy bug is fixed").length).toBeGreaterThan(0);
  });
});
