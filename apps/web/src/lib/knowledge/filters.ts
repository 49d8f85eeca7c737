// The knowledge base's filters and their place in the URL (?q=…&category=…&tag=…&project=<id>|global), so a filtered view
// can be linked, bookmarked and survives a reload. Unknown or malformed values are dropped, never sent to the API.

export const CATEGORIES = ["PATTERN", "SOLUTION", "TROUBLESHOOTING", "BEST_PRACTICE", "DECISION"] as const;
export type KnowledgeCategory = (typeof CATEGORIES)[number];

export interface KnowledgeFilters {
  /** Full-text search as typed; "" for none. */
  query: string;
  category: KnowledgeCategory | null;
  /** Tags are stored lower-cased (the API does so on save), so filters are too. */
  tag: string | null;
  /** One project's own entries. */
  projectId: string | null;
  /** Only the entries of no project (never with projectId). */
  globalOnly: boolean;
}

export const NO_FILTERS: KnowledgeFilters = {
  query: "",
  category: null,
  tag: null,
  projectId: null,
  globalOnly: false,
};

/** The URL's `project` value for global entries only (project ids are base64, never this). */
export const GLOBAL_ONLY = "global";

export const isCategory = (value: string | null | undefined): value is KnowledgeCategory =>
  (CATEGORIES as readonly string[]).includes(value ?? "");

const cleanTag = (value: string | null) => value?.trim().toLowerCase() || null;

export function parseFilters(params: URLSearchParams): KnowledgeFilters {
  const category = params.get("category");
  const project = params.get("project")?.trim() || null;
  return {
    query: params.get("q")?.trim() ?? "",
    category: isCategory(category) ? category : null,
    tag: cleanTag(params.get("tag")),
    projectId: project === GLOBAL_ONLY ? null : project,
    globalOnly: project === GLOBAL_ONLY,
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
  else if (filters.globalOnly) params.set("project", GLOBAL_ONLY);
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

/** The root list's scope: global entries only, or all of them (a project's own entries come from the project). */
export const listScope = (filters: KnowledgeFilters) => (filters.globalOnly ? ("GLOBAL" as const) : ("ALL" as const));
