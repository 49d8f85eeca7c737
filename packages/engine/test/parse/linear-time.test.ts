import { describe, expect, it } from "vitest";
import { LARGE_INPUTS, largeJsonl, MEGABYTES } from "../../bench/large-inputs.ts";
import { detectFormat, parseTranscript, TranscriptParseError } from "../../src/parse/index.ts";
import type { ParsedTranscript } from "../../src/types.ts";

// Large and adversarial inputs must parse to a well-formed result (or a TranscriptParseError), never hang
// or crash. How fast is measured by `node bench/fidelity.ts`, which prints ms/MB: no timed assertions here.

function parseOrReject(run: () => ParsedTranscript): ParsedTranscript | null {
  try {
    return run();
  } catch (error) {
    if (error instanceof TranscriptParseError) return null;
    throw error;
  }
}

function expectWellFormed(result: ParsedTranscript | null): void {
  if (!result) return;
  expect(result.sessionStarts[0] ?? 0).toBe(0);
  expect(result.sessionStarts.every((start) => start <= result.messages.length)).toBe(true);
  expect(result.messages.every((m) => typeof m.content === "string" && m.role !== undefined)).toBe(true);
}

describe("large and adversarial inputs", () => {
  it.each(LARGE_INPUTS)("%s", (_name, format, text) => {
    expectWellFormed(parseOrReject(() => parseTranscript(text, format)));
    const detected = detectFormat(text);
    expect(detected === null || typeof detected === "string").toBe(true);
  });

  it("parses a large Claude Code JSONL file completely", () => {
    const text = largeJsonl();
    expect(text.length).toBeGreaterThan(MEGABYTES * 1024 * 1024);
    const result = parseOrReject(() => parseTranscript(text));
    expect(result?.format).toBe("CLAUDE_CODE_JSONL");
    expect(result?.messages.length).toBe(20_000);
  });
});
