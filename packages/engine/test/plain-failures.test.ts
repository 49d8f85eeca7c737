import { describe, expect, it } from "vitest";
import { readRemark } from "../src/extract/read-remark.ts";
import { extractSession } from "../src/extract/session.ts";
import { assistant, chat, user } from "./helpers.ts";

// Users report what they see, not error codes: a failure in plain words is a blocker even when it names nothing.
describe("problems said in plain words", () => {
  it("are blockers without any names in them", () => {
    expect(readRemark("I still cant log in on my phone after the update.", true, false)?.kind).toBe("BLOCKER");
    expect(readRemark("When I save the draft, the whole list disappeared.", true, false)?.kind).toBe("BLOCKER");
    expect(readRemark("The upload button does not respond on the tablet.", true, false)?.kind).toBe("BLOCKER");
  });

  it("are blockers inside a request, which is done once while the problem may stay", () => {
    const reading = readRemark("Print the raw token in the console, my reader app cant scan the badge.", true, false);
    expect(reading?.kind).toBe("BLOCKER");
  });

  it("stay requests or rules when nothing failed", () => {
    expect(readRemark("Add a dark theme toggle to the settings page.", true, false)?.kind).toBe("TASK");
    expect(readRemark("Don't open a new tab for the preview window.", true, false)?.kind).toBe("CONSTRAINT");
    expect(readRemark("The export does not need a progress bar at all.", true, false)?.kind).not.toBe("BLOCKER");
  });

  it("are not reopened once the user says it works", () => {
    expect(readRemark("The login page loads fine and works now after the fix.", true, false)?.kind).not.toBe("BLOCKER");
  });

  it("stay open when reported at the end of a session", () => {
    const found = extractSession(
      chat(
        user("Please add a share button to the recipe page."),
        assistant("Added the share button."),
        user("When I tap it on my phone nothing happens and the page freezes."),
      ),
      { opensProject: false },
    ).filter((c) => c.kind === "BLOCKER");
    expect(found.map((c) => [c.status, c.text])).toEqual([
      ["OPEN", "When I tap it on my phone nothing happens and the page freezes."],
    ]);
  });
});
