import type { TranscriptMessage } from "../types.ts";
import { addedLines } from "./added.ts";
import { type Candidate, makeCandidate } from "./candidate.ts";
import { STRONG_RULE } from "./classify.ts";
import { instructsAgents } from "./files.ts";
import { writtenCode } from "./written.ts";

// A rule an edit writes into the agents' instructions (AGENTS.md, CLAUDE.md, Cursor or Copilot rules) is one
// the project has adopted for every later session: usually the user asked for it in other words, and the file
// holds its settled wording ("- Never force-push to `main`; open a pull request"). Only the lines an edit adds
// are read, and only those a rule's own words mark as one (never, always, don't, must, avoid…).

/** At most this many rules per session: a rewrite of the whole file is no list of new rules. */
const MAX_RULES = 4;
/** Written down for every session, such a rule outweighs what the assistant merely says; the user's own words still come first. */
const WRITTEN_RULE_BONUS = 8;

/**
 * A duty the line says comes back ("Regularly check the pinned versions", "Update the changelog whenever you
 * release") is a rule too, worded as an instruction of when rather than of must.
 */
const RECURRING = /\b(?:whenever|regularly|periodically|every time|each time|occasionally|from time to time)\b/i;

/** The rule an added line states, without its list marker and bold label; null for headings, code and prose. */
export function ruleOfLine(line: string): string | null {
  const listed = line
    .trim()
    // A terminal's diff gutter ("153 + ") left on a wrapped line.
    .replace(/^\d{1,5}\s+[+-]?\s*(?=[-*+]\s)/, "");
  let text = listed
    .replace(/^(?:[-*+]|\d+[.)])\s+/, "")
    .replace(/^(?:✓|✔|\[[ x]\])\s*/i, "")
    .replace(/^\*\*[^*]{1,40}\*\*:?\s*/, "")
    .replace(/\*\*/g, "")
    .trim();
  // A line the terminal wrapped inside code ("(`source") ends before its closing backtick: end before it.
  const ticks = text.split("`").length - 1;
  if (ticks % 2 === 1) text = text.slice(0, text.lastIndexOf("`")).replace(/[\s(,;:-]+$/, "");
  // A wrapped line's tail ("th the team. Always…") starts mid-word: rules in a list start with a capital.
  if (text.length < 20 || text.length > 240 || /^[a-z]/.test(text)) return null;
  if (/^[#<>|`{}[\]]|[{};,]$/.test(text)) return null;
  return STRONG_RULE.test(text) || RECURRING.test(text) ? text : null;
}

export function instructionRuleCandidates(messages: TranscriptMessage[]): Candidate[] {
  const n = Math.max(1, messages.length - 1);
  const seen = new Set<string>();
  const out: Candidate[] = [];
  messages.forEach((message, ordinal) => {
    for (const [path, code] of writtenCode(message)) {
      if (!instructsAgents(path)) continue;
      for (const line of addedLines(code)) {
        const rule = ruleOfLine(line);
        if (!rule || seen.has(rule.toLowerCase())) continue;
        seen.add(rule.toLowerCase());
        out.push(
          makeCandidate("CONSTRAINT", rule, {
            ordinal,
            role: "ASSISTANT",
            position: ordinal / n,
            bonus: WRITTEN_RULE_BONUS,
          }),
        );
      }
    }
  });
  // The last edits hold the wording the session settled on.
  return out.slice(-MAX_RULES);
}
