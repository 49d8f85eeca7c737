import { describe, expect, it } from "vitest";
import { standsAlone } from "../src/extract/classify.ts";
import { readRemark } from "../src/extract/read-remark.ts";

// "This cache should expire hourly" names what the rule is about (the noun after the demonstrative);
// "this should work" leans on the turn before and says nothing to a later reader.
describe("rules opened by a demonstrative and a noun", () => {
  it("stand alone without distinctive terms", () => {
    expect(standsAlone("This helper should live in the shared utilities folder.", 0)).toBe(true);
    expect(standsAlone("Those banners must never cover the checkout button.", 0)).toBe(true);
    expect(readRemark("This validation should happen on the server, not in the form.", true, false)?.kind).toBe(
      "CONSTRAINT",
    );
  });

  it("still lean on the conversation when the demonstrative is a bare pronoun", () => {
    expect(standsAlone("This should be enough for the demo tomorrow.", 0)).toBe(false);
    expect(standsAlone("That is not what I asked for in the first place.", 0)).toBe(false);
    expect(standsAlone("This way we should be able to ship it tomorrow.", 0)).toBe(false);
  });
});
