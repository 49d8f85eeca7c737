// Several-megabyte inputs, including shapes that make naive regexes backtrack. The parser tests check they
// parse correctly; bench/fidelity.ts prints how fast (speed is measured by benchmarks, never by timed tests).
import type { TranscriptFormat } from "../src/types.ts";

export const MEGABYTES = 3;
const repeatTo = (unit: string): string => unit.repeat(Math.ceil((MEGABYTES * 1024 * 1024) / unit.length));

export const LARGE_INPUTS: Array<[name: string, format: TranscriptFormat | "AUTO", text: string]> = [
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
  ["one rollout line of repeated types", "AUTO", `{"payload": {}, ${'"type": "event_msg", '.repeat(150_000)}"x": 1}`],
];

/** A Claude Code JSONL file of 20,000 assistant lines (over MEGABYTES). */
export function largeJsonl(): string {
  const line = JSON.stringify({
    type: "assistant",
    sessionId: "s",
    parentUuid: null,
    message: { role: "assistant", content: [{ type: "text", text: "working on it ".repeat(20) }] },
  });
  return `${line}\n`.repeat(20_000);
}
