import { extractTerms, termDensity } from "../text/terms.ts";
import { splitMessage, type TextUnit } from "../text/units.ts";
import type { HandoffItemKind, HandoffItemStatus } from "../types.ts";
import { isDiagnosis, reportsOwnWork, weighsOptions } from "./advice.ts";
import { type Candidate, makeCandidate } from "./candidate.ts";
import { CAUSE_IN_CODE, classifySentence, isChatter, isPendingOffer } from "./classify.ts";
import { COMPLETED, CONSTRAINT, DEAD_END, DECISION, ERROR, SUMMARY_HEADINGS, TASK } from "./cues.ts";
import { scopedUnits } from "./list-scopes.ts";
import { isPastedOutput } from "./pasted-output.ts";
import { describesFile, isBareTerm, isCommandLine } from "./unit-shapes.ts";

export interface AssistantTurn {
  ordinal: number;
  position: number;
  content: string;
  /** 0 for the assistant's last message of the session, 1 for the one before, … */
  fromEnd: number;
}

// An assistant message proposes at most this many items, more for long ones (summaries are dense, and a
// context summary after a compaction restates a whole session), never more than MAX_PER_SUMMARY.
const MAX_PER_MESSAGE = 10;
const MAX_PER_SUMMARY = 40;
const CHARS_PER_EXTRA_ITEM = 300;

// The message before the last is the wrap-up too when it is long (the last one is then a short sign-off).
const WRAP_UP_CHARS = 400;
// A line ending in a colon introduces what follows; it tells less than a statement of its own.
export const LEAD_IN_PENALTY = 10;
const NARRATION_START =
  /^(?:i'll|i will|i'm going to|let me|let's|now|next,? i|first|perfect|great|excellent|it (?:sounds|looks|seems) like)\b/i;

// Progress commentary between tool calls ("Good! Now let me update the template:", "Let me compile again:")
// announces the next step in nearly every paragraph; such a message is no wrap-up, however late it comes.
const ANNOUNCES = /:\s*$/;
export function narratesProgress(content: string): boolean {
  let paragraphs = 0;
  let announcing = 0;
  for (const paragraph of content.split(/\n\s*\n/)) {
    const text = paragraph.trim();
    if (text === "" || text.startsWith("```")) continue;
    paragraphs++;
    if (ANNOUNCES.test(text) || NARRATION_START.test(text)) announcing++;
  }
  return paragraphs >= 2 && announcing * 2 >= paragraphs;
}

function headingKind(heading: string): HandoffItemKind | "DONE" | null {
  // A lead-in announcing the next step ("Now let me check the new file:") heads no section.
  if (!heading || NARRATION_START.test(heading) || /^(?:\w+,? )?let me\b/.test(heading)) return null;
  for (const [pattern, kind] of SUMMARY_HEADINGS) if (pattern.test(heading)) return kind;
  return null;
}

/** The kind of a unit under a summary heading: the heading's, unless the text's own cue says otherwise. */
function summaryKind(unit: TextUnit, section: HandoffItemKind | "DONE", density: number): HandoffItemKind | null {
  if (DEAD_END.test(unit.text)) return "DEAD_END";
  if (section === "TASK" || section === "BLOCKER" || section === "FILE") return section;
  // Under a design heading, a label ("Testing improvements", "CI compatible") names a topic, not a choice: a
  // line is a decision when it says what was chosen (a decision cue) or names enough to pin it down.
  // A report of work done under it ("Added a retry to the fetch client") says what was done, not what was chosen
  // over what: a note about the code, unless its own words state a choice.
  if (section === "DECISION" && REPORTS_WORK.test(unit.text) && !DECISION.test(unit.text))
    return density >= 2 ? "NOTE" : null;
  if (section === "DECISION") return density >= 3 || (density > 0 && DECISION.test(unit.text)) ? "DECISION" : null;
  // A report of work done ("Added a safety rule to the instructions") is no rule itself, however it is worded.
  if (CONSTRAINT.test(withoutPurpose(unit.text)) && density > 0 && !REPORTS_WORK.test(unit.text)) return "CONSTRAINT";
  if (DECISION.test(unit.text) && density > 0) return reportsOwnWork(unit.text) ? null : "DECISION";
  // Accomplishments: a durable fact about the code when it names things, otherwise narration.
  return density >= 2 ? "NOTE" : null;
}

// A purpose clause gives the reason for a change ("…in a try/finally block to ensure the log is always
// flushed"): its "always" describes what the code now does, it sets no rule.
const PURPOSE = /\b(?:to (?:ensure|make sure|guarantee)|so that|in order to)\b.*$/i;
const withoutPurpose = (text: string): string => text.replace(PURPOSE, "");

// A cause the agent found in the code is knowledge the session paid for: it ranks with a summary's notes.
const CAUSE_BONUS = 8;

const DEFERRED =
  /\b(?:out of scope|deferred|postponed|separate (?:pr|pull request|ticket|issue)|for later|follow[- ]up)\b/i;

const REPORTS_WORK =
  /^(?:\W*)(?:(?:i|we)(?:'ve| have)?\s+)?(?:added|created|updated|implemented|removed|deleted|fixed|documented|moved|renamed|refactored|replaced|wrote|configured|installed|enabled|disabled|introduced|extracted|converted|cleaned|simplified|revised|migrated|patched|resolved|solved|switched|had to)\b/i;

export function extractAssistantTurn(turn: AssistantTurn): Candidate[] {
  const split = splitMessage(turn.content);
  const out: Candidate[] = [];
  const last = turn.fromEnd === 0;
  const wrapUp =
    (last || (turn.fromEnd === 1 && turn.content.length > WRAP_UP_CHARS)) && !narratesProgress(turn.content);
  for (const { unit: raw, about } of scopedUnits(turn.content, split.units)) {
    const unit = about ? { ...raw, text: `\`${about}\`: ${raw.text}` } : raw;
    if (unit.form === "heading" || isChatter(unit.text) || isPastedOutput(unit.text)) continue;
    // A bare path or term is no statement (files are collected on their own).
    if (isBareTerm(unit.text) || isCommandLine(unit.text)) continue;
    const terms = extractTerms(unit.text);
    const density = termDensity(terms);
    // The session's closing message is its wrap-up: read it like a summary even without a heading.
    const section = headingKind(unit.heading) ?? (wrapUp ? "DONE" : null);
    let kind: HandoffItemKind | null;
    let status: HandoffItemStatus = "OPEN";
    let bonus = 0;
    if (unit.checked !== undefined) {
      kind = "TASK";
      status = unit.checked ? "DONE" : "OPEN";
      bonus = 6;
    } else if (section) {
      kind = summaryKind(unit, section, density);
      bonus = 8 + (last ? 6 : 0);
      if (section === "DONE" && kind === "NOTE") bonus -= 4;
    } else {
      kind = classifySentence(unit.text, "ASSISTANT", density);
      if (kind === "TASK" && turn.position < 0.7) kind = null;
      if (kind === "NOTE" && CAUSE_IN_CODE.test(unit.text)) bonus = CAUSE_BONUS;
    }
    // What an entry under a file's path says is about that file (what it holds, what was changed in it): a note,
    // whatever section the list sits in, unless it reports a failure.
    if (kind && about && kind !== "DEAD_END") kind = "NOTE";
    // An item put off in its own words ("Hardcoded port — out of scope for this spike", "deferred to a separate
    // PR") is work left open, wherever it is listed.
    if (kind === "NOTE" && DEFERRED.test(unit.text)) kind = "TASK";
    if (!kind || (kind === "DECISION" && weighsOptions(unit))) continue;
    if (kind === "DECISION" && isDiagnosis(unit.text)) kind = "NOTE";
    // "docs/ARCHITECTURE.md - system design": a list item that opens with a file and says what it holds describes
    // that file, whatever the heading above the list or the words of the description.
    if (unit.form === "item" && describesFile(unit.text)) kind = "FILE";
    // Narration of what the assistant is about to do, questions (the pending one at the end is read below)
    // and lead-ins to a list are not state; under a summary heading narration still counts, a little.
    if (NARRATION_START.test(unit.text)) {
      if (!section) continue;
      bonus -= 12;
    }
    if (/\?["')\]]*$/.test(unit.text)) continue;
    if (unit.text.endsWith(":")) {
      // A lead-in that names nothing ("Those remain for separate work:") only announces the list after it.
      if (density === 0) continue;
      bonus -= LEAD_IN_PENALTY;
    }
    // A problem the assistant describes mid-session is usually fixed a few turns later.
    if (kind === "BLOCKER" && !last) bonus -= 10;
    if (kind === "BLOCKER" && !ERROR.test(unit.text) && section !== "BLOCKER") continue;
    out.push(
      makeCandidate(kind, unit.text, {
        ordinal: turn.ordinal,
        role: "ASSISTANT",
        position: turn.position,
        status,
        bonus,
        terms,
      }),
    );
  }
  if (last) {
    const offer = [...split.units].reverse().find((u) => isPendingOffer(u.text));
    if (offer)
      out.push(makeCandidate("TASK", offer.text, { ordinal: turn.ordinal, role: "ASSISTANT", position: 1, bonus: -6 }));
  }
  out.sort((a, b) => b.priority - a.priority);
  return out.slice(
    0,
    Math.min(MAX_PER_SUMMARY, MAX_PER_MESSAGE + Math.floor(turn.content.length / CHARS_PER_EXTRA_ITEM)),
  );
}

/** Whether an assistant message reports finished work (used to close the user's earlier requests). */
export function reportsCompletion(content: string): boolean {
  return COMPLETED.test(content) && !TASK.test(content.slice(-400));
}

export { DECISION };
