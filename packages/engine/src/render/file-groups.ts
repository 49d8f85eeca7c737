import type { LedgerItem } from "../types.ts";
import { type SectionId, sectionOf } from "./sections.ts";

// Related lines share one line, the part they have in common written once, which leaves room for more items:
// key files of one directory ("- `src/domain/`: tasks.ts (created); repo-utils.ts") and, within a section,
// the things that were done or fixed ("- Done: add the export; drop the old cache"). A group with a single
// chosen member keeps the member's own line.

export interface GroupedLine {
  /** "<section>|<head>": the group's key, its head after the bar. */
  group: string;
  /** What the group's line starts with ("- `src/domain/`: ", "- Done: "). */
  head: string;
  /** The item's entry within the group line. */
  short: string;
}

const PATH_LINE = /^`([^`\s]+)`(.*)$/;
/** Finished work by its label: the item's own "Done: …" text (a todo entry), or its DONE/RESOLVED status. */
const DONE_LABEL = /^(Done|Fixed): (.+)$/;

function inGroup(section: SectionId, head: string, short: string): GroupedLine {
  return { group: `${section}|${head}`, head, short };
}

/** How an item reads inside a group line, or null when it stands alone (pinned items always do). */
export function groupedLine(item: LedgerItem): GroupedLine | null {
  if (item.pinned) return null;
  const text = item.text.replace(/\s+/g, " ").trim();
  const section = sectionOf(item);
  if (item.kind === "FILE" && section === "files") {
    const m = PATH_LINE.exec(text);
    const path = m?.[1] ?? "";
    const cut = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
    if (!m || cut <= 0 || cut === path.length - 1) return null;
    return inGroup(section, `- \`${path.slice(0, cut + 1)}\`: `, `${path.slice(cut + 1)}${m[2] ?? ""}`);
  }
  if (item.status === "DONE") return inGroup(section, "- Done: ", text);
  if (item.status === "RESOLVED") return inGroup(section, "- Fixed: ", text);
  const label = item.status === "OPEN" ? DONE_LABEL.exec(text) : null;
  return label ? inGroup(section, `- ${label[1]}: `, label[2] ?? "") : null;
}

export interface GroupableEntry {
  line: string;
  rank: number;
  group?: string;
  short?: string;
}

/** A section's lines: a group with two or more chosen members becomes one line, where its first member was. */
export function groupLines(entries: GroupableEntry[]): string[] {
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
    const head = entry.group.slice(entry.group.indexOf("|") + 1);
    lines.push(`${head}${members.map((m) => m.short ?? m.line).join("; ")}`);
  }
  return lines;
}
