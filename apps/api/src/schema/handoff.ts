// Handoffs: versions of a project's master prompt, each rendered from its ledger items, in a lineage.
import { builder } from "../builder.ts";
import { checkPageArgs } from "../validation.ts";
import { Project } from "./project.ts";

export const GeneratorKind = builder.enumType("GeneratorKind", { values: ["RULES", "MODEL"] as const });
export const HandoffItemKind = builder.enumType("HandoffItemKind", {
  values: ["GOAL", "DECISION", "CONSTRAINT", "TASK", "BLOCKER", "DEAD_END", "FILE", "COMMAND", "NOTE"] as const,
});
export const HandoffItemStatus = builder.enumType("HandoffItemStatus", {
  values: ["OPEN", "DONE", "RESOLVED", "SUPERSEDED"] as const,
});

const HandoffGenerator = builder
  .objectRef<{ kind: "RULES" | "MODEL"; model: string | null; fallbackReason: string | null }>("HandoffGenerator")
  .implement({
    fields: (t) => ({
      kind: t.expose("kind", { type: GeneratorKind }),
      model: t.exposeString("model", { nullable: true }),
      fallbackReason: t.exposeString("fallbackReason", {
        nullable: true,
        description: "Why a model-written handoff was written by the rules instead, when it was.",
      }),
    }),
  });

const HandoffFidelity = builder
  .objectRef<{ score: number; carried: number; added: number; resolved: number; dropped: number }>("HandoffFidelity")
  .implement({
    fields: (t) => ({
      score: t.exposeFloat("score", {
        description: "Share of still-open, high-priority ledger items that the master prompt contains (0..1).",
      }),
      carried: t.exposeInt("carried"),
      added: t.exposeInt("added"),
      resolved: t.exposeInt("resolved"),
      dropped: t.exposeInt("dropped"),
    }),
  });

export const HandoffItem = builder.prismaObject("HandoffItem", {
  fields: (t) => ({
    id: t.exposeID("key", { description: "The ledger item's stable id: the same across handoff versions." }),
    kind: t.expose("kind", { type: HandoffItemKind }),
    text: t.exposeString("text"),
    status: t.expose("status", { type: HandoffItemStatus }),
    pinned: t.exposeBoolean("pinned"),
    edited: t.exposeBoolean("edited"),
    archived: t.exposeBoolean("archived"),
    quote: t.exposeString("quote", { nullable: true }),
    sourceOrdinal: t.exposeInt("sourceOrdinal", { nullable: true }),
    sourceSessionNumber: t.exposeInt("sourceSession", { nullable: true }),
    sourceSession: t.prismaField({
      type: "Session",
      nullable: true,
      select: { sourceSession: true, handoff: { select: { projectId: true } } },
      resolve: (query, item, _args, ctx) =>
        item.sourceSession == null
          ? null
          : ctx.db.session.findUnique({
              ...query,
              where: { projectId_number: { projectId: item.handoff.projectId, number: item.sourceSession } },
            }),
    }),
  }),
});

export const Handoff = builder.prismaNode("Handoff", {
  id: { field: "id" },
  // A node the viewer may not see resolves to null rather than an error that would reveal it exists.
  nullable: true,
  findUnique: (id, ctx) => ({ id, ownerId: ctx.viewer?.id ?? "" }),
  fields: (t) => ({
    version: t.exposeInt("version"),
    project: t.relation("project"),
    session: t.relation("session", { nullable: true }),
    parent: t.relation("parent", { nullable: true }),
    masterPrompt: t.exposeString("masterPrompt"),
    items: t.relation("items", { query: { orderBy: { position: "asc" } } }),
    tokenCount: t.exposeInt("tokenCount"),
    budget: t.exposeInt("budget"),
    generator: t.field({
      type: HandoffGenerator,
      select: { generatorKind: true, generatorModel: true, fallbackReason: true },
      resolve: (h) => ({ kind: h.generatorKind, model: h.generatorModel, fallbackReason: h.fallbackReason }),
    }),
    fidelity: t.field({
      type: HandoffFidelity,
      select: { fidelityScore: true, carried: true, added: true, resolved: true, dropped: true },
      resolve: (h) => ({
        score: h.fidelityScore,
        carried: h.carried,
        added: h.added,
        resolved: h.resolved,
        dropped: h.dropped,
      }),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

builder.prismaObjectFields(Project, (t) => ({
  masterHandoff: t.prismaField({
    type: "Handoff",
    nullable: true,
    description: "The newest handoff version; null before the first.",
    resolve: (query, project, _args, ctx) =>
      ctx.db.handoff.findFirst({ ...query, where: { projectId: project.id }, orderBy: { version: "desc" } }),
  }),
  handoffs: t.relatedConnection(
    "handoffs",
    {
      cursor: "id",
      totalCount: true,
      description: "The lineage, newest first.",
      query: (args) => {
        checkPageArgs(args);
        return { orderBy: { version: "desc" } };
      },
    },
    { name: "HandoffConnection" },
    { name: "HandoffEdge" },
  ),
}));

builder.queryField("handoff", (t) =>
  t.prismaField({
    type: "Handoff",
    nullable: true,
    args: { id: t.arg.globalID({ required: true, for: Handoff }) },
    resolve: (query, _root, { id }, ctx) =>
      ctx.db.handoff.findFirst({ ...query, where: { id: id.id, ownerId: ctx.requireViewer().id } }),
  }),
);
