// Creating, editing, deleting and promoting knowledge entries (the type and lists are in knowledge.ts).
import { encodeGlobalID } from "@pothos/plugin-relay";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { newId } from "../db.ts";
import { badInput, notFound } from "../errors.ts";
import { promotionDefaults } from "../services/knowledge.ts";
import { requiredText } from "../validation.ts";
import { Handoff } from "./handoff.ts";
import { KnowledgeCategory, KnowledgeEntry } from "./knowledge.ts";
import { Project } from "./project.ts";

const MAX_TAGS = 20;
/** Tags are trimmed, lower-cased and de-duplicated; stored as a JSON array. */
function tagsJson(tags: readonly string[]): string {
  const clean = [...new Set(tags.map((tag) => tag.trim().toLowerCase()).filter(Boolean))];
  if (clean.length > MAX_TAGS) throw badInput(`At most ${MAX_TAGS} tags`, "tags");
  if (clean.some((tag) => tag.length > 50)) throw badInput("A tag is longer than 50 characters", "tags");
  return JSON.stringify(clean);
}
/** Another user's project is as missing as one that does not exist. */
async function requireProject(ctx: Context, ownerId: string, projectId: string) {
  const found = await ctx.db.project.findFirst({ where: { id: projectId, ownerId }, select: { id: true } });
  if (!found) throw notFound("Project");
}
const title = (value: string) => requiredText(value, "title", 200);
const content = (value: string) => requiredText(value, "content", 50_000);

const CreateKnowledgeEntryInput = builder.inputType("CreateKnowledgeEntryInput", {
  fields: (t) => ({
    projectId: t.globalID({ for: Project, description: "Null or absent: a global entry." }),
    category: t.field({ type: KnowledgeCategory, required: true }),
    title: t.string({ required: true }),
    content: t.string({ required: true }),
    tags: t.stringList(),
  }),
});
const UpdateKnowledgeEntryInput = builder.inputType("UpdateKnowledgeEntryInput", {
  fields: (t) => ({
    id: t.globalID({ required: true, for: KnowledgeEntry }),
    projectId: t.globalID({
      for: Project,
      description: "Moves the entry to another of the viewer's projects; null makes it global; absent keeps it.",
    }),
    category: t.field({ type: KnowledgeCategory }),
    title: t.string(),
    content: t.string(),
    tags: t.stringList(),
  }),
});
const PromoteHandoffItemInput = builder.inputType("PromoteHandoffItemInput", {
  fields: (t) => ({
    handoffId: t.globalID({ required: true, for: Handoff }),
    itemId: t.id({ required: true, description: "The item's stable id (HandoffItem.id)." }),
    category: t.field({ type: KnowledgeCategory, description: "Default: from the item's kind." }),
    title: t.string({ description: "Default: the item's first line." }),
    content: t.string({ description: "Default: the item's text and quote." }),
    tags: t.stringList({ description: "Default: the item's kind." }),
  }),
});
const KnowledgeEntryPayload = builder.objectRef<{ entryId: string }>("KnowledgeEntryPayload").implement({
  fields: (t) => ({
    entry: t.prismaField({
      type: "KnowledgeEntry",
      resolve: (query, parent, _args, ctx) =>
        ctx.db.knowledgeEntry.findUniqueOrThrow({ ...query, where: { id: parent.entryId } }),
    }),
  }),
});

builder.mutationFields((t) => ({
  createKnowledgeEntry: t.field({
    type: KnowledgeEntryPayload,
    args: { input: t.arg({ type: CreateKnowledgeEntryInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const ownerId = ctx.requireViewer().id;
      const projectId = input.projectId?.id ?? null;
      if (projectId) await requireProject(ctx, ownerId, projectId);
      const entry = await ctx.db.knowledgeEntry.create({
        data: {
          id: newId(),
          ownerId,
          projectId,
          category: input.category,
          title: title(input.title),
          content: content(input.content),
          tags: tagsJson(input.tags ?? []),
        },
      });
      return { entryId: entry.id };
    },
  }),
  updateKnowledgeEntry: t.field({
    type: KnowledgeEntryPayload,
    args: { input: t.arg({ type: UpdateKnowledgeEntryInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const ownerId = ctx.requireViewer().id;
      // Absent keeps the project; an explicit null makes the entry global.
      const projectId = input.projectId === undefined ? undefined : (input.projectId?.id ?? null);
      if (projectId) await requireProject(ctx, ownerId, projectId);
      const { count } = await ctx.db.knowledgeEntry.updateMany({
        where: { id: input.id.id, ownerId },
        data: {
          projectId,
          category: input.category ?? undefined,
          title: input.title == null ? undefined : title(input.title),
          content: input.content == null ? undefined : content(input.content),
          tags: input.tags == null ? undefined : tagsJson(input.tags),
          updatedAt: new Date(),
        },
      });
      if (count === 0) throw notFound("Knowledge entry");
      return { entryId: input.id.id };
    },
  }),
  deleteKnowledgeEntry: t.field({
    type: "ID",
    description: "Deletes the entry; returns the deleted id.",
    args: { id: t.arg.globalID({ required: true, for: KnowledgeEntry }) },
    resolve: async (_root, { id }, ctx) => {
      const { count } = await ctx.db.knowledgeEntry.deleteMany({
        where: { id: id.id, ownerId: ctx.requireViewer().id },
      });
      if (count === 0) throw notFound("Knowledge entry");
      return encodeGlobalID("KnowledgeEntry", id.id);
    },
  }),
  promoteHandoffItem: t.field({
    type: KnowledgeEntryPayload,
    description:
      "Keeps a ledger item (a decision, a dead end…) as a knowledge entry of the handoff's project, with its source " +
      "session and item id. Promoting the same item again returns the entry made the first time.",
    args: { input: t.arg({ type: PromoteHandoffItemInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const ownerId = ctx.requireViewer().id;
      const handoff = await ctx.db.handoff.findFirst({
        where: { id: input.handoffId.id, ownerId },
        select: { projectId: true, sessionId: true, items: { where: { key: String(input.itemId) }, take: 1 } },
      });
      if (!handoff) throw notFound("Handoff");
      const item = handoff.items[0];
      if (!item) throw notFound("Handoff item");
      const existing = await ctx.db.knowledgeEntry.findFirst({
        where: { ownerId, projectId: handoff.projectId, sourceItemKey: item.key },
        select: { id: true },
      });
      if (existing) return { entryId: existing.id };
      // Provenance: the session the item came from when the ledger knows it, else the one that produced the handoff.
      const source = item.sourceSession
        ? await ctx.db.session.findUnique({
            where: { projectId_number: { projectId: handoff.projectId, number: item.sourceSession } },
            select: { id: true },
          })
        : null;
      const defaults = promotionDefaults(item);
      const entry = await ctx.db.knowledgeEntry.create({
        data: {
          id: newId(),
          ownerId,
          projectId: handoff.projectId,
          category: input.category ?? defaults.category,
          title: input.title == null ? title(defaults.title || item.kind) : title(input.title),
          content: input.content == null ? content(defaults.content) : content(input.content),
          tags: tagsJson(input.tags ?? defaults.tags),
          sourceSessionId: source?.id ?? handoff.sessionId,
          sourceItemKey: item.key,
        },
      });
      return { entryId: entry.id };
    },
  }),
}));
