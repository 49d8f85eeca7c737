import { describe, expect, it } from "vitest";
import { appendPage, emptyConnection, firstPage } from "./connection";

const page = (ids: string[], hasNextPage: boolean, totalCount = 10) => ({
  edges: ids.map((id) => ({ cursor: `c-${id}`, node: { id } })),
  pageInfo: { hasNextPage, endCursor: ids.length > 0 ? `c-${ids.at(-1)}` : null },
  totalCount,
});

describe("connection pages", () => {
  it("starts empty", () => {
    expect(emptyConnection()).toEqual({ nodes: [], hasNextPage: false, endCursor: null, totalCount: 0 });
  });

  it("flattens the first page", () => {
    const state = firstPage(page(["a", "b"], true));
    expect(state.nodes.map((node) => node.id)).toEqual(["a", "b"]);
    expect(state).toMatchObject({ hasNextPage: true, endCursor: "c-b", totalCount: 10 });
  });

  it("appends later pages in order and skips nodes already shown", () => {
    const state = appendPage(firstPage(page(["a", "b"], true)), page(["b", "c"], false, 3));
    expect(state.nodes.map((node) => node.id)).toEqual(["a", "b", "c"]);
    expect(state).toMatchObject({ hasNextPage: false, endCursor: "c-c", totalCount: 3 });
  });

  it("keeps its cursor when a page comes back empty", () => {
    const before = firstPage(page(["a"], false, 1));
    const after = appendPage(before, page([], false, 1));
    expect(after.endCursor).toBe("c-a");
    expect(after.nodes).toBe(before.nodes);
  });
});
