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
 * A file listed with a short label ("docs/ARCHITECTURE.md - System design", "`app.css` — styles"): an entry of
 * a file list, never a decision because its label says "design" or "architecture".
 */
export function isFileLabel(text: string): boolean {
  return /^`?[\w@$.~/\\-]+\.[A-Za-z]\w{0,9}`?(?::\d+)?\s+[-—–:]\s+(?:\S+\s+){0,5}\S+$/.test(text);
}
