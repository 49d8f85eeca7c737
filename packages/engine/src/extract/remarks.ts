// How a user's remark is meant, beyond its words: a question (even without its question mark), a reproach that
// implies a rule, or a reaction of the moment (a rant, an exclamation) that holds nothing for a later session.
// General English only: nothing here may name a project, a tool or a file.

/**
 * A question, whether or not it ends in "?": people typing in a terminal often drop the mark ("How should we
 * simplify it."). Wh-words count only before an auxiliary ("how should we…", "what do you…") or before any
 * word and then "we/I/you" (typos: "how shoudl we…"), since "What we need is…" or "How it works:" state things; auxiliaries only before a pronoun ("can you…", "is it…"), since
 * "Do run the tests" and "Have a look" are requests.
 */
const WH_QUESTION =
  /^(?:(?:and|but|so|also|then|ok(?:ay)?)[,\s]+)?(?:how|what|why|where|which|who)\s+(?:(?:on earth|the hell)\s+)?(?:should|shall|would|could|can|do|does|did|is|are|was|were|will|have|has|about|else|if|\w+\s+(?:we|i|you)\b)\b/i;
const AUX_QUESTION =
  /^(?:(?:and|but|so|also|then|ok(?:ay)?)[,\s]+)?(?:is|are|was|were|do|does|did|have|has|can|cant|could|shall|should|would|will|won'?t|isn'?t|aren'?t|didn'?t|doesn'?t|don'?t|haven'?t|can'?t|couldn'?t|shouldn'?t|wouldn'?t)\s+(?:i|we|you|it|this|that|these|those|there|they)\b/i;

export function isQuestion(text: string): boolean {
  const t = text.trim();
  return /\?[!?]*\)?$/.test(t) || WH_QUESTION.test(t) || AUX_QUESTION.test(t);
}

/** An exclamatory question ("…?!", "…?!?"): the speaker is not asking, they are reacting. */
export function isExclamatoryQuestion(text: string): boolean {
  return /\?!|!\?/.test(text);
}

/**
 * Venting, verdicts and apologies of the moment ("that's total BS", "what are you doing?!", "my bad, let me
 * retry"): they tell how the user felt about one step, not what holds later.
 */
const RANT =
  /\b(?:(?:total|complete|utter)\s+(?:bs|nonsense|garbage|rubbish|mess)|wtf|omg|ffs|(?:are|were) you (?:kidding|serious|joking|insane|crazy)|what (?:are|were) you (?:doing|thinking)|seriously\?|come on[,!]|for (?:god'?s|heaven'?s|pete'?s) sake|give me a break|i (?:give up|can'?t believe)|this is (?:ridiculous|absurd|insane)|my bad|oops|never ?mind|let me (?:retry|try again))\b/i;

// A verdict on what was just shown ("I don't like this solution at all", "I love it"): the object is a pronoun,
// so a later reader cannot tell what was judged. "I hate it when you add comments" states a rule and is kept.
const VERDICT =
  /^(?:i\s+)?(?:really\s+)?(?:(?:don'?t|do not)\s+)?(?:like|love|hate|dislike)\s+(?:this|that|it|these|those)\b(?!\s+(?:when|if|whenever|because|that)\b)/i;

export function isRant(text: string): boolean {
  return RANT.test(text) || VERDICT.test(text.trim());
}

/**
 * The rule an exasperated question implies, where the grammar makes it certain:
 * "Did you (even) run the tests in the RED phase?!" → "Always run the tests in the RED phase." (the user expects
 * it done every time); "Why didn't you check the logs first?!" → the same; "I thought we agreed to use X?!" →
 * "We agreed to use X." (a decision restated). Only "did/didn't you" + verb is rewritten: its verb is already in
 * the base form, so the rule reads correctly; other reproaches keep the user's words.
 */
const DID_YOU =
  /^(?:why\s+)?(?:did|didn'?t|did not)\s+you\s+(?:even\s+|actually\s+|really\s+|ever\s+)?(.+?)\s*[?!]+\)?$/i;
const WE_AGREED = /^i\s+thought\s+we\s+(agreed|decided|said)\s+(?:to|on|that)\s+(.+?)\s*[?!]+\)?$/i;

export interface ImpliedRule {
  kind: "CONSTRAINT" | "DECISION";
  text: string;
}

export function impliedRule(text: string): ImpliedRule | null {
  const t = text.trim();
  if (!isExclamatoryQuestion(t)) return null;
  const agreed = WE_AGREED.exec(t);
  if (agreed?.[2]) return { kind: "DECISION", text: `We ${agreed[1]?.toLowerCase()} to ${agreed[2]}.` };
  const did = DID_YOU.exec(t);
  // "Why did you X?!" objects to X having been done; only "did you X?!" and "why didn't you X?!" ask for X.
  if (!did?.[1] || (/^why\s+did\s/i.test(t) && !/^why\s+did\s+you\s+not\b/i.test(t))) return null;
  const action = did[1].replace(/^not\s+/i, "");
  // Pronoun-led actions ("did you do that?!") name nothing a later session could follow.
  if (/^(?:do|did|does)\s+(?:it|that|this)\b|^(?:it|that|this)\b/i.test(action) || action.length < 8) return null;
  return { kind: "CONSTRAINT", text: `Always ${action}.` };
}

/**
 * A lead-in that points back into the conversation ("re your 2nd point,", "regarding my question above,"): it
 * means nothing to a later reader, while the rest of the sentence may. Only such back-references are dropped;
 * "Regarding the cache, use Redis" keeps its subject.
 */
const BACK_REFERENCE =
  /^(?:re|regarding|as for|about|wrt)\b[^,;:]{0,80}?\b(?:points?|questions?|items?|list|suggestions?|comments?|messages?|answers?|above|earlier|before)\b[^,;:]{0,40}[,;:]\s+(?=\S)/i;

// "RE: 1. …", "re 2) …": an answer to an item of the other side's numbered list.
const REPLY_MARK = /^re(?::\s*|\s+(?=#?\d))(?:#?\d+[.):]?\s+)?(?=\S)/i;

export function withoutBackReference(text: string): string {
  const rest = text.replace(REPLY_MARK, "").replace(BACK_REFERENCE, "");
  return rest === text || rest.length < 20 ? text : rest.charAt(0).toUpperCase() + rest.slice(1);
}

/**
 * How long a rule is meant to hold, by its own words: "from now on", "always", "in the future", "every time"
 * make it standing; "yet", "for now", "at this time", "this time" limit it to the moment ("don't push this yet").
 * 1 = standing, -1 = momentary, 0 = unsaid.
 */
const STANDING =
  /\b(?:in (?:the )?future|from now on|going forward|always|never|every time|whenever|each time|by default|as a (?:rule|habit)|in general|at all times)\b/i;
const MOMENTARY =
  /\b(?:yet|for now|for the moment|at (?:this|the moment|the time|this point)|right now|this time|today|just now|for this (?:session|commit|pr|change|task))\b/i;

export function ruleDuration(text: string): 1 | 0 | -1 {
  if (MOMENTARY.test(text)) return -1;
  return STANDING.test(text) ? 1 : 0;
}

/**
 * An instruction for the step at hand, worded like a rule: "make sure the seed data has an open order",
 * "check the config once more and ensure the port is set", "we should move the helper into `utils/`". People
 * use "make sure", "… and ensure" and "we should <change>" to steer the current piece of work (a bare "Ensure the
 * flag writes nothing" reads as a requirement of the product and stays a rule); such a remark is a
 * request (done once the session moves on), not a rule for every later session. A rule's own words — never,
 * always, don't, avoid, prefer, instead of, from now on… — keep it a rule.
 */
const STEERING =
  /^(?:(?:please|pls|also|and|then|now|so|ok(?:ay)?|but)[,\s]+)*(?:(?:let'?s|you|we|i want you to|can you|could you)\s+)?(?:(?:check|verify|look at|review|test|run|fix|update|go through)\b[^.;!?]{0,80}?\band\s+)?make sure\b|^(?:(?:please|pls|also|and|then|now|so)[,\s]+)*(?:check|verify|look at|review|test|run|fix|update|go through)\b[^.;!?]{0,80}?\band\s+ensure\b|^(?:(?:also|and|then|now|so|i think)[,\s]+)*we should\s+(?:also\s+|then\s+|now\s+|probably\s+)?(?:add|move|drop|remove|delete|consolidate|separate|split|merge|rename|create|change|update|fix|document|write|extract|replace|introduce|refactor|implement|put|convert|combine)\b/i;
const RULE_FORCE =
  /\b(?:never|always|don'?t|do not|doesn'?t|must(?:n'?t| not)|shouldn'?t|should not|avoid|prefer|no need|not allowed|instead of|rather than|stop|every time|whenever|each time|in (?:the )?future|from now on|going forward|by default|at all times)\b/i;

export function steersTheStep(text: string): boolean {
  return STEERING.test(text.trim()) && !RULE_FORCE.test(text);
}

// Negations that report a failure only when a subject is named: "that doesn't track" or "this does not make
// sense" disagrees with what was just said; "`make` doesn't find the target" reports a problem.
const WEAK_FAILURE = /\b(?:doesn'?t|does not|don'?t see|do not see|can'?t|cannot|cant)\b/gi;

/** Whether a remark opening with a pronoun ("that doesn't…") is a disagreement rather than a failure report. */
export function disagreesOnly(text: string, anaphoric: boolean, error: RegExp): boolean {
  return anaphoric && !error.test(text.replace(WEAK_FAILURE, " "));
}
