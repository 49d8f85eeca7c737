// The knowledge base: patterns, solutions and decisions worth keeping across sessions, per project or global.
// This file: the lists, with the marks of a search on their edges; knowledge-entry.ts: the entry type;
// knowledge-mutations.ts: creating, editing and promoting entries.
import { queryFromInfo } from "@pothos/plugin-prisma";
import type { GraphQLResolveInfo } from "graphql";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { badInput } from "../errors.ts";
import {
  countKnowledge,
  type KnowledgeFilter,
  type KnowledgeHighlights,
  type KnowledgeHit,
  type KnowledgeScope as KnowledgeScopeName,
  knowledgePage,
} from "../services/knowledge-list.ts";
import { ftsQuery, MAX_QUERY_CHARS, offsetConnection, offsetPage, type RelayArgs } from "../services/search.ts";
import { KnowledgeCategory, type KnowledgeCategoryName, KnowledgeEntry } from "./knowledge-entry.ts";
import { Project } from "./project.ts";

export { KnowledgeCategory, KnowledgeEntry };

const KnowledgeScope = builder.enumType("KnowledgeScope", {
  values: {
    ALL: { description: "Project and global entries." },
    GLOBAL: { description: "Only global entries (no project)." },
    PROJECT: { description: "Only entries of a project (with projectId, of that project)." },
  } as const,
});

const KnowledgeEntryHighlights = builder.objectRef<KnowledgeHighlights>("KnowledgeEntryHighlights").implement({
  description:
    "An entry's fields with the searched words marked: HTML, the text escaped and matches in <mark>…</mark>; safe to " +
    "render.",
  fields: (t) => ({
    title: t.exposeString("title"),
    content: t.string({ description: "The whole content.", resolve: (h) => h.content() }),
    tags: t.exposeStringList("tags"),
  }),
});

type Edge = { cursor: string; node: unknown; highlights: KnowledgeHit["highlights"] };
// One connection type (and edge type) for both lists, as the contract names them.
const KnowledgeEntryConnection = builder.connectionObject(
  {
    type: KnowledgeEntry,
    name: "KnowledgeEntryConnection",
    fields: (c) => ({
      totalCount: c.int({ resolve: (conn) => (conn as unknown as { totalCount: () => Promise<number> }).totalCount() }),
    }),
  },
  {
    name: "KnowledgeEntryEdge",
    fields: (e) => ({
      snippet: e.string({
        nullable: true,
        description:
          "With a query: the passage of the content that best matches (its beginning when only the title or a tag " +
          "matched) as HTML, the text escaped and matched words in <mark>…</mark>; safe to render. Null without one.",
        resolve: async (edge) => (await (edge as unknown as Edge).highlights?.())?.snippet ?? null,
      }),
      highlights: e.field({
        type: KnowledgeEntryHighlights,
        nullable: true,
        description: "With a query: title, content and tags with the matched words marked. Null without one.",
        resolve: async (edge) => (await (edge as unknown as Edge).highlights?.()) ?? null,
      }),
    }),
  },
);

type ListArgs = RelayArgs & { category?: KnowledgeCategoryName | null; query?: string | null; tag?: string | null };
type Scope = Pick<KnowledgeFilter, "ownerId" | "projectId" | "scope">;

/** One page of entries (offset cursors: a ranked order has no column to point into), loaded with the selection. */
async function entryPage(ctx: Context, info: GraphQLResolveInfo, args: ListArgs, scope: Scope) {
  const page = offsetPage(args);
  if ((args.query?.length ?? 0) > MAX_QUERY_CHARS) throw badInput(`query is longer than ${MAX_QUERY_CHARS}`, "query");
  const match = args.query == null ? null : ftsQuery(args.query);
  const filter = { ...scope, category: args.category ?? null, tag: args.tag?.trim().toLowerCase() || null, match };
  // A query with nothing searchable in it (only punctuation, say) finds nothing rather than everything.
  if (args.query != null && !match) return offsetConnection(page, [], { totalCount: async () => 0 });
  const hits = await knowledgePage(ctx.env.DB, filter, page);
  const query = queryFromInfo({ context: ctx, info, typeName: "KnowledgeEntry", path: ["edges", "node"] });
  const ids = hits.map((hit) => hit.id);
  const rows = ids.length ? await ctx.db.knowledgeEntry.findMany({ ...query, where: { id: { in: ids } } }) : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  // An entry deleted between the two queries is left out rather than failing the page.
  const found = hits.flatMap((hit: KnowledgeHit) => {
    const node = byId.get(hit.id);
    return node ? [{ node, highlights: hit.highlights }] : [];
  });
  const connection = offsetConnection(page, found, { totalCount: () => countKnowledge(ctx.env.DB, filter) });
  return {
    ...connection,
    edges: connection.edges.map((edge) => ({ ...edge, node: edge.node.node, highlights: edge.node.highlights })),
  };
}

builder.prismaObjectFields(Project, (t) => ({
  knowledgeEntries: t.connection(
    {
      type: KnowledgeEntry,
      description: "The project's entries (with includeGlobal, also the global ones); with query, best match first.",
      args: {
        includeGlobal: t.arg.boolean({ defaultValue: false }),
        category: t.arg({ type: KnowledgeCategory }),
        query: t.arg.string({ description: "Full-text search over title, content and tags." }),
        tag: t.arg.string(),
      },
      select: { id: true, ownerId: true },
      resolve: (project, args, ctx, info) =>
        entryPage(ctx, info, args, {
          ownerId: project.ownerId,
          projectId: project.id,
          scope: args.includeGlobal ? "ALL" : "PROJECT",
        }),
    },
    KnowledgeEntryConnection,
  ),
}));

builder.queryField("knowledgeEntries", (t) =>
  t.connection(
    {
      type: KnowledgeEntry,
      description:
        "The viewer's entries, most recently updated first; with projectId, that project's plus the global ones " +
        "(scope PROJECT: without them); with query, best match first.",
      args: {
        projectId: t.arg.globalID({ for: Project }),
        scope: t.arg({ type: KnowledgeScope, defaultValue: "ALL" }),
        category: t.arg({ type: KnowledgeCategory }),
        query: t.arg.string({ description: "Full-text search over title, content and tags." }),
        tag: t.arg.string(),
      },
      resolve: (_root, args, ctx, info) => {
        const ownerId = ctx.requireViewer().id;
        const scope: KnowledgeScopeName = args.scope ?? "ALL";
        if (args.projectId && scope === "GLOBAL") {
          throw badInput("scope GLOBAL lists entries without a project: leave out projectId", "scope");
        }
        return entryPage(ctx, info, args, { ownerId, projectId: args.projectId?.id ?? null, scope });
      },
    },
    KnowledgeEntryConnection,
  ),
);
