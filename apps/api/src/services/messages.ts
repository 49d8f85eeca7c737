// Appending a conversation to a session: every message of one call lands in one D1 batch, numbered after the
// session's current messageCount inside SQL, so concurrent appends never share or skip an ordinal.

import { newId, sqlDate } from "../db.ts";
import type { MessageRole } from "../generated/prisma/enums.ts";

/** Characters kept in a Message row; the rest goes to MessageChunk rows (4 bytes/char worst case < 1 MB). */
export const MESSAGE_CHUNK_CHARS = 100_000;
// D1 binds at most 100 parameters per statement.
const MAX_PARAMS = 100;
const MESSAGE_COLUMNS = 6;
const CHUNK_COLUMNS = 3;

export interface NewMessage {
  role: MessageRole;
  content: string;
  createdAt?: Date | string | null;
}

const rowsPerStatement = (columns: number, extra: number) => Math.floor((MAX_PARAMS - extra) / columns);

function chunksOf<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Appends to an ACTIVE session; returns how many messages were stored (0 when the session is not ACTIVE). */
export async function appendMessages(d1: D1Database, sessionId: string, messages: NewMessage[]): Promise<number> {
  const rows: unknown[][] = [];
  const overflow: unknown[][] = [];
  messages.forEach((message, index) => {
    const id = newId();
    const parts: string[] = [];
    for (let at = 0; at < message.content.length || at === 0; at += MESSAGE_CHUNK_CHARS) {
      parts.push(message.content.slice(at, at + MESSAGE_CHUNK_CHARS));
    }
    const createdAt = message.createdAt ? sqlDate(new Date(message.createdAt)) : null;
    rows.push([id, index, message.role, parts[0], parts.length - 1, createdAt]);
    for (let seq = 1; seq < parts.length; seq++) overflow.push([id, seq - 1, parts[seq]]);
  });

  const statements: D1PreparedStatement[] = [];
  for (const group of chunksOf(rows, rowsPerStatement(MESSAGE_COLUMNS, 1))) {
    const values = group.map(() => "(?, ?, ?, ?, ?, ?)").join(", ");
    statements.push(
      d1
        .prepare(
          `INSERT INTO "Message" ("id", "sessionId", "ordinal", "role", "content", "chunks", "createdAt")
           SELECT v.column1, s."id", s."messageCount" + v.column2, v.column3, v.column4, v.column5, v.column6
           FROM (VALUES ${values}) AS v JOIN "Session" s ON s."id" = ? AND s."status" = 'ACTIVE'`,
        )
        .bind(...group.flat(), sessionId),
    );
  }
  for (const group of chunksOf(overflow, rowsPerStatement(CHUNK_COLUMNS, 0))) {
    const values = group.map(() => "(?, ?, ?)").join(", ");
    statements.push(
      d1.prepare(`INSERT INTO "MessageChunk" ("messageId", "seq", "content") VALUES ${values}`).bind(...group.flat()),
    );
  }
  const countUpdate = statements.length;
  statements.push(
    d1
      .prepare(`UPDATE "Session" SET "messageCount" = "messageCount" + ? WHERE "id" = ? AND "status" = 'ACTIVE'`)
      .bind(messages.length, sessionId),
    d1
      .prepare(`UPDATE "Project" SET "updatedAt" = ? WHERE "id" = (SELECT "projectId" FROM "Session" WHERE "id" = ?)`)
      .bind(sqlDate(), sessionId),
  );
  const results = await d1.batch(statements);
  return results[countUpdate]?.meta.changes ? messages.length : 0;
}
