import { describe, expect, it } from "vitest";
import { parseTranscript } from "../../src/parse/index.ts";
import { contentsOf, readFixture, roles } from "./helpers.ts";

describe("AIDER parser", () => {
  const result = parseTranscript(readFixture("aider-history.txt"), "AIDER");

  it("starts a session at every '# aider chat started at' header, dated on its first message", () => {
    expect(result.sessionStarts).toEqual([0, 6]);
    expect(result.messages[0]?.createdAt).toBe("2025-11-04T14:22:20");
    expect(result.messages[6]?.createdAt).toBe("2025-11-04T14:37:19");
    expect(result.messages[1]?.createdAt).toBeUndefined();
  });

  it("makes #### lines USER messages without the marker or trailing spaces", () => {
    const users = contentsOf(result, "USER");
    expect(users.slice(0, 2)).toEqual(["/load aider_adds", "add an empty NLog.config file"]);
    // aider echoes "/ask X" as a second input "X"; a blank line separates the two.
    expect(users.slice(2, 4)).toEqual(["/ask what is a cafe latte?", "what is a cafe latte?"]);
  });

  it("makes '> ' lines TOOL and the rest ASSISTANT", () => {
    expect(roles(result).slice(0, 6)).toEqual(["TOOL", "USER", "TOOL", "USER", "ASSISTANT", "TOOL"]);
    expect(result.messages[2]?.content.startsWith("Executing: /drop\n")).toBe(true);
    expect(result.messages[4]?.content).toContain("<<<<<<< SEARCH");
    expect(result.messages[5]?.content).toContain("Commit 6bc7616 chore: add empty NLog.config file");
  });

  it("joins consecutive #### lines into one message, keeping blank lines written as '####'", () => {
    const text = "#### first line  \n####   \n#### third line  \n\nReply.\n";
    const parsed = parseTranscript(text, "AIDER");
    expect(parsed.messages[0]).toEqual({ role: "USER", content: "first line\n\nthird line" });
    expect(parsed.messages[1]).toEqual({ role: "ASSISTANT", content: "Reply." });
  });

  it("keeps '> ' lines inside a fenced block of the reply in the reply", () => {
    const text = "#### quote it\n\nHere:\n```\n> quoted line\n```\nDone.\n\n> Tokens: 1k sent, 10 received.\n";
    const parsed = parseTranscript(text, "AIDER");
    expect(roles(parsed)).toEqual(["USER", "ASSISTANT", "TOOL"]);
    expect(parsed.messages[1]?.content).toBe("Here:\n```\n> quoted line\n```\nDone.");
  });
});
