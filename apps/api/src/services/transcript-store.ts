// Reads a session's stored conversation back as the engine's messages, overflow chunks re-joined.
import type { TranscriptMessage } from "@baton/engine";

// Rows per query: bounded so a 5,000-message session never builds one huge D1 result.
const PAGE = 1000;

export async function loadSessionMessages(d1: D1Database, sessionId: string): Promise<TranscriptMessage[]> {
  const messages: (TranscriptMessage & { id: string; chunks: number })[] = [];
  for (let from = 0; ; from += PAGE) {
    const { results } = await d1
      .prepare(
        `SELECT "id", "role", "content", "chunks", "createdAt" FROM "Message"
         WHERE "sessionId" = ? AND "ordinal" >= ? ORDER BY "ordinal" LIMIT ?`,
      )
      .bind(sessionId, from, PAGE)
      .all<{
        id: string;
        role: TranscriptMessage["role"];
        content: string;
        chunks: number;
        createdAt: string | null;
      }>();
    for (const row of results) {
      messages.push({
        id: row.id,
        role: row.role,
        content: row.content,
        chunks: row.chunks,
        createdAt: row.createdAt ?? undefined,
      });
    }
    if (results.length < PAGE) break;
  }
  if (messages.some((m) => m.chunks > 0)) {
    const { results } = await d1
      .prepare(
        `SELECT c."messageId", c."content" FROM "MessageChunk" c JOIN "Message" m ON m."id" = c."messageId"
         WHERE m."sessionId" = ? ORDER BY c."messageId", c."seq"`,
      )
      .bind(sessionId)
      .all<{ messageId: string; content: string }>();
    const rest = new Map<string, string>();
    for (const row of results) rest.set(row.messageId, (rest.get(row.messageId) ?? "") + row.content);
    for (const m of messages) if (m.chunks) m.content += rest.get(m.id) ?? "";
  }
  return messages.map(({ role, content, createdAt }) => (createdAt ? { role, content, createdAt } : { role, content }));
}
