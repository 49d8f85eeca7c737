import { describe, expect, it } from "vitest";
import { extractTerms } from "../src/text/terms.ts";

const terms = (text: string) => extractTerms(text).map((t) => t.text);

// Words with accented letters ("přehled/výdejky", "réservé/annulé") are words, not paths: no term is cut out of them.
describe("accented words around a slash", () => {
  it("yield no path cut from inside a word", () => {
    const found = terms(
      "The export follows the format for issued notes (výdejky/faktury) and reports (réservé/annulé).",
    );
    expect(found.some((t) => t.includes("/"))).toBe(false);
  });

  it("leave real paths next to them alone", () => {
    expect(terms("výdejky go to exports/cz/notes.xml")).toContain("exports/cz/notes.xml");
  });
});
