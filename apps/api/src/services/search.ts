// Full-text search over the FTS5 indexes of prisma/migrations/0002_search.sql: turning free text into a safe FTS5
// query, ranking the viewer's messages, handoffs and knowledge entries with bm25, and HTML-safe snippets. Also the
// offset paging that ranked lists use (their order is not a column a cursor could point into).
import { offsetForArgs, offsetToCursor } from "@pothos/plugin-relay";
import { MAX_PAGE_SIZE } from "../builder.ts";
import { badInput } from "../errors.ts";
import { checkPageArgs } from "../validation.ts";

/** Private-use characters that FTS5's snippet() puts around matches; replaced by <mark> after HTML escaping. */
export const MARK_OPEN = "\uE000";
export const MARK_CLOSE = "\uE001";
/** Longest query text accepted, and how many words of it are searched. */
export const MAX_QUERY_CHARS = 500;
const MAX_TERMS = 24;
/** bm25 weights of the KnowledgeEntrySearch columns: a word in the title counts most, then tags, then content. */
export const KNOWLEDGE_WEIGHTS = "4.0, 1.0, 2.0";
/** Words per snippet (FTS5 allows up to 64). */
export const SNIPPET_WORDS = 24;

const TOKEN = /[\p{L}\p{N}]/u;
// C0 controls and the snippet markers: never part of a query.
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
const UNSEARCHABLE = /[\u0000-\u001f\u007f\uE000\uE001]/g;

/**
 * An FTS5 query for free text. Each whitespace-separated word becomes a double-quoted FTS5 string (inner quotes
 * doubled), so nothing a person types is read as FTS5 syntax — quotes, `*`, `-`, `+`, `^`, `:`, parentheses, NEAR,
 * AND/OR/NOT are all plain text; punctuation inside a word makes it a phrase of its parts ("foo.bar" finds "foo bar").
 * The one operator kept is a trailing `*`, a prefix search (`deploy*`). Words without a letter or digit are skipped.
 * Words are ANDed by default; `any` ORs them (for relevance lookups). Null when nothing searchable is left.
 */
export function ftsQuery(text: string, mode: "all" | "any" = "all"): string | null {
  const terms: string[] = [];
  for (const word of text.slice(0, MAX_QUERY_CHARS).replace(UNSEARCHABLE, " ").split(/\s+/)) {
    if (!TOKEN.test(word)) continue;
    const prefix = /[\p{L}\p{N}]\*+$/u.test(word);
    const body = prefix ? word.replace(/\*+$/, "") : word;
    const term = `"${body.replaceAll('"', '""')}"${prefix ? "*" : ""}`;
    if (!terms.includes(term)) terms.push(term);
    if (terms.length === MAX_TERMS) break;
  }
  return terms.length ? terms.join(mode === "all" ? " " : " OR ") : null;
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * A snippet safe to render as HTML: the text is escaped and only the matched words are wrapped in <mark>…</mark>
 * (always balanced; a stray marker character in the stored text is dropped).
 */
export function snippetHtml(raw: string): string {
  return raw
    .replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c)
    .replace(/\uE000([^\uE000\uE001]*)\uE001/g, "<mark>$1</mark>")
    .replace(/[\uE000\uE001]/g, "");
}

export type SearchKind = "Message" | "Handoff" | "KnowledgeEntry";
export interface SearchHit {
  kind: SearchKind;
  id: string;
  score: number;
  snippet: string;
}

// One branch per index, each scoped to the owner through its source row. Messages match in their first row or in an
// overflow chunk; a message found in both counts once, with its better score. bm25 scores of different indexes use
// different corpus statistics, so the merged order is an approximation (good enough to interleave kinds).
// Parameters: ?1 the FTS5 query, ?2 the owner, and with snippets ?3/?4 the markers. (FTS5 tables cannot be aliased
// in MATCH and its functions, hence the full names.)
const hits = (snippets: boolean) => {
  const snippet = (table: string, column: number) =>
    snippets ? `snippet("${table}", ${column}, ?3, ?4, '…', ${SNIPPET_WORDS})` : "NULL";
  return `
  SELECT 'Message' AS kind, m."id" AS id, bm25("MessageSearch") AS score, ${snippet("MessageSearch", 0)} AS snippet
  FROM "MessageSearch" JOIN "Message" m ON m.rowid = "MessageSearch".rowid
    JOIN "Session" s ON s."id" = m."sessionId"
  WHERE "MessageSearch" MATCH ?1 AND s."ownerId" = ?2
  UNION ALL
  SELECT 'Message', c."messageId", bm25("MessageChunkSearch"), ${snippet("MessageChunkSearch", 0)}
  FROM "MessageChunkSearch" JOIN "MessageChunk" c ON c.rowid = "MessageChunkSearch".rowid
    JOIN "Message" m ON m."id" = c."messageId" JOIN "Session" s ON s."id" = m."sessionId"
  WHERE "MessageChunkSearch" MATCH ?1 AND s."ownerId" = ?2
  UNION ALL
  SELECT 'Handoff', h."id", bm25("HandoffSearch"), ${snippet("HandoffSearch", 0)}
  FROM "HandoffSearch" JOIN "Handoff" h ON h.rowid = "HandoffSearch".rowid
  WHERE "HandoffSearch" MATCH ?1 AND h."ownerId" = ?2
  UNION ALL
  SELECT 'KnowledgeEntry', k."id", bm25("KnowledgeEntrySearch", ${KNOWLEDGE_WEIGHTS}), ${snippet("KnowledgeEntrySearch", -1)}
  FROM "KnowledgeEntrySearch" JOIN "KnowledgeEntry" k ON k.rowid = "KnowledgeEntrySearch".rowid
  WHERE "KnowledgeEntrySearch" MATCH ?1 AND k."ownerId" = ?2`;
};

/** The owner's hits for an FTS5 query (from ftsQuery), best first, snippets as HTML. */
export async function searchHits(
  d1: D1Database,
  ownerId: string,
  match: string,
  page: { offset: number; limit: number },
): Promise<SearchHit[]> {
  const { results } = await d1
    .prepare(
      `SELECT kind, id, MIN(score) AS score, snippet FROM (${hits(true)})
       GROUP BY kind, id ORDER BY score, kind, id LIMIT ?5 OFFSET ?6`,
    )
    .bind(match, ownerId, MARK_OPEN, MARK_CLOSE, page.limit, page.offset)
    .all<SearchHit>();
  return results.map((hit) => ({ ...hit, snippet: snippetHtml(hit.snippet ?? "") }));
}

/** How many distinct results the query has for the owner. */
export async function countHits(d1: D1Database, ownerId: string, match: string): Promise<number> {
  const row = await d1
    .prepare(`SELECT COUNT(*) AS n FROM (SELECT DISTINCT kind, id FROM (${hits(false)}))`)
    .bind(match, ownerId)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

/** Deepest offset a cursor may ask for: ranked lists are read from the top, so this bounds the work per request. */
const MAX_OFFSET = 10_000;

export interface RelayArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** Offset and limit (one more than the page, to tell whether there is a next page) for Relay arguments. */
export function offsetPage(args: RelayArgs) {
  checkPageArgs(args);
  const page = offsetForArgs({ args, defaultSize: 20, maxSize: MAX_PAGE_SIZE });
  if (!Number.isSafeInteger(page.offset) || page.offset < 0 || page.offset > MAX_OFFSET) {
    throw badInput("The cursor is not valid for this list.", args.after ? "after" : "before");
  }
  return page;
}

/** A Relay connection from one page of items read with `offsetPage`'s offset and limit. */
export function offsetConnection<T, Extra extends object>(
  page: ReturnType<typeof offsetPage>,
  items: T[],
  extra: Extra,
) {
  const edges = items.slice(0, page.expectedSize).map((node, i) => ({ cursor: offsetToCursor(page.offset + i), node }));
  return {
    ...extra,
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage(items.length),
      hasPreviousPage: page.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
