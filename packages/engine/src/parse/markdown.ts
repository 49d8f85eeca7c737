import type { MessageRole, ParsedTranscript } from "../types.ts";
import { TranscriptBuilder } from "./builder.ts";
import { notA } from "./errors.ts";
import { isSingleLetterLabel, speakerRole } from "./speakers.ts";
import { FenceTracker, isoFromDateText, trimTrailingRules } from "./text.ts";

const HEADING = /^(#{1,6})[ \t]+(.{1,80}?)[ \t#]*$/;
// "**User**" or "**User:**" alone on its line (text after it would make it a PLAIN label).
const BOLD_LINE = /^(?:\*\*|__)([^*_\n]{1,60})(?:\*\*|__)[ \t]*:?[ \t]*$/;
const LEADING_SYMBOLS = /^[^\p{L}\p{N}]+/u;
const TRAILING_PARENTHESIS = /[ \t]*\(([^()]{1,40})\)[ \t]*$/;

interface RoleHeading {
  index: number;
  role: MessageRole;
  /** "h2", "bold"… — turns of one transcript share a style; other headings are content. */
  style: string;
  createdAt?: string;
}

/** Reads "🧑 User", "**Assistant:**", "User (2024-05-01 10:00)" as a role, or undefined. */
function roleFromHeadingText(raw: string): { role: MessageRole; createdAt?: string } | undefined {
  let text = raw.replace(/\*\*|__/g, "").replace(LEADING_SYMBOLS, "");
  let createdAt: string | undefined;
  const parenthesis = TRAILING_PARENTHESIS.exec(text);
  if (parenthesis) {
    createdAt = isoFromDateText(parenthesis[1] ?? "");
    text = text.slice(0, parenthesis.index);
  }
  text = text.replace(/[ \t]*:?[ \t]*$/, "");
  if (text.length > 30 || isSingleLetterLabel(text)) return undefined;
  const role = speakerRole(text);
  return role ? { role, createdAt } : undefined;
}

/** Role headings outside code fences, keeping only those in the style of the first one. */
export function findRoleHeadings(lines: string[]): RoleHeading[] {
  const found: RoleHeading[] = [];
  const fences = new FenceTracker();
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? "";
    if (fences.update(line)) continue;
    const first = line[0];
    if (first !== "#" && first !== "*" && first !== "_") continue;
    const heading = HEADING.exec(line);
    const bold = heading ? null : BOLD_LINE.exec(line);
    const inner = heading?.[2] ?? bold?.[1];
    if (inner === undefined) continue;
    const parsed = roleFromHeadingText(inner);
    if (!parsed) continue;
    const style = heading ? `h${heading[1]?.length}` : "bold";
    found.push({ index, style, ...parsed });
  }
  const turnStyle = found[0]?.style;
  return found.filter((heading) => heading.style === turnStyle);
}

export function looksLikeMarkdownChat(lines: string[]): boolean {
  const roles = new Set(findRoleHeadings(lines).map((heading) => heading.role));
  return roles.has("USER") && roles.has("ASSISTANT");
}

/** The first "# Title" above the first turn, if any. */
function findTitle(lines: string[], end: number): string | undefined {
  for (let index = 0; index < end; index++) {
    const match = /^#{1,2}[ \t]+(.+)$/.exec(lines[index] ?? "");
    if (match) return match[1]?.trim();
  }
  return undefined;
}

export function parseMarkdown(text: string): ParsedTranscript {
  const lines = text.split("\n");
  const headings = findRoleHeadings(lines);
  if (headings.length === 0) throw notA("MARKDOWN", 'no role headings such as "## User" or "**Assistant**"');
  const builder = new TranscriptBuilder("MARKDOWN");
  for (let turn = 0; turn < headings.length; turn++) {
    const current = headings[turn]!;
    const end = headings[turn + 1]?.index ?? lines.length;
    const body = trimTrailingRules(lines.slice(current.index + 1, end)).join("\n");
    builder.add(current.role, body, current.createdAt);
  }
  return builder.finish(findTitle(lines, headings[0]!.index));
}
