// The product's sections, in navigation order.
export interface NavItem {
  href: string;
  label: string;
  /** Other paths that belong to this section, for highlighting. */
  matches: string[];
}

export const NAV_ITEMS: NavItem[] = [
  { href: "/dashboard", label: "Dashboard", matches: ["/projects", "/sessions"] },
  { href: "/handoff", label: "AI Handoff", matches: [] },
  { href: "/knowledge", label: "Knowledge", matches: [] },
  { href: "/analytics", label: "Analytics", matches: [] },
  { href: "/settings", label: "Settings", matches: [] },
];

export function isCurrent(item: NavItem, pathname: string): boolean {
  return [item.href, ...item.matches].some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}
