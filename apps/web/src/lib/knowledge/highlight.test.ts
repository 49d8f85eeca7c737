import { describe, expect, it } from "vitest";
import { excerpt, markedSegments, plainSegments, segmentsText } from "./highlight";

describe("markedSegments", () => {
  it("turns the API's marks into matched segments and its escapes back into text", () => {
    expect(
      markedSegments("Keep &lt;b&gt;shared&lt;/b&gt; &amp; <mark>deploying</mark> it&#39;s &quot;ok&quot;"),
    ).toEqual([
      { text: "Keep <b>shared</b> & ", match: false },
      { text: "deploying", match: true },
      { text: ` it's "ok"`, match: false },
    ]);
  });

  it("keeps adjacent and leading matches apart, and text after the last one", () => {
    expect(markedSegments("<mark>Retry</mark> <mark>D1</mark>…")).toEqual([
      { text: "Retry", match: true },
      { text: " ", match: false },
      { text: "D1", match: true },
      { text: "…", match: false },
    ]);
  });

  it("unescapes once: an entity someone typed stays as typed", () => {
    expect(segmentsText(markedSegments("&amp;lt;b&amp;gt; &amp;amp;"))).toBe("&lt;b&gt; &amp;");
  });

  it("never reads other markup as marks: an unpaired or foreign tag is plain text", () => {
    expect(markedSegments("<mark>open <b>bold</b>")).toEqual([{ text: "<mark>open <b>bold</b>", match: false }]);
    expect(markedSegments("<MARK>x</MARK>")).toEqual([{ text: "<MARK>x</MARK>", match: false }]);
    expect(markedSegments("")).toEqual([]);
  });
});

describe("excerpt", () => {
  const words = Array.from({ length: 40 }, (_, i) => `w${i}`).join(" ");

  it("is the beginning on one line, cut with …", () => {
    expect(excerpt("a  b\n\nc d", 3)).toBe("a b c …");
    expect(excerpt(words)).toBe(`${words.split(" ").slice(0, 32).join(" ")} …`);
  });

  it("shows short content whole", () => {
    expect(excerpt("short text", 10)).toBe("short text");
    expect(plainSegments("short text")).toEqual([{ text: "short text", match: false }]);
    expect(plainSegments("")).toEqual([]);
  });
});
