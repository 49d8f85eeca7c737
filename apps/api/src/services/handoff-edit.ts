// A person's edits to the master handoff's ledger (pin, rewrite, close, add, drop), re-rendered in place.
// Only the newest version is editable: older versions are history, and sessions that loaded them keep them.
import { addItem, editItem, type HandoffItemKind, type ItemPatch, type Ledger, loadTokenCounter } from "@baton/engine";
import type { Context } from "../context.ts";
import { sqlDate } from "../db.ts";
import { badInput, notFound } from "../errors.ts";
import { relevantKnowledge } from "./knowledge.ts";
import { itemStatements, loadLedger } from "./ledger-store.ts";
import { openWork, renderHandoff } from "./render.ts";

export type LedgerEdit =
  | { type: "update"; itemId: string; patch: ItemPatch }
  | { type: "add"; kind: HandoffItemKind; text: string; pinned: boolean }
  | { type: "drop"; itemId: string };

function apply(ledger: Ledger, edit: LedgerEdit): Ledger {
  const has = (id: string) => ledger.items.some((i) => i.id === id);
  if (edit.type === "add") return addItem(ledger, edit.kind, edit.text, edit.pinned).ledger;
  if (!has(edit.itemId)) throw notFound("Handoff item");
  if (edit.type === "drop") return { ...ledger, items: ledger.items.filter((i) => i.id !== edit.itemId) };
  return editItem(ledger, edit.itemId, edit.patch);
}

/** Applies `edit` to the handoff (which must be its project's newest version) and re-renders its prompt. */
export async function editMasterHandoff(ctx: Context, handoffId: string, edit: LedgerEdit): Promise<void> {
  const ownerId = ctx.requireViewer().id;
  const handoff = await ctx.db.handoff.findFirst({
    where: { id: handoffId, ownerId },
    select: {
      id: true,
      version: true,
      budget: true,
      ledgerSession: true,
      projectId: true,
      parentId: true,
      project: true,
    },
  });
  if (!handoff) throw notFound("Handoff");
  const newest = await ctx.db.handoff.findFirst({
    where: { projectId: handoff.projectId },
    orderBy: { version: "desc" },
    select: { version: true },
  });
  if (newest?.version !== handoff.version) {
    throw badInput(
      `Only the master handoff (version ${newest?.version}) can be edited; version ${handoff.version} is history.`,
      "handoffId",
    );
  }
  const d1 = ctx.env.DB;
  const ledger = apply(await loadLedger(d1, handoff.id, handoff.ledgerSession ?? 0), edit);
  const parent = handoff.parentId
    ? await ctx.db.handoff.findUnique({ where: { id: handoff.parentId }, select: { id: true, ledgerSession: true } })
    : null;
  const previous = parent ? await loadLedger(d1, parent.id, parent.ledgerSession ?? 0) : null;
  const project = { name: handoff.project.name, description: handoff.project.description ?? undefined };
  const knowledge = await relevantKnowledge(ctx.db, ownerId, handoff.projectId, openWork(ledger));
  const result = renderHandoff(
    { previous, ledger, project, budget: handoff.budget, knowledge },
    await loadTokenCounter(),
  );
  await d1.batch([
    d1
      .prepare(
        `UPDATE "Handoff" SET "masterPrompt" = ?, "tokenCount" = ?, "fidelityScore" = ?, "carried" = ?, "added" = ?,
           "resolved" = ?, "dropped" = ?, "editedAt" = ? WHERE "id" = ?`,
      )
      .bind(
        result.prompt,
        result.tokenCount,
        result.fidelity.score,
        result.fidelity.carried,
        result.fidelity.added,
        result.fidelity.resolved,
        result.fidelity.dropped,
        sqlDate(),
        handoff.id,
      ),
    d1.prepare(`DELETE FROM "HandoffItem" WHERE "handoffId" = ?`).bind(handoff.id),
    ...itemStatements(d1, handoff.id, result.ledger),
  ]);
}
