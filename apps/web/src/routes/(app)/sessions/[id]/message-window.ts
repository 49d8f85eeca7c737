// Which pages of a long message list are rendered: those on or near the screen, plus one spare page on each
// side so that scrolling never reaches a gap. The rest stand in as empty blocks of their measured height,
// so a session of thousands of messages keeps a few hundred in the DOM however far the reader scrolls.

export interface PageWindow {
  /** First rendered page (inclusive). */
  start: number;
  /** Last rendered page (inclusive). */
  end: number;
}

export function pageWindow(visible: Iterable<number>, pageCount: number, spare = 1): PageWindow {
  if (pageCount <= 0) return { start: 0, end: -1 };
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const page of visible) {
    if (page < 0 || page >= pageCount) continue;
    low = Math.min(low, page);
    high = Math.max(high, page);
  }
  // Nothing on screen yet (first render, or the list is scrolled out of view): the top of the list.
  if (low === Number.POSITIVE_INFINITY) return { start: 0, end: Math.min(pageCount - 1, spare) };
  return { start: Math.max(0, low - spare), end: Math.min(pageCount - 1, high + spare) };
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages;
}
