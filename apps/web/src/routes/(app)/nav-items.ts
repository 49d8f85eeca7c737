// The product's sections, in navigation order. Sections not built yet (Projects, AI Handoff, Knowledge,
// Analytics, Settings) get their entry here when their route exists, so the nav never links to nothing.
export interface NavItem {
  href: string;
  label: string;
  /** Other paths that belong to this section, for highlighting. */
  matches: string[];
}

export const NAV_ITEMS: NavItem[] = [{ href: "/dashboard", label: "Dashboard", matches: ["/projects", "/sessions"] }];

export function isCurrent(item: NavItem, pathname: string): boolean {
  return [item.href, ...item.matches].some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}
