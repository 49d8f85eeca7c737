import type { HandoffItemKind, HandoffItemStatus, SessionRecord } from "../types.ts";
import { type Candidate, makeCandidate } from "./candidate.ts";

// The session record is what the user typed when completing the session: the most deliberate statement
// of the state there is, so it outranks anything read from the transcript.
const RECORD_BONUS = 30;

const FIELDS: Array<[keyof SessionRecord, HandoffItemKind, HandoffItemStatus]> = [
  ["objectives", "GOAL", "OPEN"],
  ["accomplishments", "TASK", "DONE"],
  ["blockers", "BLOCKER", "OPEN"],
  ["nextSteps", "TASK", "OPEN"],
];

/** One item per non-empty line (list markers stripped). */
export function recordLines(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*+•]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?/, "").trim())
    .filter((line) => line.length > 0);
}

export function recordCandidates(record: SessionRecord | undefined, ordinal: number): Candidate[] {
  if (!record) return [];
  const out: Candidate[] = [];
  for (const [field, kind, status] of FIELDS) {
    for (const line of recordLines(record[field])) {
      out.push(
        makeCandidate(kind, line, {
          ordinal,
          role: "USER",
          position: 1,
          origin: "RECORD",
          status,
          bonus: RECORD_BONUS,
        }),
      );
    }
  }
  return out;
}
