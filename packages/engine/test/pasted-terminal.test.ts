import { describe, expect, it } from "vitest";
import { extractUserTurn } from "../src/extract/user.ts";

function texts(content: string): string[] {
  const turn = { ordinal: 0, position: 0.5, fromEnd: 0, approvedLater: false, problemPersists: false };
  return extractUserTurn({ ...turn, content, projectOpening: false }).map((c) => c.text);
}

// What a user pastes after a shell prompt is the terminal's output up to the next blank line, not their words.
describe("a terminal session pasted into a user message", () => {
  const paste = [
    "Checked it on the other laptop: (venv) ana@studio-box shop % pip install -e .",
    "Collecting things",
    " + requests-oauth==3.1.4",
    " + tinycache==0.9.2",
    "Note: see `pip help install` for more options.",
    "",
    "We must keep the installer on version 3.1.4 of requests-oauth, never upgrade it.",
  ].join("\n");

  it("yields nothing from the output lines", () => {
    const found = texts(paste);
    expect(found.some((t) => t.includes("=="))).toBe(false);
    expect(found.some((t) => t.includes("pip help install"))).toBe(false);
  });

  it("still reads the user's words after the blank line that ends it", () => {
    expect(texts(paste).some((t) => t.includes("never upgrade it"))).toBe(true);
  });

  it("leaves list items alone when no prompt came before them", () => {
    const found = texts("Please pin these in the manifest:\n - requests-oauth==3.1.4 stays pinned to 3.1.4");
    expect(found.some((t) => t.includes("requests-oauth"))).toBe(true);
  });
});

describe("a line of code pasted into prose", () => {
  it("is no statement: it ends the way no sentence does", () => {
    const found = texts("Then it hangs after: app.Services.AddCache(); app.Host.UseQueue();");
    expect(found.some((t) => t.includes("UseQueue"))).toBe(false);
    expect(texts('throw new ConfigError("SHOP_DB_URL must be set");')).toEqual([]);
  });

  it("leaves a sentence that mentions a call in passing", () => {
    expect(texts("We must call `flushQueue()` before every deploy (the hook does it).").length).toBe(1);
  });
});

describe("a compiler's warning pasted by the user", () => {
  it("is output (its 'use X instead of Y' is no decision); a pasted error stays a blocker", () => {
    expect(texts("D:\\shop\\Cart.cs(12,9): warning CS0618: Use AddItemAsync instead of AddItem")).toEqual([]);
    expect(texts("src/cart.ts:3:7: warning: prefer `const` instead of `let`")).toEqual([]);
    expect(texts("src/cart.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'.")).toHaveLength(1);
  });
});
