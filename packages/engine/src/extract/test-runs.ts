import type { TranscriptMessage } from "../types.ts";
import { type Candidate, makeCandidate } from "./candidate.ts";

// The state of the test suite: the summary line of the session's last test run, as the runner printed it
// (bun "33 pass / 0 fail", pytest "== 22 passed, 1 failed in 1.2s ==", jest/vitest "Tests: 12 passed",
// cargo "test result: ok. 12 passed; 0 failed", mix/rspec "12 tests, 0 failures", dotnet "Passed: 12").
// A next session starts from it: green to build on, or the failures to fix first.

const SUMMARIES: RegExp[] = [
  /=+ ((?:\d+ (?:passed|failed|errors?|skipped|xfailed|xpassed|deselected|warnings?),? ?)+)(?= in \d)/,
  /^\s*Tests?:?\s+((?:\d+ (?:passed|failed|skipped|todo),? ?)+)(?:\(\d+\)|,? \d+ total)?/m,
  /test result: (\w+\. \d+ passed; \d+ failed)/,
  /\b(\d+ (?:tests|examples), \d+ failures?)/,
  /\b((?:Passed|Failed)!\s+-\s+Failed:\s+\d+, Passed:\s+\d+)/,
  /^\s*(\d+ pass)\s*\n\s*(\d+ fail)\b/m,
];

function summaryOf(text: string): string | null {
  for (const pattern of SUMMARIES) {
    const m = pattern.exec(text);
    if (m) return m.slice(1).filter(Boolean).join(", ").replace(/\s+/g, " ").replace(/,\s*$/, "").trim();
  }
  return null;
}

// The runner's own report of the suite's state: as good as a summary line (it names no terms, so it needs it).
const TEST_RUN_BONUS = 14;

/** One note with the last test run's summary, or nothing when no test ran. */
export function testRunCandidates(messages: TranscriptMessage[]): Candidate[] {
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i];
    if (message?.role !== "TOOL" || !/\d/.test(message.content)) continue;
    // Runners print their summary last: the tail of a long output holds it.
    const summary = summaryOf(message.content.slice(-3000));
    if (!summary) continue;
    const candidate = makeCandidate("NOTE", `Last test run: ${summary}`, {
      ordinal: i,
      role: "ASSISTANT",
      position: i / Math.max(1, messages.length - 1),
      bonus: TEST_RUN_BONUS,
    });
    // One subject across sessions: the next run's note takes this one's place instead of standing beside it.
    candidate.keys = ["last test run"];
    return [candidate];
  }
  return [];
}
