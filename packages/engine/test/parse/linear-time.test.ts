import { describe, expect, it } from "vitest";
import { detectFormat, parseTranscript, TranscriptParseError } from "../../src/parse/index.ts";
import type { TranscriptFormat } from "../../src/types.ts";

// Several-megabyte inputs, including shapes that make naive regexes backtrack, must stay fast. The budget is
// generous for slow CI machines; a quadratic pass over these inputs would take minutes, not seconds.
const BUDGET_MS = 5000;

function timed(run: () => unknown): number {
  const started = performance.now();
  try {
    run();
  } catch (error) {
    if (!(error instanceof TranscriptParseError)) throw error;
  }
  return performance.now() - started;
}

const MEGABYTES = 3;
const repeatTo = (unit: string): string => unit.repeat(Math.ceil((MEGABYTES * 1024 * 1024) / unit.length));

const LARGE_INPUTS: [string, TranscriptFormat | "AUTO", string][] = [
  ["many PLAIN turns", "AUTO", repeatTo("User: what next?\nAssistant: the parser, then tests.\n")],
  ["many MARKDOWN turns", "AUTO", repeatTo("## User\nq\n\n## Assistant\na\n\n")],
  ["many aider turns", "AUTO", repeatTo("#### do it  \n\nDone.\n\n> Tokens: 1k sent  \n\n")],
  ["many terminal turns", "AUTO", repeatTo("> go\n\n⏺ Bash(ls)\n  ⎿  a.txt\n\n⏺ Done.\n\n")],
  ["many SpecStory turns", "AUTO", repeatTo("_**User**_\n\nq\n\n---\n\n_**Assistant**_\n\nRead file: a.ts\n\n---\n\n")],
  ["one huge line of spaces", "PLAIN", `User: x${" ".repeat(MEGABYTES * 1024 * 1024)}y\nAssistant: z`],
  ["one huge line of colons", "PLAIN", repeatTo("a:")],
  ["an aider header full of spaces", "AIDER", `# aider chat started at a${" ".repeat(1024 * 1024)}b\n#### hi`],
  ["a huge heading", "MARKDOWN", `# ${"x ".repeat(1024 * 1024)}\n## User\nq\n## Assistant\na`],
  ["unclosed tags", "SPECSTORY", `_**Assistant**_\n\n<details>${"<details ".repeat(200_000)}`],
];

describe("parsing stays linear", () => {
  it.each(LARGE_INPUTS)("%s", (_name, format, text) => {
    expect(timed(() => parseTranscript(text, format))).toBeLessThan(BUDGET_MS);
    expect(timed(() => detectFormat(text))).toBeLessThan(BUDGET_MS);
  });

  it("parses a large Claude Code JSONL file quickly", () => {
    const line = JSON.stringify({
      type: "assistant",
      sessionId: "s",
      parentUuid: null,
      message: { role: "assistant", content: [{ type: "text", text: "working on it ".repeat(20) }] },
    });
    const text = `${line}\n`.repeat(20_000);
    expect(text.length).toBeGreaterThan(MEGABYTES * 1024 * 1024);
    expect(timed(() => parseTranscript(text))).toBeLessThan(BUDGET_MS);
  });
});
