// Small string helpers shared by the parsers. All are linear in the input size.

/** Drops a byte-order mark and turns CRLF / CR line endings into LF. */
export function normalizeNewlines(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.includes("\r") ? withoutBom.replace(/\r\n?/g, "\n") : withoutBom;
}

/** Tool output is mostly noise; keep its head and tail (errors and summaries tend to be at the end). */
export const TOOL_TEXT_LIMIT = 2000;

export function truncateMiddle(text: string, limit = TOOL_TEXT_LIMIT): string {
  if (text.length <= limit) return text;
  const head = Math.floor(limit * 0.7);
  const tail = limit - head;
  const omitted = text.length - head - tail;
  return `${text.slice(0, head)}\n… [${omitted} chars omitted] …\n${text.slice(text.length - tail)}`;
}

/** Shortens one value to `limit` chars with an ellipsis, on one line. */
export function clip(text: string, limit: number): string {
  const oneLine = text.length > limit * 4 ? text.slice(0, limit * 4) : text;
  const flat = oneLine.replace(/\s+/g, " ").trim();
  return flat.length > limit ? `${flat.slice(0, limit - 1)}…` : flat;
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}:\d{2})(:\d{2}(?:\.\d+)?)?[ ]?(Z|UTC|[+-]\d{2}:?\d{2})?$/;

/** "2025-10-16 12:28:28Z" / "2025-10-16 12:28Z" / "2025-04-27 16:17:16" → ISO-8601; anything else → undefined. */
export function isoFromDateText(raw: string): string | undefined {
  const match = DATE_TIME.exec(raw.trim());
  if (!match) return undefined;
  const [, day, hoursMinutes = "", seconds = ":00", zone] = match;
  const time = hoursMinutes.length === 4 ? `0${hoursMinutes}` : hoursMinutes;
  // Without a zone the source recorded local time; keep it zone-less rather than invent one.
  const suffix = zone === undefined ? "" : zone === "UTC" ? "Z" : zone;
  return `${day}T${time}${seconds}${suffix}`;
}

/** Unix seconds (ChatGPT exports) → ISO-8601. */
export function isoFromEpochSeconds(seconds: unknown): string | undefined {
  if (typeof seconds !== "number" || !Number.isFinite(seconds) || seconds <= 0) return undefined;
  return new Date(seconds * 1000).toISOString();
}

/** Accepts ISO strings or epoch seconds/milliseconds as found in JSON exports. */
export function isoFromUnknown(value: unknown): string | undefined {
  if (typeof value === "number") return isoFromEpochSeconds(value > 1e12 ? value / 1000 : value);
  if (typeof value !== "string" || value === "") return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/**
 * Tracks Markdown code fences line by line so parsers never mistake a line inside a code block
 * for a speaker label or heading. `update` returns true when the line belongs to a fence.
 */
export class FenceTracker {
  private marker = "";

  get open(): boolean {
    return this.marker !== "";
  }

  update(line: string): boolean {
    // Called for every line, so it avoids allocating unless the line can be a fence.
    let start = 0;
    while (line[start] === " " || line[start] === "\t") start++;
    const ch = line[start];
    if (ch !== "`" && ch !== "~") return this.open;
    let end = start;
    while (line[end] === ch) end++;
    const length = end - start;
    if (length < 3) return this.open;
    if (!this.open) {
      this.marker = line.slice(start, end);
      return true;
    }
    if (ch === this.marker[0] && length >= this.marker.length && line.slice(end).trim() === "") this.marker = "";
    return true;
  }

  reset(): void {
    this.marker = "";
  }
}

const RULE_LINE = /^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$/;

/** True for a Markdown thematic break ("---", "***", "___") on its own line. */
export function isRuleLine(line: string): boolean {
  return RULE_LINE.test(line);
}

/** Drops blank lines and "---" separators at the end of a turn; they separate turns, they are not content. */
export function trimTrailingRules(lines: string[]): string[] {
  let end = lines.length;
  while (end > 0) {
    const line = lines[end - 1] ?? "";
    if (line.trim() !== "" && !isRuleLine(line)) break;
    end--;
  }
  return end === lines.length ? lines : lines.slice(0, end);
}
