import { describe, expect, it } from "vitest";
import { CONTENT_MAX, entryInput, formatTags, parseTags, TITLE_MAX, validateEntryFields } from "./entry-form";

const valid = {
  title: "Retry D1 writes",
  content: "Wrap batch() in a retry.",
  category: "SOLUTION",
  tags: "d1, retry",
};
const fieldOf = (fields: Partial<typeof valid>) => validateEntryFields({ ...valid, ...fields })?.field ?? null;

describe("knowledge entry form", () => {
  it("accepts a complete entry", () => {
    expect(validateEntryFields(valid)).toBeNull();
  });

  it("blames the field that is wrong", () => {
    expect(fieldOf({ title: "   " })).toBe("title");
    expect(fieldOf({ title: "x".repeat(TITLE_MAX + 1) })).toBe("title");
    expect(fieldOf({ content: "\n" })).toBe("content");
    expect(fieldOf({ content: "x".repeat(CONTENT_MAX + 1) })).toBe("content");
    expect(fieldOf({ category: "" })).toBe("category");
    expect(fieldOf({ category: "GOSSIP" })).toBe("category");
    expect(fieldOf({ tags: Array.from({ length: 21 }, (_, i) => `t${i}`).join(",") })).toBe("tags");
    expect(fieldOf({ tags: `ok, ${"y".repeat(51)}` })).toBe("tags");
  });

  it("explains in a sentence", () => {
    expect(validateEntryFields({ ...valid, category: "" })?.message).toBe("Choose a category.");
  });

  it("reads tags like the API stores them: trimmed, lower-case, no duplicates or blanks", () => {
    expect(parseTags(" React, state ,react,,\nSSR ")).toEqual(["react", "state", "ssr"]);
    expect(parseTags("")).toEqual([]);
    expect(formatTags(["a", "b"])).toBe("a, b");
  });

  it("sends trimmed values", () => {
    expect(entryInput({ ...valid, title: "  T  ", content: " C ", tags: "A, a" })).toEqual({
      title: "T",
      content: "C",
      category: "SOLUTION",
      tags: ["a"],
    });
  });
});
