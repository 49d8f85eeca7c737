import { keyOf } from "../extract/paths.ts";
import type { LedgerItem } from "../types.ts";

// A key file the session deleted is no key file any more: listing it would send the next session looking for
// a file that is gone (a legacy setup script removed in a migration, a stray file cleaned up). Its item is
// superseded, not dropped, so the ledger still says it existed; a file deleted and written again in one
// session counts by its last change, which touched.ts already reports.

function samePath(key: string, deleted: string): boolean {
  return key === deleted || key.endsWith(`/${deleted}`) || deleted.endsWith(`/${key}`);
}

/** Supersedes the open FILE items whose path is among `deleted` (paths as touched.ts reports them). */
export function retireDeleted(items: LedgerItem[], deleted: readonly string[], session: number): string[] {
  if (deleted.length === 0) return [];
  const gone = deleted.map(keyOf);
  const closed: string[] = [];
  for (const item of items) {
    if (item.kind !== "FILE" || item.status !== "OPEN" || item.pinned || item.edited) continue;
    const key = item.keys[0];
    if (!key || !gone.some((p) => samePath(key, p))) continue;
    item.status = "SUPERSEDED";
    item.statusSession = session;
    closed.push(item.id);
  }
  return closed;
}
