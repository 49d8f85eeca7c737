import { CombinedError } from "@urql/core";
import { describe, expect, it, vi } from "vitest";
import type { ConnectionLike } from "./connection";
import { type PageResult, PaginatedList } from "./paginated-list.svelte";

type Node = { id: string };

/** A fake API holding `ids`, answering pages of `size` after a cursor (the cursor is the node's id). */
function pagedApi(ids: string[], size = 2) {
  const calls: (string | null)[] = [];
  const fetchPage = async (after: string | null): Promise<PageResult<Node>> => {
    calls.push(after);
    const start = after === null ? 0 : ids.indexOf(after) + 1;
    const slice = ids.slice(start, start + size);
    const connection: ConnectionLike<Node> = {
      edges: slice.map((id) => ({ cursor: id, node: { id } })),
      pageInfo: { hasNextPage: start + size < ids.length, endCursor: slice.at(-1) ?? null },
      totalCount: ids.length,
    };
    return { connection, error: undefined };
  };
  return { fetchPage, calls };
}

const ids = (list: PaginatedList<Node>) => list.nodes.map((node) => node.id);

describe("PaginatedList", () => {
  it("loads the first page, then more until the end", async () => {
    const api = pagedApi(["a", "b", "c"]);
    const list = new PaginatedList(api.fetchPage);
    expect(list.initialLoading).toBe(true);
    await list.reload();
    expect(ids(list)).toEqual(["a", "b"]);
    expect(list.connection.hasNextPage).toBe(true);
    await list.loadMore();
    expect(ids(list)).toEqual(["a", "b", "c"]);
    await list.loadMore();
    expect(api.calls).toEqual([null, "b"]);
  });

  it("picks up nodes added at the end once everything is loaded", async () => {
    const data = ["a"];
    const api = pagedApi(data);
    const list = new PaginatedList(api.fetchPage);
    await list.reload();
    data.push("b");
    await list.loadNewer();
    expect(ids(list)).toEqual(["a", "b"]);
    expect(list.connection.totalCount).toBe(2);
  });

  it("leaves new nodes to later pages while pages are unread", async () => {
    const api = pagedApi(["a", "b", "c"]);
    const list = new PaginatedList(api.fetchPage);
    await list.reload();
    await list.loadNewer();
    expect(api.calls).toEqual([null]);
  });

  it("drops a page that arrives after a reload", async () => {
    const api = pagedApi(["a", "b", "c"]);
    let release: () => void = () => {};
    const slow = vi.fn(async (after: string | null) => {
      if (after !== null) await new Promise<void>((resolve) => (release = resolve));
      return api.fetchPage(after);
    });
    const list = new PaginatedList(slow);
    await list.reload();
    const pending = list.loadMore();
    await list.reload();
    release();
    await pending;
    expect(ids(list)).toEqual(["a", "b"]);
  });

  it("describes failures in words", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const error = new CombinedError({ networkError: new TypeError("Failed to fetch") });
    const list = new PaginatedList<Node>(async () => ({ connection: undefined, error }));
    await list.reload();
    expect(list.initialLoading).toBe(false);
    expect(list.error?.message).toMatch(/can't reach/);
  });
});
