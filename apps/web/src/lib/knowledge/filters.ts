// The knowledge base's filters and their place in the URL (?q=…&category=…&tag=…&project=…), so a filtered view
// can be linked, bookmarked and survives a reload. Unknown or malformed values are dropped, never sent to the API.

export const CATEGORIES = ["PATTERN", "SOLUTION", "TROUBLESHOOTING", "BEST_PRACTICE", "DECISION"] as const;
export type KnowledgeCategory = (typeof CATEGORIES)[number];

export interface KnowledgeFilters {
  /** Full-text search as typed; "" for none. */
  query: string;
  category: KnowledgeCategory | null;
  /** Tags are stored lower-cased (the API does so on save), so filters are too. */
  tag: string | null;
  projectId: string | null;
}

export const NO_FILTERS: KnowledgeFilters = { query: "", category: null, tag: null, projectId: null };

export const isCategory = (value: string | null | undefined): value is KnowledgeCategory =>
  (CATEGORIES as readonly string[]).includes(value ?? "");

const cleanTag = (value: string | null) => value?.trim().toLowerCase() || null;

export function parseFilters(params: URLSearchParams): KnowledgeFilters {
  const category = params.get("category");
  return {
    query: params.get("q")?.trim() ?? "",
    category: isCategory(category) ? category : null,
    tag: cleanTag(params.get("tag")),
    projectId: params.get("project")?.trim() || null,
  };
}

/** "?q=…&category=…" (empty when nothing is filtered); keys in a fixed order so equal filters give equal URLs. */
export function filtersSearch(filters: KnowledgeFilters): string {
  const params = new URLSearchParams();
  if (filters.query.trim()) params.set("q", filters.query.trim());
  if (filters.category) params.set("category", filters.category);
  const tag = cleanTag(filters.tag);
  if (tag) params.set("tag", tag);
  if (filters.projectId) params.set("project", filters.projectId);
  const search = params.toString();
  return search ? `?${search}` : "";
}

export const hasFilters = (filters: KnowledgeFilters) => filtersSearch(filters) !== "";

/** The API's list arguments: an empty search is no search (an empty query would find nothing). */
export function listVariables(filters: KnowledgeFilters) {
  return {
    query: filters.query.trim() || null,
    category: filters.category,
    tag: cleanTag(filters.tag),
  };
}
