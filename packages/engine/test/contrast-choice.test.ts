import { describe, expect, it } from "vitest";
import { readRemark } from "../src/extract/read-remark.ts";

// "Not X, rather by Y" weighs two ways of doing something and picks one: a choice that outlives the request.
describe("a request that contrasts two ways", () => {
  it("is a decision", () => {
    const reading = readRemark(
      "i want to check the import rules, but not by hand, rather by running the linter in CI",
      true,
      false,
    );
    expect(reading?.kind).toBe("DECISION");
    expect(readRemark("Store the drafts not in cookies but rather using the browser database", true, false)?.kind).toBe(
      "DECISION",
    );
  });

  it("leaves a plain request and a hedged explanation alone", () => {
    expect(readRemark("i want to check the import rules by running the linter", true, false)?.kind).toBe("TASK");
    expect(
      readRemark("The slowdown is not in the parser but rather in the renderer's layout pass", true, false)?.kind,
    ).not.toBe("DECISION");
  });
});
