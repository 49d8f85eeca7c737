// Session writes that must be atomic. Prisma on D1 has no transactions, so each is a single D1 batch,
// which D1 runs as one transaction and serialises against every other write.
import { newId, sqlDate } from "../db.ts";

/**
 * Starts session N+1 of a project: bumps the project's counter and inserts the session numbered from it, with the
 * newest handoff as input, in one batch, so two concurrent starts get distinct consecutive numbers.
 * Returns the new session id, or null when the project is not the owner's.
 */
export async function startSession(
  d1: D1Database,
  input: { ownerId: string; projectId: string; objectives: string | null; kind: string; accountId: string | null },
): Promise<string | null> {
  const id = newId();
  const now = sqlDate();
  const [bump] = await d1.batch([
    d1
      .prepare(
        `UPDATE "Project" SET "sessionCounter" = "sessionCounter" + 1, "updatedAt" = ? WHERE "id" = ? AND "ownerId" = ?`,
      )
      .bind(now, input.projectId, input.ownerId),
    d1
      .prepare(
        `INSERT INTO "Session" ("id", "ownerId", "projectId", "number", "kind", "status", "objectives", "startedAt",
           "messageCount", "inputHandoffId", "accountId")
         SELECT ?, p."ownerId", p."id", p."sessionCounter", ?, 'ACTIVE', ?, ?, 0,
           (SELECT h."id" FROM "Handoff" h WHERE h."projectId" = p."id" ORDER BY h."version" DESC LIMIT 1),
           (SELECT a."id" FROM "Account" a WHERE a."id" = ? AND a."ownerId" = p."ownerId")
         FROM "Project" p WHERE p."id" = ? AND p."ownerId" = ?`,
      )
      .bind(id, input.kind, input.objectives, now, input.accountId, input.projectId, input.ownerId),
  ]);
  return bump?.meta.changes ? id : null;
}
