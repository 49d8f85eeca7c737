// The lineage of handoffs: what changed between two versions, and a person's edits to the master's ledger.
import { builder, type SchemaTypes } from "../builder.ts";
import { badInput, notFound } from "../errors.ts";
import { editMasterHandoff } from "../services/handoff-edit.ts";
import { type DiffLine, lineDiff } from "../services/line-diff.ts";
import { requiredText } from "../validation.ts";
import { Handoff, HandoffItemKind, HandoffItemStatus } from "./handoff.ts";

const DiffOp = builder.enumType("DiffOp", { values: ["SAME", "ADDED", "REMOVED"] as const });
const PromptDiffLine = builder.objectRef<DiffLine>("PromptDiffLine").implement({
  fields: (t) => ({ op: t.expose("op", { type: DiffOp }), text: t.exposeString("text") }),
});

interface ItemRow {
  id: string;
  key: string;
  status: string;
  text: string;
  inPrompt: boolean | null;
}
interface DiffShape {
  fromId: string | null;
  toId: string;
  added: string[];
  resolved: string[];
  dropped: string[];
  changed: string[];
  prompt: DiffLine[];
}

/** Item ids (rows of `to`, or of `from` for items `to` no longer holds) per kind of change. */
function diffItems(from: ItemRow[], to: ItemRow[]) {
  const before = new Map(from.map((i) => [i.key, i]));
  const after = new Map(to.map((i) => [i.key, i]));
  const added = to.filter((i) => !before.has(i.key)).map((i) => i.id);
  const resolved = to.filter((i) => i.status !== "OPEN" && before.get(i.key)?.status === "OPEN").map((i) => i.id);
  const changed = to.filter((i) => before.has(i.key) && before.get(i.key)!.text !== i.text).map((i) => i.id);
  // Shown in full before, still open but no longer shown (cut by the budget, archived or removed).
  const dropped = from
    .filter((i) => i.inPrompt && i.status === "OPEN")
    .filter((i) => {
      const now = after.get(i.key);
      return !now || (now.status === "OPEN" && !now.inPrompt);
    })
    .map((i) => after.get(i.key)?.id ?? i.id);
  return { added, resolved, changed, dropped };
}

const itemList =
  (name: keyof Pick<DiffShape, "added" | "resolved" | "dropped" | "changed">, description: string) =>
  ({ t }: { t: PothosSchemaTypes.ObjectFieldBuilder<SchemaTypes, DiffShape> }) =>
    t.prismaField({
      type: ["HandoffItem"],
      description,
      resolve: async (query, diff, _args, ctx) => {
        // Filtered here rather than with `id IN (…)`: a list over 100 ids would exceed D1's bound parameters.
        const handoffIds = diff.fromId ? [diff.toId, diff.fromId] : [diff.toId];
        const rows = await ctx.db.handoffItem.findMany({ ...query, where: { handoffId: { in: handoffIds } } });
        const order = new Map(diff[name].map((id, i) => [id, i]));
        return rows.filter((r) => order.has(r.id)).sort((a, b) => order.get(a.id)! - order.get(b.id)!);
      },
    });

const HandoffDiff = builder.objectRef<DiffShape>("HandoffDiff").implement({
  fields: (t) => ({
    from: t.prismaField({
      type: "Handoff",
      nullable: true,
      resolve: (query, d, _a, ctx) =>
        d.fromId ? ctx.db.handoff.findUnique({ ...query, where: { id: d.fromId } }) : null,
    }),
    to: t.prismaField({
      type: "Handoff",
      resolve: (query, d, _a, ctx) => ctx.db.handoff.findUniqueOrThrow({ ...query, where: { id: d.toId } }),
    }),
    added: itemList("added", "Items the newer version has and the older did not.")({ t }),
    resolved: itemList(
      "resolved",
      "Items open in the older version and done, resolved or superseded in the newer.",
    )({ t }),
    dropped: itemList(
      "dropped",
      "Items the older prompt showed that are still open but the newer prompt leaves out.",
    )({ t }),
    changed: itemList("changed", "Items whose text changed (e.g. edited by a person).")({ t }),
    promptDiff: t.field({ type: [PromptDiffLine], resolve: (d) => d.prompt }),
  }),
});

builder.prismaObjectField(Handoff, "diff", (t) =>
  t.field({
    type: HandoffDiff,
    description: "What changed from `against` (default: the parent version) to this version.",
    args: { against: t.arg.globalID({ for: Handoff }) },
    select: { id: true, parentId: true, projectId: true, masterPrompt: true },
    resolve: async (handoff, { against }, ctx) => {
      const ownerId = ctx.requireViewer().id;
      const fromId = against?.id ?? handoff.parentId;
      const from = fromId
        ? await ctx.db.handoff.findFirst({
            where: { id: fromId, ownerId, projectId: handoff.projectId },
            select: { id: true, masterPrompt: true },
          })
        : null;
      if (fromId && !from) throw notFound("Handoff to compare with");
      const select = { id: true, key: true, status: true, text: true, inPrompt: true } as const;
      const [fromItems, toItems] = await Promise.all([
        from ? ctx.db.handoffItem.findMany({ where: { handoffId: from.id }, select }) : [],
        ctx.db.handoffItem.findMany({ where: { handoffId: handoff.id }, select }),
      ]);
      return {
        fromId: from?.id ?? null,
        toId: handoff.id,
        ...diffItems(fromItems, toItems),
        prompt: lineDiff(from?.masterPrompt ?? "", handoff.masterPrompt),
      };
    },
  }),
);

const UpdateHandoffItemInput = builder.inputType("UpdateHandoffItemInput", {
  fields: (t) => ({
    handoffId: t.globalID({ required: true, for: Handoff }),
    itemId: t.id({ required: true, description: "The item's stable id (HandoffItem.id)." }),
    text: t.string(),
    pinned: t.boolean(),
    status: t.field({ type: HandoffItemStatus }),
    kind: t.field({ type: HandoffItemKind }),
  }),
});
const AddHandoffItemInput = builder.inputType("AddHandoffItemInput", {
  fields: (t) => ({
    handoffId: t.globalID({ required: true, for: Handoff }),
    kind: t.field({ type: HandoffItemKind, required: true }),
    text: t.string({ required: true }),
    pinned: t.boolean({ defaultValue: true }),
  }),
});
const DropHandoffItemInput = builder.inputType("DropHandoffItemInput", {
  fields: (t) => ({ handoffId: t.globalID({ required: true, for: Handoff }), itemId: t.id({ required: true }) }),
});

const returnHandoff = (query: object, id: string, ctx: { db: import("../generated/prisma/client.ts").PrismaClient }) =>
  ctx.db.handoff.findUniqueOrThrow({ ...query, where: { id } });

builder.mutationFields((t) => ({
  updateHandoffItem: t.prismaField({
    type: "Handoff",
    description: "Pins, rewrites, re-kinds or closes an item of the master handoff, and re-renders its prompt.",
    args: { input: t.arg({ type: UpdateHandoffItemInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const patch = {
        ...(input.text == null ? {} : { text: requiredText(input.text, "text", 2000) }),
        ...(input.pinned == null ? {} : { pinned: input.pinned }),
        ...(input.status == null ? {} : { status: input.status }),
        ...(input.kind == null ? {} : { kind: input.kind }),
      };
      if (Object.keys(patch).length === 0) throw badInput("Nothing to change: give text, pinned, status or kind.");
      await editMasterHandoff(ctx, input.handoffId.id, { type: "update", itemId: String(input.itemId), patch });
      return returnHandoff(query, input.handoffId.id, ctx);
    },
  }),
  addHandoffItem: t.prismaField({
    type: "Handoff",
    description: "Adds an item a person typed to the master handoff (pinned unless told otherwise).",
    args: { input: t.arg({ type: AddHandoffItemInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const itemText = requiredText(input.text, "text", 2000);
      await editMasterHandoff(ctx, input.handoffId.id, {
        type: "add",
        kind: input.kind,
        text: itemText,
        pinned: input.pinned ?? true,
      });
      return returnHandoff(query, input.handoffId.id, ctx);
    },
  }),
  dropHandoffItem: t.prismaField({
    type: "Handoff",
    description: "Removes an item from the master handoff's ledger (a person's decision; the engine never deletes).",
    args: { input: t.arg({ type: DropHandoffItemInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      await editMasterHandoff(ctx, input.handoffId.id, { type: "drop", itemId: String(input.itemId) });
      return returnHandoff(query, input.handoffId.id, ctx);
    },
  }),
}));
