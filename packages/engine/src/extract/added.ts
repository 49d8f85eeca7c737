// The lines an edit adds, whichever way the tool shows it: aider's SEARCH/REPLACE, "- old_string / -
// new_string" fields, unified diffs (+ lines), or a terminal's numbered listing in which the new version
// of a line repeats the number of the line it replaces. A created file adds every line.

const OLD_START = /^(?:<{7}\s*SEARCH|\s*-\s*old_?[Ss]tring\s*:)/;
const NEW_START = /^(?:={7}\s*$|>{7}\s*REPLACE|\s*-\s*(?:new_?[Ss]tring|content|new_source)\s*:)/;
// "12  text", "12 + text", "  12 -  text": a line-number gutter with an optional diff marker.
const NUMBERED = /^\s*(\d{1,5})(?:\s([+-]))?(?:\s\s?|$)(.*)$/;
const MAX_LINES = 2000;

/** Added lines, without gutters and markers, in order; `unchanged` keeps the lines the edit leaves as they were. */
export function addedLines(code: string, unchanged = false): string[] {
  const lines = code.split("\n", MAX_LINES);
  if (lines.some((l) => OLD_START.test(l) || NEW_START.test(l))) return replacedSides(lines, unchanged);
  if (unchanged) return lines.filter((l) => !/^-(?!--)/.test(l));
  if (lines.some((l) => /^\+(?!\+\+)/.test(l)) && lines.some((l) => /^(?:@@|-(?!--))/.test(l)))
    return lines.filter((l) => /^\+(?!\+\+)/.test(l)).map((l) => l.slice(1));
  // (The tool's own header lines come before the listing.)
  const first = lines.findIndex((l) => NUMBERED.test(l));
  const numbered = lines.slice(Math.max(0, first)).filter((l) => l.trim() !== "");
  if (numbered.length >= 2 && numbered.filter((l) => NUMBERED.test(l)).length >= numbered.length * 0.8) {
    const added = renumbered(numbered);
    return added === null ? between(numbered, code) : added;
  }
  return lines;
}

// Claude Code's terminal says how many lines an edit added ("Updated x with 2 additions") and shows them
// between equal runs of unchanged lines (its context).
const ADDITIONS = /\bwith (\d+) additions?\b(?! and \d+ removal)/;

function between(lines: string[], code: string): string[] {
  const body = lines.map((l) => NUMBERED.exec(l)?.[3] ?? "");
  const count = Number(ADDITIONS.exec(code.slice(0, 300))?.[1] ?? Number.NaN);
  if (!(count > 0 && count < body.length)) return body;
  const start = Math.floor((body.length - count) / 2);
  return body.slice(start, start + count);
}

function replacedSides(lines: string[], unchanged: boolean): string[] {
  const before = new Set<string>();
  const after: string[] = [];
  let side: "old" | "new" | "none" = "none";
  for (const line of lines) {
    if (OLD_START.test(line)) side = "old";
    else if (NEW_START.test(line)) side = "new";
    else if (/^>{7}\s*REPLACE/.test(line)) side = "none";
    else if (side === "old") before.add(line.trim());
    else if (side === "new") after.push(line);
  }
  return unchanged ? after : after.filter((line) => !before.has(line.trim()));
}

// A line is new when its number was shown before (the replaced version came first) or it is marked "+".
// A listing whose numbers only rise replaced nothing (null): a new file, or lines added among kept ones.
function renumbered(lines: string[]): string[] | null {
  const out: string[] = [];
  let highest = -1;
  let replaced = false;
  for (const line of lines) {
    const m = NUMBERED.exec(line);
    if (!m) continue;
    const number = Number(m[1]);
    if (m[2] === "+" || (m[2] !== "-" && number <= highest)) out.push(m[3] ?? "");
    if (m[2] || number <= highest) replaced = true;
    highest = Math.max(highest, number);
  }
  return replaced ? out : null;
}
