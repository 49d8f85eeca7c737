import { describe, expect, it } from "vitest";
import { recordCandidates } from "../src/extract/record.ts";
import { extractSession } from "../src/extract/session.ts";
import { assistant, chat, tool, user } from "./helpers.ts";

const kinds = (messages: ReturnType<typeof chat>, opensProject = false) =>
  extractSession(messages, { opensProject }).map((c) => [c.kind, c.status, c.text] as const);

describe("extractSession", () => {
  it("reads the project's goal from the first user message", () => {
    const found = kinds(
      chat(user("We are building a CLI that syncs `notes.md` to a Postgres table."), assistant("Sure.")),
      true,
    );
    expect(found).toContainEqual(["GOAL", "OPEN", "We are building a CLI that syncs `notes.md` to a Postgres table."]);
  });

  it("classifies user constraints and decisions", () => {
    const found = kinds(
      chat(
        user("Never commit the `.env` file. Let's use `pg_try_advisory_lock` instead of a Redis lock."),
        assistant("Understood."),
        user("ok"),
      ),
    );
    expect(found).toContainEqual(["CONSTRAINT", "OPEN", "Never commit the `.env` file."]);
    expect(found.find(([, , text]) => text.includes("pg_try_advisory_lock"))?.[0]).toBe("DECISION");
  });

  it("keeps the last request open and closes requests the session moved on from", () => {
    const found = kinds(
      chat(
        user("Add a `--json` flag to `tasks list`."),
        assistant("Done: added `--json` to `tasks list` in src/commands/tasks/list.ts."),
        user("Now add pagination to `tasks list` with `--limit`."),
      ),
    );
    expect(found).toContainEqual(["TASK", "DONE", "Add a `--json` flag to `tasks list`."]);
    expect(found).toContainEqual(["TASK", "OPEN", "add pagination to `tasks list` with `--limit`."]);
  });

  it("closes the session's last request when the answer opens by reporting it done, not when it asks first", () => {
    const done = kinds(
      chat(
        user("Please rename `cart_total` to `order_total` in `checkout.py`."),
        assistant("Done. `cart_total` has been renamed in `checkout.py` and its two callers."),
      ),
    );
    expect(done).toContainEqual(["TASK", "DONE", "rename `cart_total` to `order_total` in `checkout.py`."]);
    const asked = kinds(
      chat(
        user("Please rename `cart_total` to `order_total` in `checkout.py`."),
        assistant("I looked at `checkout.py`: renaming `cart_total` changes its public API. Should I go ahead?"),
      ),
    );
    expect(asked).toContainEqual(["TASK", "OPEN", "rename `cart_total` to `order_total` in `checkout.py`."]);
  });

  it("reads next steps and known issues from an end-of-session summary", () => {
    const summary = [
      "## Summary",
      "- Created `src/sync/worker.ts` with the retry loop",
      "## Next steps",
      "- Wire `SyncWorker` into `src/main.ts`",
      "## Known issues",
      "- `ECONNRESET` error when the pool is exhausted",
    ].join("\n");
    const found = kinds(chat(user("Build the sync worker"), assistant(summary)));
    expect(found).toContainEqual(["TASK", "OPEN", "Wire `SyncWorker` into `src/main.ts`"]);
    expect(found.find(([, , t]) => t.includes("ECONNRESET"))?.[0]).toBe("BLOCKER");
  });

  it("reads a heading that describes a topic as the problem it is about, not as a blockers section", () => {
    const tour = [
      "## Problems",
      "- The `SessionStore` error when two tabs log in at once",
      "### TestRetries - the hard network problem",
      "**Dropped packets**: the client resends after 2 s and the server dedupes by `request_id`.",
    ].join("\n");
    const found = kinds(chat(user("Explain the tests"), assistant(tour)));
    expect(found.find(([, , t]) => t.includes("SessionStore"))?.[0]).toBe("BLOCKER");
    expect(found.find(([, , t]) => t.includes("request_id"))?.[0]).not.toBe("BLOCKER");
  });

  it("records approaches that failed as dead ends", () => {
    const found = kinds(
      chat(
        user("Tests hang"),
        assistant("Using `mock.module` didn't work: `bun test` hangs forever, so I reverted it."),
        user("ok"),
      ),
    );
    expect(found.find(([, , t]) => t.includes("mock.module"))?.[0]).toBe("DEAD_END");
  });

  it("collects central files relative to the checkout and recurring commands", () => {
    const messages = chat(
      user("Please fix the parser"),
      tool("Tool use: create_file\n- filePath: `/home/ann/work/app/src/parser/lexer.ts`"),
      tool("Tool use: read_file\n- filePath: `/home/ann/work/app/src/parser/lexer.ts`"),
      tool("Tool use: read_file\n- filePath: `/home/ann/work/app/src/index.ts`"),
      tool("Bash command: pnpm test --filter parser, description: run tests"),
      tool("Bash command: pnpm test --filter parser, description: run again"),
      assistant("Fixed. Run `pnpm test --filter parser` to check."),
    );
    const found = kinds(messages);
    expect(found.some(([k, , t]) => k === "FILE" && t.includes("`src/parser/lexer.ts`"))).toBe(true);
    expect(found).toContainEqual(["COMMAND", "OPEN", "`pnpm test --filter parser`"]);
  });

  it("turns an unresolved tool error at the end into a blocker", () => {
    const messages = chat(
      user("Run the migration"),
      assistant("Running it now."),
      tool('$ mix ecto.migrate\n** (Postgrex.Error) ERROR 42P01 (undefined_table) relation "guests" does not exist'),
    );
    expect(kinds(messages).some(([k, , t]) => k === "BLOCKER" && t.includes("undefined_table"))).toBe(true);
  });

  it("reads a JSON error's message and API limits as blockers", () => {
    const json = kinds(
      chat(
        user("Ask again"),
        tool(
          'litellm.BadRequestError: AnthropicException - b\'{"type":"error","error":{"message":"Your credit balance is too low to access the API."}}\'',
        ),
      ),
    );
    expect(json).toContainEqual([
      "BLOCKER",
      "OPEN",
      "BadRequestError: Your credit balance is too low to access the API.",
    ]);
    const limit = kinds(chat(user("Go on"), tool("Tokens: 496k sent\n\nModel x-large has hit a token limit!")));
    expect(limit).toContainEqual(["BLOCKER", "OPEN", "Model x-large has hit a token limit!"]);
  });

  it("names what went in just before a limit error, and nothing for other errors", () => {
    const fetched = "Fetching https://example.org/specs/catalog.xsd...\nTokens: 812k sent\n";
    const limit = kinds(chat(user("Use the spec"), tool(`${fetched}\nModel x-large has hit a token limit!`)));
    expect(limit).toContainEqual([
      "BLOCKER",
      "OPEN",
      "Model x-large has hit a token limit! (after: Fetching https://example.org/specs/catalog.xsd...)",
    ]);
    const other = kinds(chat(user("Build it"), tool("Reading src/app/main.rs\nerror: linker `cc` not found")));
    expect(other).toContainEqual(["BLOCKER", "OPEN", "error: linker `cc` not found"]);
  });

  it("ignores chatter", () => {
    expect(kinds(chat(user("thanks!"), assistant("Great, let me check."), user("ok")))).toEqual([]);
  });
});

describe("recordCandidates", () => {
  it("turns each line of the user's session record into a high-priority item", () => {
    const items = recordCandidates(
      { nextSteps: "- Ship v2\n- Update docs", blockers: "CI is red", accomplishments: "Login works" },
      3,
    );
    expect(items.map((i) => [i.kind, i.status, i.text, i.origin])).toEqual([
      ["TASK", "DONE", "Login works", "RECORD"],
      ["BLOCKER", "OPEN", "CI is red", "RECORD"],
      ["TASK", "OPEN", "Ship v2", "RECORD"],
      ["TASK", "OPEN", "Update docs", "RECORD"],
    ]);
    expect(Math.min(...items.map((i) => i.priority))).toBeGreaterThanOrEqual(70);
  });
});

describe("item wording", () => {
  it("drops conversational openers and hedges, never text in backticks", async () => {
    const { condense } = await import("../src/text/condense.ts");
    expect(condense("Also, I think we should just use `just build` for releases")).toBe(
      "we should use `just build` for releases",
    );
    expect(condense("ok")).toBe("ok");
  });

  it("reads 'don't' as a rule only when it instructs", async () => {
    const { CONSTRAINT } = await import("../src/extract/cues.ts");
    expect(CONSTRAINT.test("Don't commit the `.env` file")).toBe(true);
    expect(CONSTRAINT.test("please don't push to main")).toBe(true);
    expect(CONSTRAINT.test("on my other laptop I don't even have python installed")).toBe(false);
    expect(CONSTRAINT.test("these checks should have run in the hooks")).toBe(false);
  });

  it("reads the user's agreement to a proposal as a decision", () => {
    const found = kinds(
      chat(assistant("I'd suggest visual grouping."), user("Ok I agree with visual grouping."), user("go")),
    );
    expect(found).toContainEqual(["DECISION", "OPEN", "I agree with visual grouping."]);
  });
});

describe("fix reports", () => {
  it("a user's report that an error is fixed is not extracted as a new blocker", async () => {
    const { classifySentence } = await import("../src/extract/classify.ts");
    expect(classifySentence("The CatalogClient error is fixed: the base URL needed https.", "USER", 1)).not.toBe(
      "BLOCKER",
    );
    expect(classifySentence('The CatalogClient error still shows up: "CORS policy"', "USER", 1)).toBe("BLOCKER");
  });
});
