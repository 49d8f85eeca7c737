import { respellCues } from "../text/respell.ts";
import { extractTerms, type Term, termDensity } from "../text/terms.ts";
import type { HandoffItemKind } from "../types.ts";
import { ANAPHORIC, classifySentence, standsAlone, withoutInterjection } from "./classify.ts";
import { ERROR, REPROACH } from "./cues.ts";
import {
  disagreesOnly,
  impliedRule,
  isExclamatoryQuestion,
  isQuestion,
  isRant,
  ruleDuration,
  steersTheStep,
  withoutBackReference,
} from "./remarks.ts";

/** What one sentence of the user's says, how it should read in the ledger, and how much less it weighs. */
export interface RemarkReading {
  kind: HandoffItemKind;
  text: string;
  terms: Term[];
  bonus: number;
}

// A reaction of the moment (an exclamation, a rant) that names things is kept in the user's words, but below
// what the user stated calmly: explicit instructions come first.
const REACTION_PENALTY = 24;
// A sentence that leans on the turn before ("that doesn't track -- …") tells a later reader less than one that
// names its subject, even when it contains a term or two.
const ANAPHORIC_PENALTY = 8;
// A rule said to hold from now on outranks a preference of the moment ("don't commit this yet").
const DURATION_BONUS = 10;

/**
 * Reads one sentence of a user turn. `open`: the turn is among the session's last (its questions stay open);
 * `opening`: the first sentence of the project, which states the goal when it says enough.
 */
export function readRemark(said: string, open: boolean, opening: boolean): RemarkReading | null {
  const raw = withoutBackReference(respellCues(said));
  const exclaims = isExclamatoryQuestion(raw);
  const reproach = REPROACH.test(raw);
  const question = isQuestion(raw);
  // Questions asked along the way were answered there; only the last turns' questions stay open. Without its
  // mark a question may carry a pasted statement ("what does this mean: <the requirement>"), so it is read on.
  if (raw.trimEnd().endsWith("?") && !open && !reproach && !exclaims) return null;
  const implied = reproach ? null : impliedRule(raw);
  if (implied) {
    return { kind: implied.kind, text: implied.text, terms: extractTerms(implied.text), bonus: 0 };
  }
  const terms = extractTerms(raw);
  const density = termDensity(terms);
  let kind = standsAlone(raw, density) ? classifySentence(raw, "USER", density) : null;
  let bonus = 0;
  if (!reproach && (exclaims || isRant(raw))) {
    // "Are you out of your mind?!" names nothing: nothing to carry.
    if (density === 0) return null;
    kind ??= "CONSTRAINT";
    bonus -= REACTION_PENALTY;
  } else if (question && !reproach && (kind === "CONSTRAINT" || kind === "GOAL" || kind === "DECISION")) {
    // An open question states no rule, goal or choice yet ("How should we split the module?"): it awaits an answer.
    kind = "TASK";
  }
  // The project's first words state its goal, if they say enough to be one ("Let's review the TODO" does not).
  // "Make sure…", "we should move…": a request for the step at hand, not a rule (remarks.ts).
  if (kind === "CONSTRAINT" && !reproach && steersTheStep(raw)) kind = "TASK";
  if (opening && (kind === "TASK" || kind === null) && raw.length >= 40) kind = "GOAL";
  const leans = ANAPHORIC.test(withoutInterjection(raw));
  if (kind === "BLOCKER" && disagreesOnly(raw, leans, ERROR)) return null;
  if (!kind) return null;
  if (kind === "CONSTRAINT") bonus += DURATION_BONUS * ruleDuration(raw);
  if (leans) bonus -= ANAPHORIC_PENALTY;
  return { kind, text: raw, terms, bonus };
}
