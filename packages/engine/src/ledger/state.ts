import type { LedgerItem } from "../types.ts";

// Items that describe the current state of one subject — what a file defines, what a configuration file sets,
// a table's columns, the last test run — are rewritten by each session that sees the subject again: the
// newer evidence is the state now, and the two texts merge instead of the older one sticking (or both
// standing side by side). Everything else keeps the "denser wording wins" rule of merge.ts.

/** Lines longer than this lose their oldest names or values first: the newest say what the subject is now. */
const MAX_STATE_CHARS = 220;

// "`path` (created): a, b" — a key file and the names its edits add.
const FILE_LINE = /^(`[^`]+`(?: \([^)]{1,60}\))*)(?:: (.+))?$/;
// "`config.toml` sets name = value, other = value" — a configuration file's settings.
const SETTINGS_LINE = /^(`[^`]+` sets) (.+)$/;
// "Table `orders`: a, b" (created) or "Table `orders`: gains c; drops d" (altered).
const TABLE_LINE = /^(Table `[^`]+`): (.+)$/;
// "Git branches: `a` (created)", "Dependencies added: x, y", "Local addresses: …" — the engine's list notes,
// whose entries accumulate across sessions.
const LIST_LINE = /^(Git branches|Dependencies added|Local addresses): (.+)$/;
// "Last test run: 12 passed" — a report that only ever has one current value.
const LATEST_LINE = /^(Last [\w ]{2,30}): (.+)$/;

/**
 * Whether two paths name one file written from different directories ("nicegui/testing.md" and
 * "docs/nicegui/testing.md"): one ends with the other at a segment boundary, and the shorter still has a
 * directory (a bare "index.ts" could be any of many).
 */
export function samePath(a: string, b: string): boolean {
  if (a === b) return a !== "";
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.includes("/") && long.endsWith(`/${short}`);
}

/** The path a key file's line starts with, lower-cased; "" when it is no plain path line. */
export function filePath(text: string): string {
  const m = FILE_LINE.exec(text.trim());
  return m
    ? (m[1] ?? "")
        .replace(/ \(.*$/, "")
        .replace(/`/g, "")
        .toLowerCase()
    : "";
}

/** Whether newer evidence describes the same subject's state as the item (a key file by either path). */
export function sameSubject(kind: string, older: string, newer: string): boolean {
  const subject = stateSubject(kind, older);
  if (subject === null) return false;
  if (subject === stateSubject(kind, newer)) return true;
  return kind === "FILE" && samePath(filePath(older), filePath(newer));
}

/** The subject a state line describes ("sets:`config.toml`"), or null when the text is not a state line. */
export function stateSubject(kind: string, text: string): string | null {
  const t = text.trim();
  if (kind === "FILE") {
    const m = FILE_LINE.exec(t);
    return m ? `file:${(m[1] ?? "").replace(/ \(.*$/, "").toLowerCase()}` : null;
  }
  if (kind !== "NOTE") return null;
  const m = SETTINGS_LINE.exec(t) ?? TABLE_LINE.exec(t) ?? LIST_LINE.exec(t) ?? LATEST_LINE.exec(t);
  return m ? `note:${(m[1] ?? "").toLowerCase()}` : null;
}

/** A list's entries; the ellipsis of a shortened list goes (the cut fell between entries). */
function names(list: string | undefined): string[] {
  return list
    ? list
        .split(", ")
        .map((n) => n.replace(/…$/, ""))
        .filter(Boolean)
    : [];
}

/** Keeps the newest entries that fit `room` characters, in their order (oldest first). */
function newestThatFit(entries: string[], room: number): string[] {
  const kept: string[] = [];
  let used = 0;
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i] ?? "";
    if (used + entry.length + 2 > room && kept.length > 0) break;
    kept.unshift(entry);
    used += entry.length + 2;
  }
  return kept;
}

/** Union of two name lists, a name the newer list repeats moving to its newer place. */
function union(older: string[], newer: string[]): string[] {
  const fresh = new Set(newer);
  return [...older.filter((n) => !fresh.has(n)), ...newer];
}

function mergeFile(older: string, newer: string): string {
  const a = FILE_LINE.exec(older.trim());
  const b = FILE_LINE.exec(newer.trim());
  if (!a || !b) return newer;
  // The latest session's view of the file: "(created)" tells the session that created it, not every later one.
  // Of two spellings of one path, the longer says where the file is.
  const path = (h: string): string => /^`[^`]+`/.exec(h)?.[0] ?? "";
  const [pa, pb] = [path(a[1] ?? ""), path(b[1] ?? "")];
  const head = pa.length > pb.length ? `${pa}${(b[1] ?? "").slice(pb.length)}` : (b[1] ?? "");
  const all = union(names(a[2]), names(b[2]));
  if (all.length === 0) return head;
  return `${head}: ${newestThatFit(all, MAX_STATE_CHARS - head.length - 2).join(", ")}`;
}

/**
 * "a = 1, b = [x, y]" → entries split before each "name =" (values may hold commas), keyed by name. A name
 * listed more than once names list entries ("id = ruff, id = mypy" in a hooks list), not one setting: those
 * are keyed by the whole entry, so each stays.
 */
function settings(list: string): Map<string, string> {
  const entries = list.split(/, (?=[\w.@/-]+ = )/);
  const nameOf = (entry: string): string => {
    const at = entry.indexOf(" = ");
    return at > 0 ? entry.slice(0, at) : entry;
  };
  const seen = new Map<string, number>();
  for (const entry of entries) seen.set(nameOf(entry), (seen.get(nameOf(entry)) ?? 0) + 1);
  const out = new Map<string, string>();
  for (const entry of entries) out.set((seen.get(nameOf(entry)) ?? 0) > 1 ? entry : nameOf(entry), entry);
  return out;
}

function mergeSettings(head: string, older: string, newer: string): string {
  const merged = settings(older.replace(/…$/, ""));
  // A setting written again takes its new value, and its place among the newest.
  for (const [name, entry] of settings(newer.replace(/…$/, ""))) {
    merged.delete(name);
    merged.set(name, entry);
  }
  return `${head} ${newestThatFit([...merged.values()], MAX_STATE_CHARS - head.length - 1).join(", ")}`;
}

interface Columns {
  /** Whether the list is the table's full column list (it was created) or only its changes. */
  full: boolean;
  cols: string[];
  dropped: string[];
}

function columns(body: string): Columns {
  const gains = /(?:^|; )gains ([^;]+)/.exec(body)?.[1];
  const drops = /(?:^|; )drops ([^;]+)/.exec(body)?.[1];
  if (gains === undefined && drops === undefined) return { full: true, cols: names(body), dropped: [] };
  return { full: false, cols: names(gains), dropped: names(drops) };
}

function mergeTable(head: string, older: string, newer: string): string {
  const a = columns(older);
  const b = columns(newer);
  if (b.full) return `${head}: ${newer}`;
  const gone = new Set(b.dropped);
  const cols = union(a.cols, b.cols).filter((c) => !gone.has(c));
  if (a.full) return `${head}: ${cols.join(", ")}`;
  const dropped = union(
    a.dropped.filter((c) => !b.cols.includes(c)),
    b.dropped,
  );
  const parts = [
    cols.length > 0 ? `gains ${cols.join(", ")}` : "",
    dropped.length > 0 ? `drops ${dropped.join(", ")}` : "",
  ];
  return `${head}: ${parts.filter(Boolean).join("; ")}`;
}

/** List entries by what they name ("`main` (merged)" is the entry for `main`): a newer entry replaces its older self. */
function mergeList(head: string, older: string, newer: string): string {
  const nameOf = (entry: string): string => entry.replace(/ \([^)]*\)$/, "");
  const merged = new Map(names(older).map((e) => [nameOf(e), e]));
  for (const entry of names(newer)) {
    merged.delete(nameOf(entry));
    merged.set(nameOf(entry), entry);
  }
  return `${head}: ${newestThatFit([...merged.values()], MAX_STATE_CHARS - head.length - 2).join(", ")}`;
}

/** The item's state after newer evidence about the same subject: the two merged, the newer winning. */
export function mergeState(item: LedgerItem, newer: string): string {
  const older = item.text.trim();
  if (item.kind === "FILE") return mergeFile(older, newer);
  const set = [SETTINGS_LINE.exec(older), SETTINGS_LINE.exec(newer.trim())];
  if (set[0] && set[1] && set[0][1] === set[1][1])
    return mergeSettings(set[1][1] ?? "", set[0][2] ?? "", set[1][2] ?? "");
  const table = [TABLE_LINE.exec(older), TABLE_LINE.exec(newer.trim())];
  if (table[0] && table[1] && table[0][1] === table[1][1])
    return mergeTable(table[1][1] ?? "", table[0][2] ?? "", table[1][2] ?? "");
  const list = [LIST_LINE.exec(older), LIST_LINE.exec(newer.trim())];
  if (list[0] && list[1] && list[0][1] === list[1][1])
    return mergeList(list[1][1] ?? "", list[0][2] ?? "", list[1][2] ?? "");
  return newer;
}
