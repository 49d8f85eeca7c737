import { describe, expect, it } from "vitest";
import { extractAssistantTurn } from "../src/extract/assistant.ts";

const turn = (content: string) => ({ ordinal: 3, position: 0.4, content, fromEnd: 4 });
const decisions = (content: string) =>
  extractAssistantTurn(turn(content))
    .filter((c) => c.kind === "DECISION")
    .map((c) => c.text);

// Mid-session advice lists ways for the user to try and the agent's guesses at a cause: nothing is chosen yet.
describe("options the agent offers", () => {
  it("are no decisions under an option's heading or in hedged words", () => {
    const content = [
      "**Option 2: Alternative cache setup**",
      "Instead of `cache.warmUp()`, try calling `cache.preload()` from `server.ts`.",
      "",
      "## Design",
      "",
      "The timeout might be caused by the duplicate `pool.connect()` calls in `db.ts`.",
      "Using `pool.query` rather than `client.query` should resolve the leak in `db.ts`.",
    ].join("\n");
    expect(decisions(content)).toEqual([]);
  });

  it("files a diagnosis as a note, not a choice", () => {
    const found = extractAssistantTurn(
      turn("## Design\n\nThe main issue is that `worker.ts` uses `setTimeout` instead of `setInterval` for `poll()`."),
    );
    expect(found.map((c) => c.kind)).toEqual(["NOTE"]);
  });

  it("keeps a choice stated under a design heading", () => {
    expect(
      decisions("## Design\n\nWe use `pool.query` instead of `client.query` in `db.ts` and `api.ts`."),
    ).toHaveLength(1);
  });
});
