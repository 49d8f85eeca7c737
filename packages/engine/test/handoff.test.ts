import { describe, expect, it } from "vitest";
import { buildHandoffWith } from "../src/handoff.ts";
import { byteCounter } from "../src/render/tokens.ts";
import type { LedgerItem } from "../src/types.ts";

// Two sessions of one project as the API runs them: the first ends on a build error (also typed into the
// session record), the second fixes it. One blocker, closed, and no new one for the user's "let's fix it".
const SESSION_1 = `User: We are building notesync, a CLI that syncs markdown notes between machines. Use TypeScript and Node 22.
Assistant: I created src/cli.ts and src/sync.ts. Run it with \`pnpm dev sync\`.
User: We decided to use rsync over SSH instead of a custom protocol. Never store passwords in the config file.
Assistant: Done. The tests run with \`pnpm test\`. Next step: add conflict detection in src/conflicts.ts.
User: The build fails with "TS2307: Cannot find module './sync.js'" — leave it for next time.`;

const SESSION_2 = `User: Let's fix the TS2307 error first.
Assistant: Fixed the TS2307 error by switching moduleResolution to NodeNext; the build passes now.
User: Good. Now add conflict detection in src/conflicts.ts with a three-way merge.
Assistant: Added src/conflicts.ts. TODO: write tests for the merge in test/conflicts.test.ts.`;

const project = { name: "notesync" };
const blockersAbout = (items: LedgerItem[], code: string) =>
  items.filter((i) => i.kind === "BLOCKER" && i.text.includes(code));

describe("a blocker named by its error code", () => {
  const first = buildHandoffWith(
    {
      project,
      previous: null,
      session: {
        number: 1,
        transcript: SESSION_1,
        record: { accomplishments: "CLI skeleton\nrsync transport", blockers: "TS2307 in the build" },
      },
    },
    byteCounter,
  );

  it("merges the transcript's error and the record's line into one open blocker", () => {
    const blockers = first.ledger.items.filter((i) => i.kind === "BLOCKER" && i.keys.includes("ts2307"));
    expect(blockers).toHaveLength(1);
    expect(blockers[0]?.status).toBe("OPEN");
    expect(first.prompt).toContain("TS2307");
  });

  it("is resolved by the next session's fix, and the request to fix it adds no blocker", () => {
    const second = buildHandoffWith(
      { project, previous: first.ledger, session: { number: 2, transcript: SESSION_2 } },
      byteCounter,
    );
    const items = second.ledger.items;
    const ts2307 = items.filter((i) => i.kind === "BLOCKER" && i.keys.includes("ts2307"));
    expect(ts2307).toHaveLength(1);
    expect(ts2307[0]?.status).toBe("RESOLVED");
    expect(blockersAbout(items, "TS2307").filter((i) => i.status === "OPEN")).toEqual([]);
    expect(items.some((i) => i.text.startsWith("Let's fix the TS2307"))).toBe(false);
  });
});
