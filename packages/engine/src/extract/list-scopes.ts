import type { TextUnit } from "../text/units.ts";
import { TOPIC_LIST } from "./cues.ts";

// How a list's shape changes what its entries say. Summaries name a file's path as an entry of its own and, indented
// below it, what the file holds or what was changed in it ("- `billing/invoice.py`" / "  - Version bumped to
// 1.4.0"): each such entry is a statement about that file, and reads as one only with the file's name. A list
// introduced as concepts or technologies ("Key Technical Concepts:") is a table of contents: its entries are labels.

/** A unit ending in a colon introduces the list below it. */
const LEAD_IN = /:\s*$/;
/** A list item that is only a file's path ("`src/app.ts`", "pyproject.toml:"). */
const BARE_PATH = /^`?([\w.~-]*\/?[\w.~/-]*\.\w{1,8})`?:?$/;

export interface ScopedUnit {
  unit: TextUnit;
  /** The file name of the path entry this one is indented under, if any. */
  about?: string;
}

/** The units worth reading, each with the file it describes; entries of a topic list are left out. Linear. */
export function scopedUnits(content: string, units: TextUnit[]): ScopedUnit[] {
  const lines = content.split("\n");
  const indent = (unit: TextUnit): number => /^\s*/.exec(lines[unit.line] ?? "")?.[0].length ?? 0;
  const out: ScopedUnit[] = [];
  let topics = false;
  let file: { name: string; indent: number } | null = null;
  for (const unit of units) {
    if (unit.form === "heading" || LEAD_IN.test(unit.text)) topics = TOPIC_LIST.test(unit.text);
    else if (topics && unit.form === "item") continue;
    if (file && (unit.form !== "item" || indent(unit) <= file.indent)) file = null;
    const path = unit.form === "item" ? BARE_PATH.exec(unit.text) : null;
    if (path) file = { name: (path[1] ?? "").split("/").pop() ?? "", indent: indent(unit) };
    out.push(file && !path ? { unit, about: file.name } : { unit });
  }
  return out;
}
