import { describe, expect, it } from "vitest";
import { byteCounter, countTokens, loadTokenCounter } from "../src/render/tokens.ts";

describe("Llama 3 token counting", () => {
  it("counts with the Llama 3 vocabulary, without BOS/EOS", async () => {
    // Reference counts from the Llama 3 tokenizer: "Hello world!" is ["Hello", " world", "!"].
    expect(await countTokens("Hello world!")).toBe(3);
    expect(await countTokens("")).toBe(0);
  });

  it("loads once and is shared", async () => {
    expect(await loadTokenCounter()).toBe(await loadTokenCounter());
  });

  it("the byte counter never counts fewer tokens than the tokenizer", async () => {
    const counter = await loadTokenCounter();
    for (const text of ["plain words here", "`src/a/b.ts` — émoji 🚀 日本語", "x".repeat(500)]) {
      expect(byteCounter.count(text)).toBeGreaterThanOrEqual(counter.count(text));
    }
  });
});
