import { describe, expect, it } from "vitest";
import { readRemark } from "../src/extract/read-remark.ts";
import { respellCues } from "../src/text/respell.ts";

// Users type fast and leave the typos in words that carry no content; the cues they type still mean the same.
describe("mistyped cue words", () => {
  it("are restored: a doubled letter, a struck letter, two neighbours swapped", () => {
    expect(respellCues("Pleare check the `cron.yaml`")).toBe("Please check the `cron.yaml`");
    expect(respellCues("you shoudl alwways rebase first")).toBe("you should always rebase first");
    expect(respellCues("I'm affraid of that")).toBe("I'm afraid of that");
  });

  it("leave words of their own alone", () => {
    expect(respellCues("a sacred fever, pleased and alway")).toBe("a sacred fever, pleased and alway");
  });

  it("let a mistyped request read as one", () => {
    expect(readRemark("Pleare review the `docs/setup.md` and list what is outdated in it", false, false)?.kind).toBe(
      "TASK",
    );
    expect(readRemark("you shoudl alwways run `make lint` before a commit", false, false)?.kind).toBe("CONSTRAINT");
  });
});
