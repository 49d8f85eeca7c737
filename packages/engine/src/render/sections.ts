import type { HandoffItemKind, LedgerItem } from "../types.ts";

// The prompt's sections, in reading order, and how one ledger item reads as one Markdown line.

export type SectionId =
  | "goal"
  | "state"
  | "next"
  | "blockers"
  | "decisions"
  | "constraints"
  | "deadEnds"
  | "files"
  | "commands"
  | "notes"
  | "knowledge"
  | "index";

export const SECTION_TITLES: Record<SectionId, string> = {
  goal: "Goal",
  state: "Where things stand",
  next: "Next steps",
  blockers: "Open blockers",
  decisions: "Decisions",
  constraints: "Constraints (rules to follow)",
  deadEnds: "Dead ends (tried, failed: don't retry blindly)",
  files: "Key files",
  commands: "Commands",
  notes: "Notes",
  knowledge: "Knowledge base",
  index: "Also in the ledger (not shown in full)",
};

export const SECTION_ORDER: SectionId[] = Object.keys(SECTION_TITLES) as SectionId[];

const OPEN_SECTION: Record<HandoffItemKind, SectionId> = {
  GOAL: "goal",
  TASK: "next",
  BLOCKER: "blockers",
  DECISION: "decisions",
  CONSTRAINT: "constraints",
  DEAD_END: "deadEnds",
  FILE: "files",
  COMMAND: "commands",
  NOTE: "notes",
};

/** Where an item goes; closed items only appear in "where things stand" (the session that closed them). */
export function sectionOf(item: LedgerItem): SectionId {
  if (item.status === "DONE" || item.status === "RESOLVED") return "state";
  return OPEN_SECTION[item.kind];
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

// "(created)" tells the next session what the last one made new; a file created sessions ago is just a file.
const CREATED = / \(created\)(?=[:\s]|$)/;

/** The item as the prompt of `session` shows it: a key file's old "(created)" left out (a pinned or edited text stays as written). */
export function shownItem(item: LedgerItem, session: number): LedgerItem {
  if (item.kind !== "FILE" || item.edited || item.pinned || item.lastSeenSession >= session || !CREATED.test(item.text))
    return item;
  return { ...item, text: item.text.replace(CREATED, "") };
}

export function itemLine(item: LedgerItem): string {
  const text = oneLine(item.text);
  const pin = item.pinned ? " (pinned)" : "";
  if (item.status === "DONE") return `- Done: ${text}${pin}`;
  if (item.status === "RESOLVED") return `- Fixed: ${text}${pin}`;
  if (item.status === "SUPERSEDED") return `- Superseded: ${text}${pin}`;
  if (item.kind === "TASK") return `- [ ] ${text}${pin}`;
  return `- ${text}${pin}`;
}
