import { describe, expect, it } from "vitest";
import { chunk, pageWindow } from "./message-window";

describe("pageWindow", () => {
  it("renders the visible pages and one spare on each side", () => {
    expect(pageWindow([7], 50)).toEqual({ start: 6, end: 8 });
    expect(pageWindow([7, 8], 50)).toEqual({ start: 6, end: 9 });
  });

  it("stays inside the list at both ends", () => {
    expect(pageWindow([0], 50)).toEqual({ start: 0, end: 1 });
    expect(pageWindow([49], 50)).toEqual({ start: 48, end: 49 });
    expect(pageWindow([3, 99], 5)).toEqual({ start: 2, end: 4 });
  });

  it("shows the top of the list when nothing is on screen", () => {
    expect(pageWindow([], 50)).toEqual({ start: 0, end: 1 });
    expect(pageWindow([], 1)).toEqual({ start: 0, end: 0 });
    expect(pageWindow([], 0)).toEqual({ start: 0, end: -1 });
  });

  it("keeps the rendered count bounded however long the list is", () => {
    const { start, end } = pageWindow([25, 26], 5_000);
    expect(end - start + 1).toBe(4);
  });
});

describe("chunk", () => {
  it("splits into pages, the last one shorter", () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 2)).toEqual([]);
  });
});
