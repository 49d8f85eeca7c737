import type { TranscriptMessage } from "../types.ts";
import { type Candidate, makeCandidate } from "./candidate.ts";

// Coding agents keep a todo list as a tool call (Claude Code's TodoWrite, shown "☒ done / ☐ open"; Copilot's
// manage_todo_list, printed as Go maps "map[description:… id:1 status:completed title:…]"). Its last state in
// a session is the agent's own account of what got done and what is still open.

export interface TodoEntry {
  text: string;
  done: boolean;
}

const CHECKBOX_LINE = /^\s*(?:[-*]\s+)?([☐☒✓✔□■]|\[[ xX]\])\s+(.+?)\s*$/;
const GO_MAP_ENTRY = /map\[description:(.*?)\s+id:\S+\s+status:([\w-]+)\s+title:(.*?)\](?=\s*(?:map\[|\]|`|$))/g;

const TIMED = /[[(]\s*\d+(?:\.\d+)?\s*(?:ms|s|sec)\s*[\])]\s*$/;

/** The todo list a tool message holds, or null when it holds none. */
export function parseTodoList(content: string): TodoEntry[] | null {
  if (content.includes("todoList:") && content.includes("map[")) {
    const entries = [...content.matchAll(GO_MAP_ENTRY)].map((m) => ({
      text: (m[1] ?? "").trim() || (m[3] ?? "").trim(),
      done: m[2] === "completed",
    }));
    return entries.length > 0 ? entries : null;
  }
  const lines = content.split("\n").slice(0, 60);
  const entries: TodoEntry[] = [];
  for (const line of lines) {
    const m = CHECKBOX_LINE.exec(line);
    if (!m) continue;
    const box = m[1] ?? "";
    entries.push({ text: (m[2] ?? "").trim(), done: /[☒✓✔■xX]/.test(box) });
  }
  // Test runners tick each passing test with its duration ("✓ parser > reads dates [0.7ms]"): a report, no plan.
  if (entries.filter((e) => TIMED.test(e.text)).length * 2 > entries.length) return null;
  // A list, not one checkbox in passing: most of the message's lines are entries.
  return entries.length >= 2 && entries.length * 2 >= lines.filter((l) => l.trim()).length - 1 ? entries : null;
}

/**
 * The session's last todo list: unfinished entries as open tasks; finished ones as notes ("Done: …"), since
 * what was built stays true for later sessions, while a closed task would only be history.
 */
export function todoCandidates(messages: TranscriptMessage[]): Candidate[] {
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i];
    if (message?.role !== "TOOL") continue;
    const entries = parseTodoList(message.content);
    if (!entries) continue;
    const position = i / Math.max(1, messages.length - 1);
    return entries.map((entry) =>
      makeCandidate(entry.done ? "NOTE" : "TASK", entry.done ? `Done: ${entry.text}` : entry.text, {
        ordinal: i,
        role: "ASSISTANT",
        position: entry.done ? position : 1,
        status: "OPEN",
        bonus: TODO_BONUS,
      }),
    );
  }
  return [];
}

// The agent's plan is deliberate, like an end-of-work summary.
const TODO_BONUS = 8;
