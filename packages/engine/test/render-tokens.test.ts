import { describe, expect, it } from "vitest";
import { byteCounter, memoized, type TokenCounter } from "../src/render/tokens.ts";

describe("memoized token counts", () => {
  it("counts like the counter it wraps, and counts a repeated short string only once", () => {
    let calls = 0;
    const base: TokenCounter = {
      name: "probe",
      count: (text) => {
        calls++;
        return byteCounter.count(text);
      },
    };
    const memo = memoized(base);
    expect(memoized(base)).toBe(memo);
    expect(memoized(memo)).toBe(memo);
    expect(memo.count("- `src/sync/worker.ts`")).toBe(byteCounter.count("- `src/sync/worker.ts`"));
    expect(memo.count("- `src/sync/worker.ts`")).toBe(byteCounter.count("- `src/sync/worker.ts`"));
    expect(calls).toBe(1);
    const long = "word ".repeat(200);
    memo.count(long);
    memo.count(long);
    expect(calls).toBe(3);
  });
});
