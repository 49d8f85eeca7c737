import { describe, expect, it } from "vitest";
import { extractTerms, termKeys } from "../src/text/terms.ts";

const texts = (text: string) => extractTerms(text).map((t) => t.text);

describe("distinctive terms", () => {
  it("take an e-mail address whole, as a strong term, not only its domain", () => {
    const terms = extractTerms("Send the report to ana.lopez+ops@example.co.uk when it is done");
    expect(terms[0]).toEqual({ text: "ana.lopez+ops@example.co.uk", weight: 3 });
    expect(termKeys(terms)[0]).toBe("ana.lopez+ops@example.co.uk");
  });

  it("do not take fractions, units or shorthand around a slash for paths", () => {
    const terms = texts("3/3 specs pass, 40/40 overall, upload at 900 KiB/s, owner n/a, with and/or without");
    expect(terms.filter((term) => term.includes("/"))).toEqual([]);
  });

  it("still take paths of two words", () => {
    expect(texts("the code lives in src/importer and docs/setup")).toEqual(["src/importer", "docs/setup"]);
  });

  it("do not count words shouted for emphasis as acronyms", () => {
    expect(texts("Do NOT merge it YET, and ALWAYS run the suite first")).toEqual([]);
    expect(texts("the CRDT merge and the IBAN check")).toEqual(["CRDT", "IBAN"]);
  });
});

// A named product at a version pins what the bare number only hints at.
describe("a product named with its version", () => {
  it("is a key as a pair", () => {
    expect(termKeys(extractTerms("We build the images on Debian 12.4 with Ruby 3.3 installed"))).toEqual([
      "debian 12.4",
      "ruby 3.3",
    ]);
  });

  it("leaves a bare two-part number weak", () => {
    expect(termKeys(extractTerms("the ratio went from 0.5 to 3.3 overnight"))).toEqual([]);
  });
});
