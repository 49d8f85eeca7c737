import { describe, expect, it } from "vitest";
import { excerpt, highlight, type Segment, searchTerms } from "./highlight";

const marked = (segments: Segment[]) => segments.filter((s) => s.match).map((s) => s.text);
const joined = (segments: Segment[]) => segments.map((s) => (s.match ? `[${s.text}]` : s.text)).join("");

describe("searchTerms", () => {
  it("reads words like the API: punctuation splits, a trailing * is a prefix, symbols are skipped", () => {
    expect(searchTerms("foo.bar deploy* -- ")).toEqual([
      { stem: "foo", prefix: false },
      { stem: "bar", prefix: false },
      { stem: "deploy", prefix: true },
    ]);
    expect(searchTerms("  ")).toEqual([]);
  });
});

describe("highlight", () => {
  it("marks whole words case-insensitively, with stems and without diacritics", () => {
    const terms = searchTerms("Retrying cafe");
    expect(joined(highlight("We retried the Café; retries work. Retry? Retrospective", terms))).toBe(
      "We [retried] the [Café]; [retries] work. [Retry]? Retrospective",
    );
  });

  it("keeps markup-looking text as plain text segments", () => {
    const segments = highlight("<b>retry</b> & backoff", searchTerms("retry"));
    expect(segments).toEqual([
      { text: "<b>", match: false },
      { text: "retry", match: true },
      { text: "</b> & backoff", match: false },
    ]);
  });

  it("marks prefixes only for a trailing *", () => {
    expect(marked(highlight("token tokenizer", searchTerms("token")))).toEqual(["token"]);
    expect(marked(highlight("token tokenizer", searchTerms("token*")))).toEqual(["token", "tokenizer"]);
  });

  it("returns the text unmarked without terms", () => {
    expect(highlight("plain text", [])).toEqual([{ text: "plain text", match: false }]);
  });
});

describe("excerpt", () => {
  const words = Array.from({ length: 100 }, (_, i) => `w${i}`);

  it("centres on the first match and shows the cuts", () => {
    const content = [...words.slice(0, 50), "Sqlite", ...words.slice(50)].join(" ");
    const text = joined(excerpt(content, searchTerms("sqlite"), 10));
    expect(text).toBe("… w48 w49 [Sqlite] w50 w51 w52 w53 w54 w55 w56 …");
  });

  it("starts at the beginning when nothing in the content matches", () => {
    expect(joined(excerpt("a  b\n\nc d", searchTerms("zzz"), 3))).toBe("a b c …");
    expect(joined(excerpt("short text", [], 10))).toBe("short text");
  });

  it("shows the end in full when the match is near it", () => {
    const content = [...words.slice(0, 20), "match"].join(" ");
    expect(joined(excerpt(content, searchTerms("match"), 5))).toBe("… w16 w17 w18 w19 [match]");
  });
});
