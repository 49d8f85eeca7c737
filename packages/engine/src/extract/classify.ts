import type { HandoffItemKind } from "../types.ts";
import {
  CONSTRAINT,
  DEAD_END,
  DECISION,
  ERROR,
  GOAL,
  NOTE,
  PLAIN_FAILURE,
  REPROACH,
  REQUEST,
  RESOLVED,
  TASK,
} from "./cues.ts";

export type Voice = "USER" | "ASSISTANT";

// What the user read or saw a moment ago, or how they feel about it ("I've read the notes.md", "I see a new folder
// `dist`", "I'm not sure about `rm -rf`…"), names things but reports the moment: it is no finding for a later session
// unless a cue says more (a rule, a failure, a choice are read before this).
const OWN_MOMENT =
  /^(?:i(?:'ve| have)? (?:just |already |now )?(?:read|see|saw|looked|opened)\b|i(?:'m| am) (?:(?:just|very|really|so|quite|a bit|still) ){0,2}(?:afraid|scared|not sure|unsure|wondering|reading|looking)\b)/i;

/**
 * The kind a sentence states, or null when it states nothing worth carrying. The user's words are read
 * generously (they set constraints and goals); the assistant's only when a cue is explicit.
 */
export function classifySentence(text: string, voice: Voice, density: number): HandoffItemKind | null {
  if (voice === "USER") {
    if (REPROACH.test(text)) return "CONSTRAINT";
    if (GOAL.test(text)) return "GOAL";
    if (DEAD_END.test(text) && density > 0) return "DEAD_END";
    if (CONSTRAINT.test(text)) return "CONSTRAINT";
    if (DECISION.test(text)) return "DECISION";
    // "The X error is fixed" reports a fix (a status signal), not a new problem.
    if (ERROR.test(text) && !RESOLVED.test(text) && (density > 0 || /["'`]/.test(text))) return "BLOCKER";
    // A problem the user describes in plain words ("I can't scan the code with my bank app") is one too, even
    // inside a request ("show the raw string, I can't scan it"): the request is done once, the problem may stay.
    if (PLAIN_FAILURE.test(text) && !RESOLVED.test(text)) return "BLOCKER";
    if (TASK.test(text) || REQUEST.test(text)) return "TASK";
    if (OWN_MOMENT.test(text)) return null;
    if (NOTE.test(text) && density > 0) return "NOTE";
    if (density >= 4) return "NOTE";
    return null;
  }
  if (density === 0 && text.length < 50) return null;
  if (DEAD_END.test(text)) return "DEAD_END";
  if (DECISION.test(text) && density > 0 && !HEDGED.test(text)) return "DECISION";
  if (TASK.test(text) && density > 0) return "TASK";
  if (NOTE.test(text) && density >= 2) return "NOTE";
  if (CAUSE_IN_CODE.test(text) && density > 0) return "NOTE";
  return null;
}

// The agent's guesses and advice mid-session ("the stalling might be caused by…", "try X instead of Y") weigh
// options; they decide nothing until the user or a summary settles on one.
export const HEDGED =
  /\b(?:might|may|could|possibly|perhaps|probably|likely|try|most common|suggests?|i'?d (?:recommend|suggest))\b/i;

// An explanation that blames a named part of the code for a behaviour ("… because `cache` is a module-level
// singleton") states a property of the code that outlives the fix the agent then makes.
// So does a mismatch between two parts ("the template sends `item-id` but the handler expects `item_id`").
export const CAUSE_IN_CODE =
  /\b(?:send|sends|sending|returns?|returning|pass(?:es|ing)?|produces?|producing|emits?|emitting)\b[^.]{0,100}\bbut\b[^.]{0,60}\bexpects?\b|\b(?:because|since)\s+(?:the\s+)?`[^`]{2,60}`\s+(?:is|are|was|has|have|holds?|keeps?|persists?|stays?|lives?|runs?)\b/i;

// Interjections that open a turn ("ok,", "great!", "no,"): they carry nothing themselves, but what follows
// them often does ("no, use the advisory lock instead").
const INTERJECTION =
  /^(?:(?:thanks?|thank you|great|perfect|awesome|ok(?:ay)?|sure|yes|yeah|yep|no|nope|got it|sounds good|good|nice|cool|excellent|hmm+|alright|right|well|so|also|and|but|now|then|btw|anyway|oh)\b[\s,.!:;—-]*)+/i;

/** The sentence without its opening interjections. */
export function withoutInterjection(text: string): string {
  const rest = text.replace(INTERJECTION, "");
  return rest === text ? text : rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** Narration of the assistant's own next move, and acknowledgements: no state to carry. */
const NARRATION =
  /^(?:let me|i'll (?:now |first )?(?:check|look|read|start|search|run|examine|review|verify|update|create|help)|now (?:let me|i'll)|first,? let me|here(?:'s| is) (?:the|a|what|how)|i (?:see|understand|can see)(?: (?:the|that|what|why|now|it|you))?\b[^.]{0,40}$|good (?:question|idea|point)|you'?re (?:right|absolutely right))\b/i;

/** Sentences that carry no information for a next session: pleasantries, meta-talk, questions to confirm. */
export function isChatter(text: string): boolean {
  const t = withoutInterjection(text.trim());
  if (t.length < 12) return true;
  if (!/[a-zA-Z]{3}/.test(t)) return true;
  return NARRATION.test(t);
}

// Sentences that lean on the conversation around them: a pronoun for a subject and nothing named ("it doesn't
// add value there"), or the speaker's state of mind ("I don't understand…", "maybe…"). Without distinctive
// terms they say nothing to a reader who was not there. Answers conditional on the question before ("if yes,
// …", "not yet, …") lean on it just as much. An adverbial of the moment before the pronoun ("for some reason it
// doesn't work", "somehow it still fails") names nothing either.
export const ANAPHORIC =
  /^(?:(?:but|and|so|then|also)\s+)?(?:(?:for some reason|somehow|unfortunately|sadly|again|still|now)[,\s]+)?(?:it|this|that|these|those|they|there|here|which|same|if (?:yes|so|not)|otherwise|not yet)\b/i;
const STATE_OF_MIND =
  /^(?:i\s+(?:also\s+|still\s+)?(?:don'?t|do not|didn'?t)\s+(?:understand|know|get|see|remember|recall|mind|care|think)|i\s+(?:feel|guess|wonder|suppose|believe|think)\b|maybe|perhaps|probably|hmm|wow|oh)\b/i;
/** A rule stated outright: it holds without any names in it ("never push to main", "do not reset the data"). */
export const STRONG_RULE =
  /\b(?:never|always|do not|don'?t|must(?:n'?t| not)?|make sure|avoid|no need|from now on|going forward|not allowed|stop (?:doing|using|adding|asking))\b/i;

// "This filter should live in the service layer", "these checks must run first": a demonstrative before a noun
// and a rule's modal names what the rule is about (the noun), unlike a bare pronoun ("this should work").
const NAMED_BY_DEMONSTRATIVE =
  /^(?:(?:but|and|so|then|also)\s+)?(?:this|that|these|those)\s+(?!(?:is|was|are|were|will|would|should|must|can|could|may|might|does|did|has|had|have|needs?|seems?|looks?|one|way|part|time)\b)[a-z][\w-]*\s+(?:should(?:n'?t| not)?|must(?:n'?t| not)?|needs? to|has to|have to|belongs?|(?:is|are) (?:supposed|meant) to)\b/i;

/** Whether a sentence without distinctive terms still stands on its own for a reader who was not there. */
export function standsAlone(text: string, density: number): boolean {
  if (density > 0) return true;
  const t = withoutInterjection(text.trim());
  if (STATE_OF_MIND.test(t)) return false;
  if (ANAPHORIC.test(t) && !NAMED_BY_DEMONSTRATIVE.test(t)) return false;
  // A short remark with no names needs a rule's force to mean anything later ("Let's keep it.").
  return t.length >= 25 || STRONG_RULE.test(t);
}

/** A question the assistant ends on, awaiting the user's go-ahead: the pending next step. */
export function isPendingOffer(text: string): boolean {
  return (
    /\b(?:would you like|shall i|should i|do you want|want me to|let me know if)\b/i.test(text) && text.endsWith("?")
  );
}
