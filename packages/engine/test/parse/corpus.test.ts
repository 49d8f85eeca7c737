import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectFormat, parseTranscript } from "../../src/parse/index.ts";
import type { ParsedTranscript, TranscriptFormat } from "../../src/types.ts";

// The shared development corpus (read-only, not part of the repo); skipped where it is absent.
const CORPUS = "/work/shared/corpus";

/**
 * The format each folder holds and an independent count of the user turns in one raw file, taken with
 * plain line matching rather than the parsers, so a parser that loses or invents turns fails here.
 */
const FOLDERS: Record<string, { format: TranscriptFormat; userTurns: (raw: string) => number; exact: boolean }> = {
  "haav-catalog-service": { format: "AIDER", userTurns: countAiderInputs, exact: true },
  minsky: { format: "SPECSTORY", userTurns: (raw) => countLines(raw, /^_\*\*User\b/), exact: true },
  "cozy-checkout": { format: "SPECSTORY", userTurns: (raw) => countLines(raw, /^_\*\*User\b/), exact: true },
  bookminder: {
    format: "CLAUDE_CODE_TERMINAL",
    userTurns: (raw) => countLines(raw, /^> /) - countLines(raw, /^> This session is being continued/),
    exact: true,
  },
  // Claude Code JSONL also logs command expansions, interruptions and IDE notices as "user" lines.
  promptgrimoire: { format: "CLAUDE_CODE_JSONL", userTurns: countJsonlUserTextLines, exact: false },
};

function countLines(raw: string, pattern: RegExp): number {
  return raw.split("\n").filter((line) => pattern.test(line)).length;
}

/** Runs of consecutive "#### " lines. */
function countAiderInputs(raw: string): number {
  let runs = 0;
  let previousWasInput = false;
  for (const line of raw.split("\n")) {
    const isInput = line.startsWith("#### ");
    if (isInput && !previousWasInput) runs++;
    previousWasInput = isInput;
  }
  return runs;
}

/** "user" lines carrying text rather than tool results. */
function countJsonlUserTextLines(raw: string): number {
  return raw
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line))
    .filter((entry) => {
      if (entry.type !== "user") return false;
      const content = entry.message?.content;
      return typeof content === "string" || content?.some((block: { type: string }) => block.type === "text");
    }).length;
}

function checkShape(result: ParsedTranscript): void {
  expect(result.sessionStarts[0]).toBe(0);
  for (let index = 1; index < result.sessionStarts.length; index++) {
    expect(result.sessionStarts[index]).toBeGreaterThan(result.sessionStarts[index - 1] ?? Number.POSITIVE_INFINITY);
  }
  expect(result.sessionStarts.at(-1)).toBeLessThan(result.messages.length);
  for (const message of result.messages) {
    expect(message.content.trim()).not.toBe("");
    // Tool calls that write code keep more of it than other tool output does.
    const limit = /^(?:Tool use: |Write|Edit|MultiEdit|Update|Create)/.test(message.content) ? 6100 : 2100;
    if (message.role === "TOOL") expect(message.content.length).toBeLessThanOrEqual(limit);
  }
  expect(result.messages.some((message) => message.role === "ASSISTANT")).toBe(true);
}

const folders = existsSync(CORPUS)
  ? readdirSync(CORPUS, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name in FOLDERS)
      .map((entry) => entry.name)
  : [];

describe.skipIf(folders.length === 0)("corpus", () => {
  it.each(folders)("%s: every session is detected and parsed with its user turns", (folder) => {
    const expectation = FOLDERS[folder]!;
    const files = readdirSync(`${CORPUS}/${folder}`).filter((name) => /\.(md|jsonl|json|txt)$/.test(name));
    const sessionFiles = files.filter((name) => !/^(PROBES|SOURCE)\./.test(name));
    expect(sessionFiles.length).toBeGreaterThan(0);
    for (const name of sessionFiles) {
      const raw = readFileSync(`${CORPUS}/${folder}/${name}`, "utf8");
      expect(detectFormat(raw), name).toBe(expectation.format);
      const result = parseTranscript(raw);
      expect(result.format).toBe(expectation.format);
      checkShape(result);
      const users = result.messages.filter((message) => message.role === "USER").length;
      const expected = expectation.userTurns(raw);
      if (expectation.exact) expect(users, name).toBe(expected);
      else {
        expect(users, name).toBeGreaterThanOrEqual(Math.ceil(expected * 0.5));
        expect(users, name).toBeLessThanOrEqual(expected);
      }
    }
  });
});
