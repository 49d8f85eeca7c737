import type { TranscriptFormat } from "../types.ts";
import { isRecord } from "./content-blocks.ts";
import { notA } from "./errors.ts";

/**
 * The JSON objects of a JSON-lines file, one a non-empty line, with their 1-based line numbers. A line that
 * is not a JSON object stops the parse with an error naming the line and the format.
 */
export function* jsonlRecords(
  text: string,
  format: TranscriptFormat,
): Generator<{ entry: Record<string, unknown>; line: number }> {
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]?.trim() ?? "";
    if (line === "") continue;
    let entry: unknown;
    try {
      entry = JSON.parse(line);
    } catch {
      throw notA(format, `line ${index + 1} is not JSON`);
    }
    if (!isRecord(entry)) throw notA(format, `line ${index + 1} is not a JSON object`);
    yield { entry, line: index + 1 };
  }
}
