import { splitMessage } from "../text/units.ts";
import type { HandoffItemStatus } from "../types.ts";
import { LEAD_IN_PENALTY } from "./assistant.ts";
import { type Candidate, makeCandidate } from "./candidate.ts";
import { isChatter } from "./classify.ts";
import { ERROR } from "./cues.ts";
import { isPastedOutput } from "./pasted-output.ts";
import { readRemark } from "./read-remark.ts";

export interface UserTurn {
  ordinal: number;
  position: number;
  content: string;
  /** 0 for the user's last message of the session, 1 for the one before, … */
  fromEnd: number;
  /** Whether the user's next message opened with approval ("great", "works"), i.e. this step succeeded. */
  approvedLater: boolean;
  /** Whether the user's next message reports a failure again (so the problem in this one may persist). */
  problemPersists: boolean;
  /** The first user message of the whole project (session 1): its opening states the goal. */
  projectOpening: boolean;
  /** Whether the agent's answer to this turn opens by reporting it done ("Done. The issue is closed."). */
  reportedDone?: boolean;
  /** The user's last turn, answered by a closing message that reports the work finished. */
  answeredDone?: boolean;
}

// Pasted material (logs, code, documents) follows the user's own words; only its first lines and its
// error lines are worth reading.
const MAX_USER_UNITS = 14;
const REMINDER = /\b(?:(?:lose|loose) track of|remember to|later on|for later|at some point)\b/i;
// A shell prompt ("me@laptop project % git pull") starts a pasted terminal session: what follows it up to the
// next blank line is the terminal's output (package lists, tool notes), not the user's words.
const SHELL_PROMPT = /\w+@[\w.-]+ [\w.~/-]+ ?[%$#] /;
// An installer lists what it installed one package a line ("+ requests==2.31.0", "- left-pad@1.3.0"): a user who
// pastes that log pastes the tool's words, and a bare pin is no statement of theirs (the manifest holds the pins).
const INSTALLED_PIN = /^[\w.@/-]+(?:===?|@)v?\d[\w.+-]*(?: \([^)]*\))?$/;
const DUMP_HEAD = /^(?:%|#)?[A-Z][\w.]*(?:\{|<\S)/;
const PROSE_BEFORE_DUMP = /^(.{20,300}?)\s*(?:%\{|\{|#[A-Z][\w.]*<|=>|<[A-Z][\w.]*[\s>]|\[\s*\{)/;

/** Drops tool chrome that some formats leave in user turns (slash commands, command tags). */
export function userText(content: string): string {
  return content
    .replace(/^\/(?:ask|code|architect|help)\s+/i, "")
    .replace(/^\/[a-z-]+(?:\s+\S+)*\s*$/gim, "")
    .replace(/<(command-[a-z-]+|local-command-stdout|system-reminder)>[\s\S]*?<\/\1>/g, " ")
    .trim();
}

function blankBetween(lines: string[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if ((lines[i] ?? "").trim() === "") return true;
  return false;
}

export function extractUserTurn(turn: UserTurn): Candidate[] {
  const text = userText(turn.content);
  if (!text) return [];
  const split = splitMessage(text);
  const out: Candidate[] = [];
  // The session's last requests are what the next session picks up, unless the agent's answer reports them done.
  const open = (turn.fromEnd === 0 || (turn.fromEnd === 1 && turn.position > 0.8)) && !turn.reportedDone;
  let taken = 0;
  const lines = text.split("\n");
  let terminalFrom = -1;
  for (const unit of split.units) {
    if (taken >= MAX_USER_UNITS) break;
    if (terminalFrom >= 0 && !blankBetween(lines, terminalFrom, unit.line)) continue;
    terminalFrom = -1;
    if (SHELL_PROMPT.test(unit.text)) terminalFrom = unit.line;
    if (unit.form === "heading" || isChatter(unit.text)) continue;
    if (unit.form === "item" && INSTALLED_PIN.test(unit.text)) continue;
    let text = unit.text;
    // Words typed before a pasted dump ("…I get this error: key :total_paid not found in: %{ socket: …")
    // are the user's own; the dump is not. A unit that opens with the name of the struct it prints
    // ("%Shop.Cart.LineItem{ …", "#Ecto.Changeset<…") holds no words of the user's at all.
    if (DUMP_HEAD.test(text)) continue;
    if (isPastedOutput(text) || text.length > 400) {
      const prose = PROSE_BEFORE_DUMP.exec(text)?.[1];
      if (!prose || isPastedOutput(prose)) continue;
      text = prose;
    }
    const reading = readRemark(text, open, turn.projectOpening && taken === 0);
    if (!reading) continue;
    const { kind, terms } = reading;
    text = reading.text;
    taken++;
    let status: HandoffItemStatus = "OPEN";
    let bonus = reading.bonus;
    // A reminder ("let's not lose track of…", "remember to…") is for later: the turns after it do not settle it.
    if (kind === "TASK" && (!open || turn.answeredDone) && !REMINDER.test(text)) status = "DONE";
    // A problem the user reported mid-session and then moved on from was dealt with in between.
    const settled = turn.approvedLater || !turn.problemPersists;
    if (kind === "BLOCKER" && !open) status = settled ? "RESOLVED" : "OPEN";
    if (kind === "BLOCKER" && !open && !settled) bonus = -8;
    if (kind === "GOAL" && turn.projectOpening) bonus = 10;
    if (text.endsWith(":")) bonus -= LEAD_IN_PENALTY;
    out.push(
      makeCandidate(kind, text, {
        ordinal: turn.ordinal,
        role: "USER",
        position: turn.position,
        status,
        bonus,
        terms,
      }),
    );
  }
  // Errors pasted in code blocks: the first error line is the blocker's message.
  for (const block of split.code) {
    const line = block.text.split("\n").find((l) => ERROR.test(l) && l.trim().length > 12);
    if (!line) continue;
    out.push(
      makeCandidate("BLOCKER", line.trim(), {
        ordinal: turn.ordinal,
        role: "USER",
        position: turn.position,
        status: open || !(turn.approvedLater || !turn.problemPersists) ? "OPEN" : "RESOLVED",
        bonus: open ? 0 : -10,
      }),
    );
    break;
  }
  return out;
}
