// Token counting with the real Llama 3 tokenizer (the default model meta-llama/Llama-3.1-8B-Instruct;
// Llama 3.1 keeps Llama 3's 128k BPE vocabulary). llama3-tokenizer-js is pure JS (atob + TextEncoder, no
// fs), so it runs in Workers, but it carries a 3 MB vocabulary and builds its tables in ~0.8 s of CPU.
// It is therefore loaded lazily, once per isolate, on the first count: importing the engine stays cheap.

export interface TokenCounter {
  readonly name: string;
  count(text: string): number;
}

let loading: Promise<TokenCounter> | undefined;

/** The Llama 3 token counter, loaded on first use and shared afterwards. */
export function loadTokenCounter(): Promise<TokenCounter> {
  loading ??= import("llama3-tokenizer-js").then(({ default: tokenizer }) => ({
    name: "llama3",
    // No BOS/EOS: the prompt is pasted into a conversation whose template adds its own special tokens.
    count: (text: string) => (text === "" ? 0 : tokenizer.encode(text, { bos: false, eos: false }).length),
  }));
  return loading;
}

/** Llama 3 tokens in `text`. */
export async function countTokens(text: string): Promise<number> {
  return (await loadTokenCounter()).count(text);
}

const encoder = new TextEncoder();

/**
 * A cheap counter that can never under-count: Llama 3's byte-level BPE emits at most one token per UTF-8
 * byte. About four times too high for English, so prompts fitted with it are short; for tests and callers
 * that cannot afford the tokenizer.
 */
export const byteCounter: TokenCounter = {
  name: "utf8-bytes",
  count: (text: string) => encoder.encode(text).length,
};

// Rendering counts the same short strings again and again: every item's line in every session's render, every
// index term. Counts of short strings are kept per counter (bounded; cleared when full), so re-rendering a
// ledger that barely changed costs little. Long strings (whole prompts) are counted afresh: they rarely repeat.
const MEMO_MAX_CHARS = 400;
const MEMO_MAX_ENTRIES = 50_000;
const memos = new WeakMap<TokenCounter, TokenCounter>();

/** `counter` with remembered counts for short strings. */
export function memoized(counter: TokenCounter): TokenCounter {
  const known = memos.get(counter);
  if (known) return known;
  const counts = new Map<string, number>();
  const memo: TokenCounter = {
    name: counter.name,
    count(text: string): number {
      if (text.length > MEMO_MAX_CHARS) return counter.count(text);
      const hit = counts.get(text);
      if (hit !== undefined) return hit;
      if (counts.size >= MEMO_MAX_ENTRIES) counts.clear();
      const n = counter.count(text);
      counts.set(text, n);
      return n;
    },
  };
  memos.set(counter, memo);
  memos.set(memo, memo);
  return memo;
}
