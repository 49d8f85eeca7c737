import { describe, expect, it } from "vitest";
import { filtersSearch, hasFilters, listVariables, NO_FILTERS, parseFilters } from "./filters";

const parse = (search: string) => parseFilters(new URLSearchParams(search));

describe("knowledge filters in the URL", () => {
  it("reads every filter", () => {
    expect(parse("?q=retry%20backoff&category=SOLUTION&tag=Network&project=UHJvamVjdDox")).toEqual({
      query: "retry backoff",
      category: "SOLUTION",
      tag: "network",
      projectId: "UHJvamVjdDox",
    });
  });

  it("drops unknown categories and blank values", () => {
    expect(parse("?category=GOSSIP&tag=%20%20&project=&q=%20")).toEqual(NO_FILTERS);
  });

  it("writes only what is set, in a fixed order, and reads back the same filters", () => {
    const filters = { query: " cache & co ", category: "PATTERN" as const, tag: "perf", projectId: "p1" };
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
