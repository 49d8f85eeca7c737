import { describe, expect, it } from "vitest";
import { classifySentence } from "../src/extract/classify.ts";

// "Decision" names a choice made, but "make a decision" speaks of one still to make.
describe("the word 'decision'", () => {
  it("marks a decision taken", () => {
    expect(classifySentence("Decision: the importer keeps `csv.DictReader` for now", "USER", 2)).toBe("DECISION");
    expect(classifySentence("Our decision is to ship the `v2` schema first", "USER", 1)).toBe("DECISION");
  });

  it("does not mark one still to make", () => {
    expect(classifySentence("Once I see the numbers I'll make a more informed decision.", "USER", 0)).toBeNull();
    expect(classifySentence("We need to reach a final decision on the `v2` schema", "USER", 1)).not.toBe("DECISION");
  });
});

// "Let's try X" picks a way to try; "let's try to <do something>" only sets out to do it.
describe("'let's try'", () => {
  it("is a decision when it names what to try", () => {
    expect(classifySentence("Let's try `SQLite` for the job queue", "USER", 3)).toBe("DECISION");
  });

  it("is none when it sets out to do something", () => {
    expect(classifySentence("Let's try to get back to the export screen.", "USER", 0)).not.toBe("DECISION");
  });
});
