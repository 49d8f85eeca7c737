import type { TextUnit } from "../text/units.ts";
import { HEDGED } from "./classify.ts";

// What the agent says that chooses nothing, however its words read: options, guesses, diagnoses, its own work.

// Options offered for the user to try ("Option 2: …", "Or try the simpler approach", "If it still fails, …") and
// the agent's guesses ("the stall might be caused by…", "which should resolve it") weigh ways: none is chosen yet.
const OFFERED = /^\W*(?:option\s+\w+|alternatives?\b|or\b|if\b|(?:you )?(?:can|could) (?:also )?(?:try|use)|try\b)/i;
const EXPECTED = /\bshould (?:resolve|fix|solve|help|work)\b/i;

/** Whether a unit offers a way to try or guesses at one, so that its "instead of" or "use X" decides nothing. */
export function weighsOptions(unit: TextUnit): boolean {
  return OFFERED.test(unit.heading) || HEDGED.test(unit.text) || EXPECTED.test(unit.text);
}

// A diagnosis ("The issue is that X uses Y instead of Z") says what is wrong, not which way was chosen.
const DIAGNOSIS = /^(?:the )?(?:\w+ )?(?:issue|problem|cause|error)(?: here)? is\b/i;

export const isDiagnosis = (text: string): boolean => DIAGNOSIS.test(text);

// The agent telling what it did ("I revised the report to cite sources rather than guess") narrates its work: a
// "rather than" in a report of one's own work describes the change made, it chooses nothing for later sessions.
const OWN_WORK =
  /^(?:i|we)(?:'ve| have)? (?:\w+ly )?(?:revised|rewrote|updated|changed|reworked|adjusted|removed|added|fixed)\b/i;

export const reportsOwnWork = (text: string): boolean => OWN_WORK.test(text);
