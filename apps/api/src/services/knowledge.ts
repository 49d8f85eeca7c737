// The knowledge base: what the handoff pipeline reads from it and the defaults of an entry promoted from a handoff
// item (listing and search: knowledge-list.ts).
import type { PrismaClient } from "../generated/prisma/client.ts";
import { Prisma } from "../generated/prisma/client.ts";
import type { HandoffItemKind, KnowledgeCategory } from "../generated/prisma/enums.ts";
import { ftsQuery } from "./search.ts";

export function parseTags(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((t): t is string => typeof t === "string") : [];
  } catch {
    return [];
  }
}

const STOPWORDS = new Set(
  `the and for with that this from into onto over under then than when what which while where will would should could
  have has had not but are was were been being its it's our your their them they you use used using make made need
  needs still also just only some more most very can cannot does did done add fix todo next step steps work`.split(
    /\s+/,
  ),
);

/** The most telling words of some texts (frequent first, then long), for an any-term FTS5 query. */
export function keyTerms(texts: string[], max = 24): string[] {
  const counts = new Map<string, number>();
  for (const word of texts
    .join(" ")
    .toLowerCase()
    .match(/[\p{L}\p{N}_]{3,}/gu) ?? []) {
    if (!STOPWORDS.has(word) && !/^\d+$/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || b.length - a.length || (a < b ? -1 : 1))
    .slice(0, max)
    .map(([word]) => word);
}

type Relevant = { id: string; title: string; content: string };

/**
 * The few entries (the project's and the owner's global ones) most relevant to the project's open work, for the next
 * handoff: bm25 over the key terms of `openWork`, any of them matching; filled up with the project's own most used,
 * then newest.
 */
export async function relevantKnowledge(
  db: PrismaClient,
  ownerId: string,
  projectId: string,
  openWork: string[],
  limit = 3,
): Promise<Relevant[]> {
  if (limit <= 0) return [];
  const scope = Prisma.sql`k."ownerId" = ${ownerId} AND (k."projectId" = ${projectId} OR k."projectId" IS NULL)`;
  const match = ftsQuery(keyTerms(openWork).join(" "), "any");
  const found = match
    ? await db.$queryRaw<Relevant[]>`SELECT k."id", k."title", k."content"
        FROM "KnowledgeEntrySearch" JOIN "KnowledgeEntry" k ON k.rowid = "KnowledgeEntrySearch".rowid
        WHERE "KnowledgeEntrySearch" MATCH ${match} AND ${scope}
        ORDER BY bm25("KnowledgeEntrySearch", 4.0, 1.0, 2.0), k."id" LIMIT ${limit}`
    : [];
  if (found.length >= limit) return found;
  // Filled up only from the project's own entries: an unrelated global entry would just take budget.
  const rest = await db.$queryRaw<Relevant[]>`SELECT k."id", k."title", k."content" FROM "KnowledgeEntry" k
    WHERE k."ownerId" = ${ownerId} AND k."projectId" = ${projectId} AND k."id" NOT IN (SELECT value FROM json_each(${JSON.stringify(found.map((e) => e.id))}))
    ORDER BY k."useCount" DESC, k."updatedAt" DESC, k."id" LIMIT ${limit - found.length}`;
  return [...found, ...rest];
}

/** Statements that count one more use of each entry (for the handoff's write batch); one bound parameter in all. */
export function knowledgeUseStatements(d1: D1Database, entryIds: string[]): D1PreparedStatement[] {
  const ids = [...new Set(entryIds)];
  if (ids.length === 0) return [];
  return [
    d1
      .prepare(`UPDATE "KnowledgeEntry" SET "useCount" = "useCount" + 1 WHERE "id" IN (SELECT value FROM json_each(?))`)
      .bind(JSON.stringify(ids)),
  ];
}

const CATEGORY_OF: Record<HandoffItemKind, KnowledgeCategory> = {
  DECISION: "DECISION",
  GOAL: "DECISION",
  CONSTRAINT: "BEST_PRACTICE",
  DEAD_END: "TROUBLESHOOTING",
  BLOCKER: "TROUBLESHOOTING",
  COMMAND: "SOLUTION",
  TASK: "SOLUTION",
  FILE: "PATTERN",
  NOTE: "PATTERN",
};

/** What an entry promoted from a ledger item gets unless the person says otherwise. */
export function promotionDefaults(item: { kind: HandoffItemKind; text: string; quote: string | null }) {
  const firstLine = item.text.trim().split("\n")[0] ?? "";
  const title = firstLine.length <= 120 ? firstLine : `${firstLine.slice(0, 119).replace(/\s+\S*$/, "")}…`;
  const quote = item.quote?.trim();
  const content = quote && !item.text.includes(quote) ? `${item.text.trim()}\n\n> ${quote}` : item.text.trim();
  return { category: CATEGORY_OF[item.kind], title, content, tags: [item.kind.toLowerCase().replace("_", "-")] };
}
