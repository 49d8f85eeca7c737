import { describe, expect, it } from "vitest";
import { futileAttemptCandidates } from "../src/extract/futile-attempts.ts";
import { assistant, chat, tool, user } from "./helpers.ts";

const quota = (n: number) => tool(`Sent ${n} bytes.\nUpload rejected: storage quota limit exceeded (${n} of 5000 MB)`);

// A command the user runs against an error, followed by the very same error, did not fix it: a dead end.
describe("attempts the same error outlived", () => {
  it("are dead ends naming the attempt and the error", () => {
    const found = futileAttemptCandidates(
      chat(
        user("sync the photos"),
        quota(5120),
        user("/purge thumbnails"),
        tool("Purged."),
        user("again"),
        quota(5119),
      ),
    );
    expect(found.map((c) => c.kind)).toEqual(["DEAD_END"]);
    expect(found[0]?.text).toContain("/purge thumbnails");
    expect(found[0]?.text).toContain("quota limit exceeded");
  });

  it("are not dead ends when the error went away or changed", () => {
    const answered = assistant(`Synced all photos. ${"The album is complete and every file arrived. ".repeat(5)}`);
    expect(futileAttemptCandidates(chat(quota(5120), user("/purge thumbnails"), answered, quota(5119)))).toEqual([]);
    const other = tool("Upload failed: connection timed out after 30 s");
    expect(futileAttemptCandidates(chat(quota(5120), user("/purge thumbnails"), other))).toEqual([]);
  });

  it("need a command: a plain question between two errors is no attempt", () => {
    expect(futileAttemptCandidates(chat(quota(5120), user("why does this happen?"), quota(5119)))).toEqual([]);
  });
});
