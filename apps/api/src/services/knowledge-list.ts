// Listing and ranked search of the knowledge base, with the matched words of a search marked (the HTML-safe
// snippets of services/search.ts) in each entry's title, content and tags.
import type { KnowledgeCategory } from "../generated/prisma/enums.ts";
import { parseTags } from "./knowledge.ts";
import { KNOWLEDGE_WEIGHTS, MARK_CLOSE, MARK_OPEN, SNIPPET_WORDS, snippetHtml } from "./search.ts";

/** Which entries: all, only the global ones (no project), or only those of a project. */
export type KnowledgeScope = "ALL" | "GLOBAL" | "PROJECT";

export interface KnowledgeFilter {
  ownerId: string;
  /** Narrows the project entries to this project's (ALL: plus the global ones). Never set with GLOBAL. */
  projectId: string | null;
  scope: KnowledgeScope;
  category: KnowledgeCategory | null;
  tag: string | null;
  /** An FTS5 query (services/search.ts ftsQuery): rank by bm25 instead of newest first, and mark the matches. */
  match: string | null;
}

/** A listed entry; with a search, its matched words marked (HTML, text escaped, matches in <mark>…</mark>). */
export interface KnowledgeHit {
  id: string;
  /** Null without a search, and for an entry that no longer matches (edited since the page was ranked). */
  highlights: (() => Promise<KnowledgeHighlights | null>) | null;
}
export interface KnowledgeHighlights {
  title: string;
  /** The passage of the content that best matches (its beginning when only the title or a tag matched). */
  snippet: string;
  tags: string[];
  /** The whole content, read only when asked for (it can be long). */
  content: () => Promise<string>;
}

const SEARCH_JOIN = `"KnowledgeEntrySearch" JOIN "KnowledgeEntry" k ON k.rowid = "KnowledgeEntrySearch".rowid`;
// highlight()/snippet() of a KnowledgeEntrySearch column (0 title, 1 content, 2 tags), markers bound as parameters.
const marked = (column: number) => `highlight("KnowledgeEntrySearch", ${column}, ?, ?)`;
const SNIPPET = `snippet("KnowledgeEntrySearch", 1, ?, ?, '…', ${SNIPPET_WORDS})`;

function filterSql(filter: KnowledgeFilter) {
  const where = [`k."ownerId" = ?`];
  const params: unknown[] = [filter.ownerId];
  const add = (sql: string, ...values: unknown[]) => {
    where.push(sql);
    params.push(...values);
  };
  if (filter.scope === "GLOBAL") add(`k."projectId" IS NULL`);
  else if (filter.projectId) {
    add(
      filter.scope === "ALL" ? `(k."projectId" = ? OR k."projectId" IS NULL)` : `k."projectId" = ?`,
      filter.projectId,
    );
  } else if (filter.scope === "PROJECT") add(`k."projectId" IS NOT NULL`);
  if (filter.category) add(`k."category" = ?`, filter.category);
  if (filter.tag) add(`EXISTS (SELECT 1 FROM json_each(k."tags") WHERE value = ?)`, filter.tag);
  if (filter.match) add(`"KnowledgeEntrySearch" MATCH ?`, filter.match);
  return { from: filter.match ? SEARCH_JOIN : `"KnowledgeEntry" k`, where: where.join(" AND "), params };
}

/**
 * Tags with their matches marked, from highlight() of the stored JSON array (the markers land inside its strings).
 * A tag whose JSON escapes were split by a marker makes the array unreadable: then the tags come unmarked.
 */
function markedTags(highlighted: string, stored: string): string[] {
  try {
    const value: unknown = JSON.parse(highlighted);
    if (Array.isArray(value)) return value.filter((t): t is string => typeof t === "string").map(snippetHtml);
  } catch {
    // Unmarked below.
  }
  return parseTags(stored).map(snippetHtml);
}

/**
 * One page of entries: best match first when searching, else most recently updated first. The marks of a search are
 * read afterwards for the page's entries only, in one query each for the short fields and the whole contents, when
 * asked for: snippet() and highlight() in the ranking query would run for every match, not just the page.
 */
export async function knowledgePage(
  d1: D1Database,
  filter: KnowledgeFilter,
  page: { offset: number; limit: number },
): Promise<KnowledgeHit[]> {
  const { from, where, params } = filterSql(filter);
  const match = filter.match;
  const order = match
    ? `bm25("KnowledgeEntrySearch", ${KNOWLEDGE_WEIGHTS}), k."id"`
    : `k."updatedAt" DESC, k."id" DESC`;
  const { results } = await d1
    .prepare(`SELECT k."id" AS id FROM ${from} WHERE ${where} ORDER BY ${order} LIMIT ? OFFSET ?`)
    .bind(...params, page.limit, page.offset)
    .all<{ id: string }>();
  if (!match) return results.map((row) => ({ id: row.id, highlights: null }));
  const ids = results.map((row) => row.id);
  const marked = once(() => markedFields(d1, filter.ownerId, match, ids));
  const contents = once(() => markedContents(d1, filter.ownerId, match, ids));
  return ids.map((id) => ({
    id,
    highlights: async () => {
      const fields = (await marked()).get(id);
      return fields ? { ...fields, content: async () => (await contents()).get(id) ?? "" } : null;
    },
  }));
}

const once = <T>(load: () => Promise<T>) => {
  let loaded: Promise<T> | undefined;
  return () => {
    loaded ??= load();
    return loaded;
  };
};

/** Rows of the entries among `ids` that match, with `columns` computed for just those. */
async function pageMatches<Row extends { id: string }>(
  d1: D1Database,
  ownerId: string,
  match: string,
  ids: string[],
  columns: string,
  markers: number,
) {
  const { results } = await d1
    .prepare(
      `SELECT k."id" AS id, ${columns} FROM ${SEARCH_JOIN}
       WHERE "KnowledgeEntrySearch" MATCH ? AND k."ownerId" = ? AND k."id" IN (SELECT value FROM json_each(?))`,
    )
    .bind(...Array.from({ length: markers }, () => [MARK_OPEN, MARK_CLOSE]).flat(), match, ownerId, JSON.stringify(ids))
    .all<Row>();
  return results;
}

type FieldsRow = { id: string; title: string | null; snippet: string | null; tags: string | null; stored: string };

async function markedFields(d1: D1Database, ownerId: string, match: string, ids: string[]) {
  const columns = `${marked(0)} AS title, ${SNIPPET} AS snippet, ${marked(2)} AS tags, k."tags" AS stored`;
  const rows = await pageMatches<FieldsRow>(d1, ownerId, match, ids, columns, 3);
  return new Map(
    rows.map((row) => [
      row.id,
      {
        title: snippetHtml(row.title ?? ""),
        snippet: snippetHtml(row.snippet ?? ""),
        tags: markedTags(row.tags ?? "[]", row.stored),
      },
    ]),
  );
}

async function markedContents(d1: D1Database, ownerId: string, match: string, ids: string[]) {
  const rows = await pageMatches<{ id: string; content: string | null }>(
    d1,
    ownerId,
    match,
    ids,
    `${marked(1)} AS content`,
    1,
  );
  return new Map(rows.map((row) => [row.id, snippetHtml(row.content ?? "")]));
}

export async function countKnowledge(d1: D1Database, filter: KnowledgeFilter): Promise<number> {
  const { from, where, params } = filterSql(filter);
  const row = await d1
    .prepare(`SELECT COUNT(*) AS n FROM ${from} WHERE ${where}`)
    .bind(...params)
    .first<{ n: number }>();
  return row?.n ?? 0;
}
