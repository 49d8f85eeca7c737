// Stable item ids: derived from the item's first appearance, so replaying the same sessions gives the
// same ids, and never recomputed afterwards (an edited item keeps its id).

/** FNV-1a, 32 bit: tiny, fast and available in every runtime. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function itemId(kind: string, normalizedText: string, session: number, taken: ReadonlySet<string>): string {
  const base = `${kind.slice(0, 3).toLowerCase()}_${session.toString(36)}_${fnv1a(`${kind}|${normalizedText}`).toString(36)}`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base}_${n}`;
    if (!taken.has(id)) return id;
  }
}
