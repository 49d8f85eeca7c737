import { describe, expect, it } from "vitest";
import { extractUserTurn } from "../src/extract/user.ts";

function found(content: string) {
  const turn = { ordinal: 3, position: 0.4, fromEnd: 5, approvedLater: false, problemPersists: false };
  return extractUserTurn({ ...turn, content, projectOpening: false });
}

// What the user read or saw a moment ago names things but reports the moment, not a finding for later.
describe("the user's report of what they just read or saw", () => {
  it("is no note", () => {
    expect(found("I've read deploy_checklist.md.")).toEqual([]);
    expect(found("I see a new folder `dist-cache` in `web/`.")).toEqual([]);
    expect(found("I'm not sure about `git clean -fdx` on `vendor/`...")).toEqual([]);
    expect(found("I'm just very scared of `git clean -fdx` on `vendor/`...")).toEqual([]);
  });

  it("leaves a statement of fact naming the same things a note", () => {
    expect(found("The `dist-cache` folder in `web/` is where `vite_build` keeps its chunks.")[0]?.kind).toBe("NOTE");
  });
});
