import { describe, expect, it } from "vitest";
import { filtersSearch, hasFilters, listScope, listVariables, NO_FILTERS, parseFilters } from "./filters";

const parse = (search: string) => parseFilters(new URLSearchParams(search));

describe("knowledge filters in the URL", () => {
  it("reads every filter", () => {
    expect(parse("?q=retry%20backoff&category=SOLUTION&tag=Network&project=UHJvamVjdDox")).toEqual({
      query: "retry backoff",
      category: "SOLUTION",
      tag: "network",
      projectId: "UHJvamVjdDox",
      globalOnly: false,
    });
  });

  it("reads and writes the global-only filter as project=global, never with a project", () => {
    expect(parse("?project=global")).toEqual({ ...NO_FILTERS, globalOnly: true });
    expect(filtersSearch({ ...NO_FILTERS, globalOnly: true })).toBe("?project=global");
    expect(filtersSearch({ ...NO_FILTERS, globalOnly: true, projectId: "p1" })).toBe("?project=p1");
    expect(hasFilters({ ...NO_FILTERS, globalOnly: true })).toBe(true);
    expect(listScope(parse("?project=global"))).toBe("GLOBAL");
    expect(listScope(parse("?project=p1"))).toBe("ALL");
  });

  it("drops unknown categories and blank values", () => {
    expect(parse("?category=GOSSIP&tag=%20%20&project=&q=%20")).toEqual(NO_FILTERS);
  });

  it("writes only what is set, in a fixed order, and reads back the same filters", () => {
    const filters = {
      query: " cache & co ",
      category: "PATTERN" as const,
      tag: "perf",
      projectId: "p1",
      globalOnly: false,
    };
    const search = filtersSearch(filters);
    expect(search).toBe("?q=cache+%26+co&category=PATTERN&tag=perf&project=p1");
    expect(parse(search)).toEqual({ ...filters, query: "cache & co" });
    expect(filtersSearch({ ...NO_FILTERS, tag: "perf" })).toBe("?tag=perf");
  });

  it("is empty without filters", () => {
    expect(filtersSearch(NO_FILTERS)).toBe("");
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, query: "x" })).toBe(true);
  });

  it("sends no empty search to the API", () => {
    expect(listVariables({ ...NO_FILTERS, query: "  " })).toEqual({ query: null, category: null, tag: null });
    expect(listVariables({ ...NO_FILTERS, query: " d1 ", tag: " Perf " })).toMatchObject({ query: "d1", tag: "perf" });
  });
});
