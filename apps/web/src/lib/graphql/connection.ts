// Relay connections, flattened for rendering and grown page by page ("load more", incremental messages).

export interface PageInfoLike {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface ConnectionLike<TNode> {
  edges: readonly { cursor: string; node: TNode }[];
  pageInfo: PageInfoLike;
  totalCount: number;
}

export interface ConnectionState<TNode> {
  nodes: TNode[];
  hasNextPage: boolean;
  /** Cursor after the last loaded node: where the next page (or newly added nodes) starts. */
  endCursor: string | null;
  totalCount: number;
}

export function emptyConnection<TNode>(): ConnectionState<TNode> {
  return { nodes: [], hasNextPage: false, endCursor: null, totalCount: 0 };
}

export function firstPage<TNode extends { id: string }>(page: ConnectionLike<TNode>): ConnectionState<TNode> {
  return appendPage(emptyConnection<TNode>(), page);
}

/**
 * Adds the page's nodes after the loaded ones. Nodes already present are skipped (a node can shift into the
 * next page when others are inserted before it). An empty page keeps the old cursor: Relay reports a null
 * endCursor for it, and losing ours would restart the next fetch from the beginning.
 */
export function appendPage<TNode extends { id: string }>(
  state: ConnectionState<TNode>,
  page: ConnectionLike<TNode>,
): ConnectionState<TNode> {
  const seen = new Set(state.nodes.map((node) => node.id));
  const added = page.edges.map((edge) => edge.node).filter((node) => !seen.has(node.id));
  return {
    nodes: added.length > 0 ? [...state.nodes, ...added] : state.nodes,
    hasNextPage: page.pageInfo.hasNextPage,
    endCursor: page.pageInfo.endCursor ?? state.endCursor,
    totalCount: page.totalCount,
  };
}
