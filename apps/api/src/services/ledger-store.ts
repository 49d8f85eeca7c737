// A handoff's ledger lives in HandoffItem rows; this module turns rows into the engine's Ledger and back.
import type { Ledger, LedgerItem } from "@baton/engine";
import { newId, sqlDate } from "../db.ts";
import { insertRows } from "./batch.ts";

export interface StoredHandoff {
  id: string;
  version: number;
  ledger: Ledger;
}

// Fields of a LedgerItem without a column of their own travel in `extra` (JSON).
type Extra = Pick<LedgerItem, "firstSession" | "lastSeenSession" | "origin" | "keys" | "mentions" | "statusSession">;

interface ItemRow {
  key: string;
  kind: LedgerItem["kind"];
  text: string;
  status: LedgerItem["status"];
  pinned: number;
  edited: number;
  archived: number;
  inPrompt: number | null;
  priority: number;
  sourceSession: number | null;
  sourceOrdinal: number | null;
  quote: string | null;
  extra: string | null;
}

function toItem(row: ItemRow, ledgerSession: number): LedgerItem {
  const extra: Partial<Extra> = row.extra ? JSON.parse(row.extra) : {};
  return {
    id: row.key,
    kind: row.kind,
    text: row.text,
    status: row.status,
    pinned: Boolean(row.pinned),
    edited: Boolean(row.edited),
    archived: Boolean(row.archived),
    priority: row.priority,
    sourceSession: row.sourceSession ?? ledgerSession,
    sourceOrdinal: row.sourceOrdinal ?? -1,
    quote: row.quote ?? "",
    firstSession: extra.firstSession ?? row.sourceSession ?? ledgerSession,
    lastSeenSession: extra.lastSeenSession ?? row.sourceSession ?? ledgerSession,
    origin: extra.origin ?? "TRANSCRIPT",
    keys: extra.keys ?? [],
    mentions: extra.mentions ?? 1,
    ...(extra.statusSession === undefined ? {} : { statusSession: extra.statusSession }),
  };
}

/** The project's newest handoff with its ledger, or null before the first. */
export async function loadLatestHandoff(d1: D1Database, projectId: string): Promise<StoredHandoff | null> {
  const head = await d1
    .prepare(
      `SELECT "id", "version", COALESCE("ledgerSession", 0) AS "ledgerSession" FROM "Handoff"
       WHERE "projectId" = ? ORDER BY "version" DESC LIMIT 1`,
    )
    .bind(projectId)
    .first<{ id: string; version: number; ledgerSession: number }>();
  if (!head) return null;
  return { id: head.id, version: head.version, ledger: await loadLedger(d1, head.id, head.ledgerSession) };
}

export async function loadLedger(d1: D1Database, handoffId: string, ledgerSession: number): Promise<Ledger> {
  const { results } = await d1
    .prepare(`SELECT * FROM "HandoffItem" WHERE "handoffId" = ? ORDER BY "position"`)
    .bind(handoffId)
    .all<ItemRow>();
  const items = results.map((row) => toItem(row, ledgerSession));
  return { version: 1, session: ledgerSession, items, prompted: results.filter((r) => r.inPrompt).map((r) => r.key) };
}

const ITEM_COLUMNS = [
  "id",
  "handoffId",
  "key",
  "kind",
  "text",
  "status",
  "pinned",
  "edited",
  "archived",
  "inPrompt",
  "priority",
  "position",
  "sourceSession",
  "sourceOrdinal",
  "quote",
  "extra",
] as const;

/** INSERT statements for a ledger's items as rows of `handoffId`. */
export function itemStatements(d1: D1Database, handoffId: string, ledger: Ledger): D1PreparedStatement[] {
  const prompted = new Set(ledger.prompted);
  const rows = ledger.items.map((item, position) => {
    const extra: Extra = {
      firstSession: item.firstSession,
      lastSeenSession: item.lastSeenSession,
      origin: item.origin,
      keys: item.keys,
      mentions: item.mentions,
      statusSession: item.statusSession,
    };
    return [
      newId(),
      handoffId,
      item.id,
      item.kind,
      item.text,
      item.status,
      item.pinned ? 1 : 0,
      item.edited ? 1 : 0,
      item.archived ? 1 : 0,
      prompted.has(item.id) ? 1 : 0,
      item.priority,
      position,
      item.sourceSession,
      item.sourceOrdinal,
      item.quote.slice(0, 400),
      JSON.stringify(extra),
    ];
  });
  return insertRows(d1, "HandoffItem", ITEM_COLUMNS, rows);
}

export interface NewHandoff {
  id: string;
  ownerId: string;
  projectId: string;
  /** The version this handoff was built on (0 for the first); the insert is skipped if another landed meanwhile. */
  parent: { id: string; version: number } | null;
  sessionId: string | null;
  prompt: string;
  tokenCount: number;
  budget: number;
  generator: { kind: "RULES" | "MODEL"; model: string | null; fallbackReason: string | null };
  fidelity: { score: number; carried: number; added: number; resolved: number; dropped: number };
  ledger: Ledger;
}

/**
 * The guarded INSERT of a new version: it inserts only while the project's newest version is still the parent,
 * so two runs that built on the same parent can never both land (the second's item inserts then fail on the
 * missing handoff and its whole batch rolls back).
 */
export function handoffStatements(d1: D1Database, h: NewHandoff): D1PreparedStatement[] {
  const expected = h.parent?.version ?? 0;
  const insert = d1
    .prepare(
      `INSERT INTO "Handoff" ("id", "ownerId", "projectId", "version", "sessionId", "parentId", "masterPrompt",
         "tokenCount", "budget", "generatorKind", "generatorModel", "fallbackReason", "fidelityScore", "carried",
         "added", "resolved", "dropped", "createdAt", "ledgerSession")
       SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
       WHERE (SELECT COALESCE(MAX("version"), 0) FROM "Handoff" WHERE "projectId" = ?) = ?`,
    )
    .bind(
      h.id,
      h.ownerId,
      h.projectId,
      expected + 1,
      h.sessionId,
      h.parent?.id ?? null,
      h.prompt,
      h.tokenCount,
      h.budget,
      h.generator.kind,
      h.generator.model,
      h.generator.fallbackReason,
      h.fidelity.score,
      h.fidelity.carried,
      h.fidelity.added,
      h.fidelity.resolved,
      h.fidelity.dropped,
      sqlDate(),
      h.ledger.session,
      h.projectId,
      expected,
    );
  return [insert, ...itemStatements(d1, h.id, h.ledger)];
}
