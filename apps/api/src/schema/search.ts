// search(query:): the viewer's messages, handoffs and knowledge entries that match, best first, with snippets.
import { getRefFromModel, type PrismaObjectRef, queryFromInfo } from "@pothos/plugin-prisma";
import type { GraphQLResolveInfo } from "graphql";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { badInput } from "../errors.ts";
import type PrismaTypes from "../generated/pothos-types.ts";
import {
  countHits,
  ftsQuery,
  MAX_QUERY_CHARS,
  offsetConnection,
  offsetPage,
  type SearchHit,
  type SearchKind,
  searchHits,
} from "../services/search.ts";
import { Handoff } from "./handoff.ts";
import { KnowledgeEntry } from "./knowledge.ts";

type SchemaTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
// schema/message.ts does not export its node ref; the plugin hands out the same one by model name.
const Message = getRefFromModel("Message", builder, "object") as PrismaObjectRef<SchemaTypes, PrismaTypes["Message"]>;

// Which member type a loaded row is: rows carry only the columns the client selected, so they are tagged here.
const kindOf = new WeakMap<object, SearchKind>();

const SearchResult = builder.unionType("SearchResult", {
  types: [Message, Handoff, KnowledgeEntry],
  resolveType: (row) => kindOf.get(row) ?? null,
});

type Row = { id: string };

/** The rows of one page's hits, each loaded with the selection the client made on its type (≤ 100 ids per query). */
async function loadRows(ctx: Context, info: GraphQLResolveInfo, hits: SearchHit[]) {
  const idsOf = (kind: SearchKind) => hits.filter((h) => h.kind === kind).map((h) => h.id);
  const query = (typeName: SearchKind) => queryFromInfo({ context: ctx, info, typeName, path: ["edges", "node"] });
  const [messages, handoffs, entries] = await Promise.all([
    idsOf("Message").length
      ? ctx.db.message.findMany({ ...query("Message"), where: { id: { in: idsOf("Message") } } })
      : [],
    idsOf("Handoff").length
      ? ctx.db.handoff.findMany({ ...query("Handoff"), where: { id: { in: idsOf("Handoff") } } })
      : [],
    idsOf("KnowledgeEntry").length
      ? ctx.db.knowledgeEntry.findMany({ ...query("KnowledgeEntry"), where: { id: { in: idsOf("KnowledgeEntry") } } })
      : [],
  ]);
  const rows = new Map<string, Row>();
  const tag = (kind: SearchKind, list: Row[]) => {
    for (const row of list) {
      kindOf.set(row, kind);
      rows.set(`${kind}:${row.id}`, row);
    }
  };
  tag("Message", messages as Row[]);
  tag("Handoff", handoffs as Row[]);
  tag("KnowledgeEntry", entries as Row[]);
  // A row deleted between the two queries is left out rather than failing the page.
  return hits.flatMap((hit) => {
    const node = rows.get(`${hit.kind}:${hit.id}`);
    return node ? [{ node, snippet: hit.snippet }] : [];
  });
}

builder.queryField("search", (t) =>
  t.connection(
    {
      type: SearchResult,
      description:
        "Full-text search across the viewer's messages, handoff prompts and knowledge entries, best match first. " +
        "Words are matched as typed (no search syntax), all of them; end a word with * to match its prefix.",
      args: { query: t.arg.string({ required: true }) },
      resolve: async (_root, args, ctx, info) => {
        const page = offsetPage(args);
        if (args.query.length > MAX_QUERY_CHARS) throw badInput(`query is longer than ${MAX_QUERY_CHARS}`, "query");
        const ownerId = ctx.requireViewer().id;
        const match = ftsQuery(args.query);
        if (!match) return offsetConnection(page, [], { totalCount: async () => 0 });
        const hits = await searchHits(ctx.env.DB, ownerId, match, page);
        const found = await loadRows(ctx, info, hits);
        const connection = offsetConnection(page, found, { totalCount: () => countHits(ctx.env.DB, ownerId, match) });
        // Edges carry the snippet beside the node.
        return {
          ...connection,
          edges: connection.edges.map((edge) => ({
            cursor: edge.cursor,
            node: edge.node.node,
            snippet: edge.node.snippet,
          })),
        };
      },
    },
    {
      name: "SearchResultConnection",
      fields: (c) => ({ totalCount: c.int({ resolve: (conn) => conn.totalCount() }) }),
    },
    {
      name: "SearchResultEdge",
      fields: (e) => ({
        snippet: e.string({
          description:
            "HTML: the matching passage with the text escaped and matched words in <mark>…</mark>; safe to render.",
          resolve: (edge) => (edge as unknown as { snippet: string }).snippet,
        }),
      }),
    },
  ),
);
