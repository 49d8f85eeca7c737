import { clean } from "./command-lines.ts";

// Units of a message whose shape says they are no statement, whatever their words.

/**
 * A shell command standing alone as a line ("pytest specs/api_spec.py --spec"): a terminal that drops a code
 * block's fences leaves it as prose. It is how to run something (commands.ts reads those), not a statement.
 */
export function isCommandLine(text: string): boolean {
  if (!/^[a-z][\w.-]*(?: \S+)+$/.test(text) || !/(?:^| )--?[a-z]/.test(text) || /[.!?:]$/.test(text)) return false;
  // Words of a sentence ("plutil -convert xml1 on XML returns the same XML") make it a statement about the command.
  return (
    !/ (?:the|a|an|is|are|was|were|returns?|does|do|and|but|when|which|that|this|it|on|of)(?= )/i.test(text) &&
    clean(text) !== null
  );
}

/** A bare path or term ("`src/app.ts`", "`--force`"): no statement (files are collected on their own). */
export function isBareTerm(text: string): boolean {
  const rest = text.replace(/`[^`]*`|\S*[/\\]\S*/g, "").trim();
  return rest === "" || !/\s/.test(rest);
}

/**
 * A list item that opens with a file and a dash, "docs/ARCHITECTURE.md - system design": a key file's line. The
 * path has a directory or is in backticks ("Node.js - the runtime" names no file).
 */
export function describesFile(text: string): boolean {
  return /^(?:`[\w.~/-]*\w\.[A-Za-z]\w{0,5}`|[\w.~-]*\/[\w.~/-]*\w\.[A-Za-z]\w{0,5})\s+(?:-|–|—)\s+\S/.test(text);
}
