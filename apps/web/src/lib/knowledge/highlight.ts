// The words a search matched, as the API marks them: with a query, `knowledgeEntries` edges carry a `snippet` and
// `highlights` in HTML — the text escaped and matches in <mark>…</mark> (apps/api/src/services/search.ts snippetHtml).
// That HTML is turned back into plain text segments here, which the page renders as text, never as HTML. Without a
// query there is nothing to mark and the passage is the content's beginning.

export interface Segment {
  text: string;
  match: boolean;
}

// Exactly the escapes snippetHtml writes; anything else that looks like an entity was typed and escaped as "&amp;…".
const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };
const unescapeHtml = (html: string) =>
  html.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);

/** The API's marked HTML as segments: only its exact <mark>…</mark> pairs count, every other character is text. */
export function markedSegments(html: string): Segment[] {
  const segments: Segment[] = [];
  const push = (part: string, match: boolean) => {
    if (part) segments.push({ text: unescapeHtml(part), match });
  };
  let at = 0;
  // Escaped text has no "<", so a match never spans another tag.
  for (const found of html.matchAll(/<mark>([^<]*)<\/mark>/g)) {
    push(html.slice(at, found.index), false);
    push(found[1] ?? "", true);
    at = found.index + found[0].length;
  }
  push(html.slice(at), false);
  return segments;
}

export const plainSegments = (text: string): Segment[] => (text ? [{ text, match: false }] : []);

export const segmentsText = (segments: Segment[]) => segments.map((segment) => segment.text).join("");

export const EXCERPT_WORDS = 32;

/** The content's first `size` words on one line, with "…" when cut (the passage shown without a search). */
export function excerpt(content: string, size = EXCERPT_WORDS): string {
  const words = content.split(/\s+/).filter(Boolean);
  return `${words.slice(0, size).join(" ")}${words.length > size ? " …" : ""}`;
}
