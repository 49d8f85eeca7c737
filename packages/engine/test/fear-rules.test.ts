import { describe, expect, it } from "vitest";
import { readRemark } from "../src/extract/read-remark.ts";

// A user afraid of what the agent may do ("I'm scared of letting you run `git reset --hard`") sets a limit on it:
// a rule for every later session, not a feeling of the moment.
describe("the user's fear of what the agent does", () => {
  it("is a rule", () => {
    expect(readRemark("I'm really scared of letting you run `git reset --hard` on `main`", false, false)?.kind).toBe(
      "CONSTRAINT",
    );
    expect(readRemark("I am just very nervous to let you touch `deploy.sh`...", false, false)?.kind).toBe("CONSTRAINT");
  });

  it("leaves a feeling about something else alone", () => {
    expect(readRemark("I'm scared of the `legacy/` folder", false, false)?.kind).not.toBe("CONSTRAINT");
  });
});
