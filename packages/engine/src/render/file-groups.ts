import type { LedgerItem } from "../types.ts";

// Key files of one directory share one line ("- `src/domain/`: tasks.ts (created); repo-utils.ts"): the
// directory is written once, which leaves room for more files. A directory with a single chosen file keeps
// the file's own line.

export interface FileLine {
  /** "files:<dir>/" */
  group: string;
  /** The directory with its trailing slash, as the path spells it. */
  dir: string;
  /** The file's entry within the group line: its base name and whatever followed the path. */
  short: string;
}

const PATH_LINE = /^`([^`\s]+)`(.*)$/;

/** How a FILE item reads inside its directory's line, or null when it is no plain path line. */
export function fileLine(item: LedgerItem): FileLine | null {
  if (item.kind !== "FILE") return null;
  const m = PATH_LINE.exec(item.text.trim());
  const path = m?.[1] ?? "";
  const cut = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
  if (!m || cut <= 0 || cut === path.length - 1) return null;
  const dir = path.slice(0, cut + 1);
  return { group: `files:${dir}`, dir, short: `${path.slice(cut + 1)}${m[2] ?? ""}` };
}

export interface GroupableEntry {
  line: string;
  rank: number;
  group?: string;
  short?: string;
}

/** Lines of the files section: a directory with two or more chosen files becomes one line. */
export function groupFileLines(entries: GroupableEntry[]): string[] {
  const byGroup = new Map<string, GroupableEntry[]>();
  for (const entry of entries) {
    if (!entry.group) continue;
    const members = byGroup.get(entry.group) ?? [];
    members.push(entry);
    byGroup.set(entry.group, members);
  }
  const lines: string[] = [];
  const done = new Set<string>();
  for (const entry of entries) {
    const members = entry.group ? (byGroup.get(entry.group) ?? []) : [];
    if (!entry.group || members.length < 2) {
      lines.push(entry.line);
      continue;
    }
    if (done.has(entry.group)) continue;
    done.add(entry.group);
    const dir = entry.group.slice("files:".length);
    lines.push(`- \`${dir}\`: ${members.map((m) => m.short ?? m.line).join("; ")}`);
  }
  return lines;
}
