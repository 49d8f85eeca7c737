import { normalizedKey } from "../text/normalize.ts";
import type { HandoffItemKind, TranscriptMessage } from "../types.ts";
import { addressCandidates } from "./addresses.ts";
import { extractAssistantTurn, reportsCompletion } from "./assistant.ts";
import { branchCandidates } from "./branches.ts";
import type { Candidate } from "./candidate.ts";
import { commandCandidates } from "./commands.ts";
import { DEAD_END, ERROR, USER_APPROVAL } from "./cues.ts";
import { dependencyCandidates } from "./dependencies.ts";
import { fileCandidates } from "./files.ts";
import { futileAttemptCandidates } from "./futile-attempts.ts";
import { instructionRuleCandidates } from "./instruction-rules.ts";
import { schemaCandidates } from "./schema.ts";
import { settingCandidates } from "./settings.ts";
import { testRunCandidates } from "./test-runs.ts";
import { todoCandidates } from "./todos.ts";
import { toolErrorCandidates } from "./tool-errors.ts";
import { extractUserTurn, userText } from "./user.ts";

export interface ExtractOptions {
  /** True when no goal is known yet: the first user message then states the project's goal. */
  opensProject: boolean;
  /** Called every few hundred messages with the share done (0–1), for progress reporting. */
  onProgress?: (share: number) => void;
}

// How many items of each kind one session may add: enough for dense sessions, bounded for huge ones.
const PER_SESSION: Record<HandoffItemKind, number> = {
  GOAL: 3,
  CONSTRAINT: 14,
  DECISION: 16,
  TASK: 14,
  BLOCKER: 5,
  DEAD_END: 6,
  FILE: 14,
  COMMAND: 6,
  NOTE: 14,
};

// The user's next turn speaks of a failure again: the problem reported before it is not behind them.
const PERSISTS = new RegExp(
  `${ERROR.source}|${DEAD_END.source}|\\b(?:still|again|same (?:error|issue|problem))\\b`,
  "i",
);

/** Candidates for the ledger from one session's messages. Linear in the transcript's size. */
export function extractSession(messages: TranscriptMessage[], options: ExtractOptions): Candidate[] {
  const n = messages.length;
  const position = (i: number): number => (n > 1 ? i / (n - 1) : 1);
  const userIdx: number[] = [];
  const assistantIdx: number[] = [];
  messages.forEach((m, i) => {
    if (m.role === "USER" && userText(m.content)) userIdx.push(i);
    else if (m.role === "ASSISTANT") assistantIdx.push(i);
    // Long system messages are context summaries (e.g. after a compaction): read them like the assistant's.
    else if (m.role === "SYSTEM" && m.content.length > 500) assistantIdx.push(i);
  });

  const candidates: Candidate[] = [];
  // The session's closing message, when it answers the user's last turn: a report of finished work there
  // settles the last request, which otherwise stays open for the next session.
  const closing = assistantIdx[assistantIdx.length - 1] ?? -1;
  const closedDone =
    closing > (userIdx[userIdx.length - 1] ?? n) && reportsCompletion(messages[closing]?.content ?? "");
  userIdx.forEach((ordinal, k) => {
    const next = userIdx[k + 1];
    const nextText = next === undefined ? "" : userText(messages[next]?.content ?? "");
    candidates.push(
      ...extractUserTurn({
        ordinal,
        position: position(ordinal),
        content: messages[ordinal]?.content ?? "",
        fromEnd: userIdx.length - 1 - k,
        approvedLater: USER_APPROVAL.test(nextText),
        problemPersists: PERSISTS.test(nextText.slice(0, 600)),
        projectOpening: options.opensProject && k === 0,
        reportedDone: reportsDone(messages, ordinal, next ?? n),
        answeredDone: k === userIdx.length - 1 && closedDone,
      }),
    );
    if (k % 200 === 199) options.onProgress?.(ordinal / n);
  });
  assistantIdx.forEach((ordinal, k) => {
    candidates.push(
      ...extractAssistantTurn({
        ordinal,
        position: position(ordinal),
        content: messages[ordinal]?.content ?? "",
        fromEnd: assistantIdx.length - 1 - k,
      }),
    );
  });
  candidates.push(...fileCandidates(messages, PER_SESSION.FILE * 2));
  candidates.push(...commandCandidates(messages, PER_SESSION.COMMAND * 2));
  candidates.push(...toolErrorCandidates(messages));
  candidates.push(...futileAttemptCandidates(messages));
  candidates.push(...todoCandidates(messages));
  candidates.push(...dependencyCandidates(messages));
  candidates.push(...settingCandidates(messages));
  candidates.push(...schemaCandidates(messages));
  candidates.push(...addressCandidates(messages));
  candidates.push(...testRunCandidates(messages));
  candidates.push(...branchCandidates(messages));
  candidates.push(...instructionRuleCandidates(messages));
  // Long sessions hold more that matters: caps grow with the square root of the session's size.
  const scale = Math.min(3, Math.max(1, Math.sqrt(n / 60)));
  return capPerKind(dedupe(candidates), scale);
}

// An answer that opens by reporting the request done ("Done. Issue #1 is updated and closed.", "All set:
// merged into main") and asks nothing back closes the request, even the session's last.
const DONE_OPENING =
  /^\W*(?:(?:all )?done|finished|completed?|all set|merged|committed|pushed)\b|^[^.!?\n]{0,120}\b(?:has|have) been (?:\w+ed|done|made)\b/i;

function reportsDone(messages: TranscriptMessage[], from: number, to: number): boolean {
  for (let i = to - 1; i > from; i--) {
    const m = messages[i];
    if (m?.role !== "ASSISTANT") continue;
    const text = m.content.trim();
    return DONE_OPENING.test(text) && !/\?\s*$/.test(text);
  }
  return false;
}

/** Same text said twice in one session is one item, mentioned twice; the strongest evidence wins. */
function dedupe(candidates: Candidate[]): Candidate[] {
  const byKey = new Map<string, Candidate>();
  for (const c of candidates) {
    const key = `${c.kind}:${normalizedKey(c.text)}`;
    const prev = byKey.get(key);
    if (!prev) byKey.set(key, c);
    else {
      const keep = c.priority > prev.priority || (c.priority === prev.priority && c.ordinal > prev.ordinal) ? c : prev;
      keep.mentions = prev.mentions + c.mentions;
      byKey.set(key, keep);
    }
  }
  return [...byKey.values()];
}

function capPerKind(candidates: Candidate[], scale: number): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.priority - a.priority || a.ordinal - b.ordinal);
  const used = new Map<HandoffItemKind, number>();
  const out: Candidate[] = [];
  for (const c of sorted) {
    const count = used.get(c.kind) ?? 0;
    if (count >= Math.round(PER_SESSION[c.kind] * scale)) continue;
    used.set(c.kind, count + 1);
    out.push(c);
  }
  return out.sort((a, b) => a.ordinal - b.ordinal);
}
