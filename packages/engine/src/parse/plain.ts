import type { MessageRole, ParsedTranscript } from "../types.ts";
import { TranscriptBuilder } from "./builder.ts";
import { notA } from "./errors.ts";
import { isSingleLetterLabel, speakerRole } from "./speakers.ts";
import { FenceTracker, isoFromDateText } from "./text.ts";

// "User: hi", "**User:** hi", "**Human**: hi", "ChatGPT (2024-05-01 10:32): hi", "[10:32] Me: hi", "Q: why?" —
// a label at line start. Bounded pieces only, so the match cost stays linear in the line length.
const LABEL_LINE =
  /^[ \t]{0,3}(?:\[([^\]\n]{1,30})\][ \t]*)?(?:\*\*|__)?([A-Za-z][\w.-]{0,30}(?: [A-Za-z0-9][\w.-]{0,20})?)(?:\*\*|__)?(?:[ \t]*\(([^)\n]{1,40})\))?[ \t]*:(?:\*\*|__)?(?:[ \t]+(.*))?$/;

interface LabelLine {
  index: number;
  role: MessageRole;
  label: string;
  rest: string;
  createdAt?: string;
}

/** Every speaker-label line outside code fences, in order. */
export function findLabelLines(lines: string[]): LabelLine[] {
  const found: LabelLine[] = [];
  const fences = new FenceTracker();
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? "";
    if (fences.update(line)) continue;
    if (line.indexOf(":") < 0) continue;
    const match = LABEL_LINE.exec(line);
    if (!match) continue;
    const label = match[2] ?? "";
    const role = speakerRole(label);
    if (!role) continue;
    const stamp = match[1] ?? match[3];
    const createdAt = stamp ? isoFromDateText(stamp) : undefined;
    found.push({ index, role, label, rest: match[4] ?? "", createdAt });
  }
  // Q:/A: only count in a transcript that uses no longer speaker names.
  const hasWordLabels = found.some((entry) => !isSingleLetterLabel(entry.label));
  return hasWordLabels ? found.filter((entry) => !isSingleLetterLabel(entry.label)) : found;
}

/** True when the labels include both sides of a conversation. */
export function looksLikePlainChat(lines: string[]): boolean {
  const roles = new Set(findLabelLines(lines).map((entry) => entry.role));
  return roles.has("USER") && roles.has("ASSISTANT");
}

export function parsePlain(text: string): ParsedTranscript {
  const lines = text.split("\n");
  const labels = findLabelLines(lines);
  if (labels.length === 0) throw notA("PLAIN", 'no speaker labels such as "User:" or "Assistant:" at line start');
  const builder = new TranscriptBuilder("PLAIN");
  for (let turn = 0; turn < labels.length; turn++) {
    const current = labels[turn]!;
    const end = labels[turn + 1]?.index ?? lines.length;
    const body = [current.rest, ...lines.slice(current.index + 1, end)].join("\n");
    builder.add(current.role, body, current.createdAt);
  }
  return builder.finish();
}
