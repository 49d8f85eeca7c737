// Splits a message into units the extractor reasons about: prose sentences and list items (each with the
// heading it sits under) and fenced code blocks. One linear pass over the lines.

export interface TextUnit {
  text: string;
  /** "item" = a list item or checklist line; "sentence" = a sentence of a paragraph; "heading" = a heading. */
  form: "item" | "sentence" | "heading";
  /** The nearest heading (or bold lead-in line) above the unit, lower-cased; "" when none. */
  heading: string;
  /** Index of the unit's line within the message, to weigh position. */
  line: number;
  /** For checklist items: whether the box is ticked. */
  checked?: boolean;
}

export interface CodeBlock {
  lang: string;
  text: string;
  line: number;
}

export interface SplitMessage {
  units: TextUnit[];
  code: CodeBlock[];
  lineCount: number;
}

// A horizontal rule, and a table's row of column rules ("|---|:--:|").
const RULE = /^(?:-{3,}|\*{3,}|_{3,})$/;
const TABLE_RULE = /^\|?[\s:|-]*-[\s:|-]*\|[\s:|-]*$/;
const FENCE = /^\s*(`{3,}|~{3,})\s*([\w+#.-]*)/;
const HEADING = /^\s{0,3}#{1,6}\s+(.*)$/;
const BOLD_LINE = /^\s*(?:\*\*|__)([^*_]{2,80})(?:\*\*|__)\s*:?\s*$/;
const LEAD_IN = /^\s*([A-Z][^.!?]{2,60}):\s*$/;
const BULLET = /^\s*(?:[-*+•]|\d{1,3}[.)])\s+(?:\[([ xX~-])\]\s+)?(.*)$/;
// A sentence ends at . ! ? before a capital; people typing fast start the next one in lower case too, so a
// lower-case start counts after ! ? and after a period that ends a plain word (not "e.g.", "etc.", "vs.").
const SENTENCE_END =
  /(?<=[!?])\s+(?=[a-z])|(?<=[.!?])\s+(?=[A-Z0-9`"'*([])|(?<=(?<![\w.])(?!(?:e\.g|i\.e|etc|vs|cf|approx|incl|resp)\.)[a-z]{3,}\.)\s+(?=[a-z])/;

function sameTarget(label: string, target: string): boolean {
  const bare = (t: string): string => t.replace(/^(?:https?:\/\/|mailto:|\.\/)/i, "").replace(/\/$/, "");
  return label.trim() === "" || bare(label.trim().replace(/^`|`$/g, "")) === bare(target);
}

/** Strips Markdown emphasis, HTML tags and link syntax, keeping backticks (they mark verbatim terms). */
export function cleanInline(text: string): string {
  return (
    text
      .replace(/<\/?[a-zA-Z][^>]{0,200}>/g, " ")
      // A link whose text is its own target ("[docs/a.md](docs/a.md)", a linked URL) reads once.
      .replace(/!?\[([^\]]{0,200})\]\(([^)\s]{0,300})\)/g, (_, label: string, target: string) =>
        sameTarget(label, target) ? label : `${label} (${target})`,
      )
      .replace(/(\*\*|__)(.+?)\1/g, "$2")
      .replace(/(^|[\s(])[*_]([^*_\s][^*_]{0,200}?)[*_](?=[\s).,:;!?]|$)/g, "$1$2")
      .replace(/\s+/g, " ")
      .trim()
  );
}

export function splitMessage(content: string): SplitMessage {
  const lines = content.split("\n");
  const units: TextUnit[] = [];
  const code: CodeBlock[] = [];
  let heading = "";
  let fence: { marker: string; lang: string; start: number; body: string[] } | null = null;
  let paragraph: string[] = [];
  let paragraphLine = 0;

  const flushParagraph = (): void => {
    if (paragraph.length === 0) return;
    const text = cleanInline(paragraph.join(" "));
    for (const sentence of text.split(SENTENCE_END)) {
      if (sentence.trim()) units.push({ text: sentence.trim(), form: "sentence", heading, line: paragraphLine });
    }
    paragraph = [];
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const fenceMatch = FENCE.exec(line);
    if (fence) {
      if (fenceMatch?.[1]?.startsWith(fence.marker) && !fenceMatch[2]) {
        code.push({ lang: fence.lang, text: fence.body.join("\n"), line: fence.start });
        fence = null;
      } else fence.body.push(line);
      continue;
    }
    if (fenceMatch) {
      flushParagraph();
      fence = { marker: fenceMatch[1] ?? "```", lang: (fenceMatch[2] ?? "").toLowerCase(), start: i, body: [] };
      continue;
    }
    const trimmed = line.trim();
    if (trimmed === "" || RULE.test(trimmed) || TABLE_RULE.test(trimmed)) {
      flushParagraph();
      continue;
    }
    const head = HEADING.exec(line) ?? BOLD_LINE.exec(line) ?? LEAD_IN.exec(line);
    if (head) {
      flushParagraph();
      heading = cleanInline(head[1] ?? "").toLowerCase();
      units.push({ text: cleanInline(head[1] ?? ""), form: "heading", heading, line: i });
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      flushParagraph();
      const unit: TextUnit = { text: cleanInline(bullet[2] ?? ""), form: "item", heading, line: i };
      if (bullet[1] !== undefined) unit.checked = bullet[1].toLowerCase() === "x";
      if (unit.text) units.push(unit);
      continue;
    }
    if (trimmed.startsWith("|")) {
      flushParagraph();
      // A table's header row ("| Area | Status | Notes |") names its columns, states nothing.
      if (TABLE_RULE.test((lines[i + 1] ?? "").trim())) continue;
      const cells = trimmed
        .split("|")
        .map((c) => cleanInline(c))
        .filter(Boolean);
      if (cells.length > 0) units.push({ text: cells.join(" — "), form: "item", heading, line: i });
      continue;
    }
    if (paragraph.length === 0) paragraphLine = i;
    paragraph.push(trimmed);
  }
  flushParagraph();
  if (fence) code.push({ lang: fence.lang, text: fence.body.join("\n"), line: fence.start });
  return { units, code, lineCount: lines.length };
}
