import type { TranscriptMessage } from "../types.ts";
import { type Candidate, makeCandidate } from "./candidate.ts";
import { commandText } from "./dependencies.ts";

// The git branches a session created, switched to or merged: where the work lives is what a next session
// needs first ("check out `spike/x`", "it was merged into main"). Read from commands in tool calls and code.

// git must open the command ("cd x && git checkout -b y"), not be an argument ("mycli git branch y").
const AT_START = String.raw`(?:^|&&|;|\|\||[\n(]|\$\s|Bash\s|command:\s)\s*git `;
const NAME = String.raw`([\w][\w./-]*[\w])`;
const CREATE = new RegExp(String.raw`${AT_START}(?:checkout -b|switch -c|branch)\s+${NAME}`, "gm");
const SWITCH = new RegExp(String.raw`${AT_START}(?:checkout|switch)\s+(?!-)${NAME}`, "gm");
const PUSH = new RegExp(String.raw`${AT_START}push (?:-u|--set-upstream) \S+ ${NAME}`, "gm");
const MERGE = new RegExp(String.raw`${AT_START}merge (?:--(?:no-ff|ff-only|squash)\s+)*${NAME}`, "gm");
// Not branch names: paths and revisions ("git checkout -- file.ts", "git checkout HEAD~1").
const NOT_BRANCH = /\.\w{1,5}$|^(?:HEAD|origin|FETCH_HEAD)\b|~|\^/;

/** One note naming the branches the session worked with, or nothing. */
export function branchCandidates(messages: TranscriptMessage[]): Candidate[] {
  const roles = new Map<string, string>();
  let last = 0;
  const note = (name: string | undefined, role: string, ordinal: number): void => {
    if (!name || NOT_BRANCH.test(name)) return;
    // The strongest role wins: created > merged > pushed > checked out.
    const rank = ["checked out", "pushed", "merged", "created"];
    if (rank.indexOf(role) > rank.indexOf(roles.get(name) ?? "")) roles.set(name, role);
    last = ordinal;
  };
  messages.forEach((message, ordinal) => {
    for (const code of commandText(message)) {
      if (!code.includes("git ")) continue;
      for (const m of code.matchAll(CREATE)) note(m[1], "created", ordinal);
      for (const m of code.matchAll(MERGE)) note(m[1], "merged", ordinal);
      for (const m of code.matchAll(PUSH)) note(m[1], "pushed", ordinal);
      for (const m of code.matchAll(SWITCH)) note(m[1], "checked out", ordinal);
    }
  });
  const named = [...roles].filter(
    ([name]) => !/^(?:main|master|develop|trunk)$/.test(name) || roles.get(name) === "merged",
  );
  if (named.length === 0) return [];
  const text = `Git branches: ${named.map(([name, role]) => `\`${name}\` (${role})`).join(", ")}`;
  return [
    makeCandidate("NOTE", text, {
      ordinal: last,
      role: "ASSISTANT",
      position: last / Math.max(1, messages.length - 1),
      bonus: BRANCH_BONUS,
    }),
  ];
}

// Where the work lives outranks most notes: without it the next session starts on the wrong branch.
const BRANCH_BONUS = 18;
