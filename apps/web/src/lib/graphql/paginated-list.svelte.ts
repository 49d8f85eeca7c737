// A list backed by a Relay connection that grows page by page. Components give it a function that fetches
// one page (after a cursor); it keeps the nodes, the loading flags and a friendly error as reactive state.
import type { CombinedError } from "@urql/core";
import { appendPage, type ConnectionLike, type ConnectionState, emptyConnection, firstPage } from "./connection";
import { type DescribeOptions, describeError, type FriendlyError } from "./errors";

export interface PageResult<TNode> {
  /** null when the parent object is gone (e.g. the project was deleted). */
  connection: ConnectionLike<TNode> | null | undefined;
  error: CombinedError | undefined;
}

export type FetchPage<TNode> = (after: string | null) => Promise<PageResult<TNode>>;

export class PaginatedList<TNode extends { id: string }> {
  connection = $state<ConnectionState<TNode>>(emptyConnection());
  /** True until the first page has arrived (or failed): show a skeleton rather than an empty state. */
  initialLoading = $state(true);
  loadingMore = $state(false);
  error = $state<FriendlyError | null>(null);

  // Results of a request started before the latest reload are dropped, so a slow old page cannot
  // land on top of a fresh list.
  #generation = 0;
  readonly #fetchPage: FetchPage<TNode>;
  readonly #describe: DescribeOptions;

  constructor(fetchPage: FetchPage<TNode>, describe: DescribeOptions = {}) {
    this.#fetchPage = fetchPage;
    this.#describe = describe;
  }

  get nodes(): TNode[] {
    return this.connection.nodes;
  }

  /** Fetches the first page again, replacing what is shown (after creating something, or "Try again"). */
  async reload(): Promise<void> {
    const generation = ++this.#generation;
    this.error = null;
    this.loadingMore = false;
    const result = await this.#fetchPage(null);
    if (generation !== this.#generation) return;
    this.initialLoading = false;
    if (result.connection) this.connection = firstPage(result.connection);
    else this.error = describeError(result.error, this.#describe);
  }

  /** The next page, for "Load more" and for incremental rendering of long lists. */
  async loadMore(): Promise<void> {
    if (this.loadingMore || this.initialLoading || !this.connection.hasNextPage) return;
    await this.#append();
  }

  /**
   * Picks up nodes added at the end (a new message, an imported transcript). If pages are still unread the
   * new nodes arrive with them, so only the count is refreshed by the next page load.
   */
  async loadNewer(): Promise<void> {
    if (this.initialLoading || this.loadingMore) return;
    if (!this.connection.endCursor) return this.reload();
    if (!this.connection.hasNextPage) await this.#append();
  }

  async #append(): Promise<void> {
    const generation = this.#generation;
    this.loadingMore = true;
    this.error = null;
    const result = await this.#fetchPage(this.connection.endCursor);
    if (generation !== this.#generation) return;
    this.loadingMore = false;
    if (result.connection) this.connection = appendPage(this.connection, result.connection);
    else this.error = describeError(result.error, this.#describe);
  }
}
