// A knowledge entry: a pattern, solution or decision worth keeping across sessions, per project or global.
// The lists are in knowledge.ts, creating and editing in knowledge-mutations.ts.
import { builder } from "../builder.ts";
import { parseTags } from "../services/knowledge.ts";

const CATEGORIES = ["PATTERN", "SOLUTION", "TROUBLESHOOTING", "BEST_PRACTICE", "DECISION"] as const;
export type KnowledgeCategoryName = (typeof CATEGORIES)[number];
export const KnowledgeCategory = builder.enumType("KnowledgeCategory", { values: CATEGORIES });

export const KnowledgeEntry = builder.prismaNode("KnowledgeEntry", {
  id: { field: "id" },
  // A node the viewer may not see resolves to null rather than an error that would reveal it exists.
  nullable: true,
  findUnique: (id, ctx) => ({ id, ownerId: ctx.viewer?.id ?? "" }),
  fields: (t) => ({
    project: t.relation("project", { nullable: true, description: "Null for a global entry." }),
    category: t.expose("category", { type: KnowledgeCategory }),
    title: t.exposeString("title"),
    content: t.exposeString("content"),
    tags: t.stringList({ select: { tags: true }, resolve: (e) => parseTags(e.tags) }),
    useCount: t.exposeInt("useCount", { description: "How many handoffs have included this entry." }),
    sourceItemKey: t.exposeString("sourceItemKey", {
      nullable: true,
      description: "The ledger item it was promoted from (HandoffItem.id), if any.",
    }),
    sourceSession: t.prismaField({
      type: "Session",
      nullable: true,
      description: "The session the knowledge came from, if it was promoted from a handoff.",
      select: { sourceSessionId: true, ownerId: true },
      resolve: (query, e, _args, ctx) =>
        e.sourceSessionId
          ? ctx.db.session.findFirst({ ...query, where: { id: e.sourceSessionId, ownerId: e.ownerId } })
          : null,
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});
