import { describe, expect, it } from "vitest";
import { addressCandidates } from "../src/extract/addresses.ts";
import { extractSession } from "../src/extract/session.ts";
import { testRunCandidates } from "../src/extract/test-runs.ts";
import { assistant, chat, tool, user } from "./helpers.ts";

const texts = (candidates: Array<{ text: string }>) => candidates.map((c) => c.text);

describe("the user's reproach", () => {
  it("is a rule, even phrased as a question in the middle of a session", () => {
    const found = extractSession(
      chat(
        user("Why did you rewrite the whole README when I asked you to fix one typo?"),
        assistant("Sorry, I reverted the unrelated changes."),
        user("i didnt ask you to add a changelog section either"),
        assistant("Removed it."),
        user("Did you run the migration on a copy first?!"),
        assistant("No, I will from now on."),
        user("Now bump the version in `package.json`."),
      ),
      { opensProject: false },
    ).map((c) => [c.kind, c.text]);
    expect(found).toContainEqual([
      "CONSTRAINT",
      "Why did you rewrite the whole README when I asked you to fix one typo?",
    ]);
    expect(found).toContainEqual(["CONSTRAINT", "i didnt ask you to add a changelog section either"]);
    // The exasperated "did you…?!" asks for the step every time: it reads as the rule it implies.
    expect(found).toContainEqual(["CONSTRAINT", "Always run the migration on a copy first."]);
  });

  it("leaves ordinary questions about the agent's choices alone", () => {
    const found = extractSession(chat(user("Why did you pick SQLite here?"), assistant("It needs no server.")), {
      opensProject: false,
    });
    expect(found.some((c) => c.kind === "CONSTRAINT")).toBe(false);
  });
});

describe("the project's scope", () => {
  it("is a rule when the user says what the project is not trying to be", () => {
    const found = extractSession(
      chat(user("Keep the CLI simple. We are not trying to build a hosted service!"), assistant("Understood.")),
      { opensProject: false },
    ).map((c) => [c.kind, c.text]);
    expect(found).toContainEqual(["CONSTRAINT", "We are not trying to build a hosted service!"]);
  });
});

describe("the user's reminders", () => {
  it("stay open tasks after the session moves on", () => {
    const found = extractSession(
      chat(
        user("Let's not lose track of the `--dry-run` flag for the importer!"),
        assistant("Noted."),
        user("Now rename `load_rows` to `read_rows`."),
        assistant("Renamed."),
        user("Thanks, commit it."),
      ),
      { opensProject: false },
    ).map((c) => [c.kind, c.status, c.text]);
    expect(found).toContainEqual(["TASK", "OPEN", "Let's not lose track of the `--dry-run` flag for the importer!"]);
    expect(found).toContainEqual(["TASK", "DONE", "rename `load_rows` to `read_rows`."]);
  });
});

describe("work left out of scope", () => {
  it("is open work when a summary lists it under a 'not addressed' or 'out of scope' heading", () => {
    const found = extractSession(
      chat(
        user("Fix the review findings for the exporter."),
        assistant(
          "### Not addressed (out of scope for this PR)\n- Retry on `429` responses in `src/export/http.ts`\n- Streaming writes for `report.csv`",
        ),
        assistant("Anything else?"),
      ),
      { opensProject: false },
    ).map((c) => [c.kind, c.status, c.text]);
    expect(found).toContainEqual(["TASK", "OPEN", "Retry on `429` responses in `src/export/http.ts`"]);
  });
});

describe("the chat tool's own commands", () => {
  it("are commands when they run the workflow, not when they steer the chat", async () => {
    const { commandCandidates } = await import("../src/extract/commands.ts");
    const found = commandCandidates(
      chat(user("/load context-files"), user("/drop src/app.py"), user("/ask what is this?"), user("/run make lint")),
      10,
    ).map((c) => c.text);
    expect(found).toEqual(["`/run make lint`", "`/load context-files`"]);
  });
});

describe("command variants", () => {
  it("count as one command, shown by the variant a reader can reuse", async () => {
    const { commandCandidates } = await import("../src/extract/commands.ts");
    const found = commandCandidates(
      chat(
        tool("Bash command: uv run pytest tests/unit/test_dates.py::test_leap_year -v, description: one test"),
        tool("Bash command: uv run pytest tests/unit -v, description: unit tests"),
        tool("Bash command: uv run pytest tests/unit -v, description: again"),
        tool("Bash command: uv run ruff check src/, description: lint"),
      ),
      10,
    ).map((c) => c.text);
    // The lint run counts once too: the agent described it as a check (check-commands.test.ts).
    expect(found).toEqual(["`uv run pytest tests/unit -v`", "`uv run ruff check src/`"]);
  });
});

describe("inspection commands", () => {
  it("are not how the project is run, however often they recur", async () => {
    const { commandCandidates } = await import("../src/extract/commands.ts");
    const run = (command: string) => tool(`Bash command: ${command}, description: look`);
    const found = commandCandidates(
      chat(
        run("du -sh logs/archive"),
        run("du -sh logs/archive"),
        run("git rm OLD_NOTES.md"),
        run("git rm OLD_NOTES.md"),
        run("file data/export.plist"),
        run("make serve"),
        run("make serve"),
      ),
      10,
    ).map((c) => c.text);
    expect(found).toEqual(["`make serve`"]);
  });
});

describe("local addresses", () => {
  it("notes where the app is served, without ports handed out per run", () => {
    const found = addressCandidates(
      chat(
        user("Opening http://192.168.0.20:3000/orders gives a 500."),
        tool("Server listening on http://localhost:3000\nTest server on http://127.0.0.1:41873"),
        tool("Server listening on http://localhost:3000"),
        assistant("The app runs at http://localhost:3000 again."),
        tool("Test server on http://127.0.0.1:41873"),
      ),
    );
    expect(texts(found)).toEqual(["Local addresses: http://192.168.0.20:3000, http://localhost:3000"]);
  });

  it("needs the user's mention or repetition", () => {
    expect(addressCandidates(chat(assistant("Try http://localhost:5173 once.")))).toEqual([]);
  });
});

describe("test runs", () => {
  it("notes the summary of the session's last test run", () => {
    const found = testRunCandidates(
      chat(
        tool("$ pytest -q\n..F\n==== 1 failed, 2 passed in 0.31s ===="),
        assistant("Fixed the failing assertion."),
        tool("$ pytest -q\n...\n==== 3 passed in 0.30s ===="),
        tool("$ ls\nsrc tests"),
      ),
    );
    expect(texts(found)).toEqual(["Last test run: 3 passed"]);
  });

  it("reads other runners' summaries", () => {
    const one = (output: string) => texts(testRunCandidates(chat(tool(output))));
    expect(one("✓ parses dates\n\n 12 pass\n 0 fail\n 30 expect() calls")).toEqual(["Last test run: 12 pass, 0 fail"]);
    expect(one("Tests:       1 failed, 11 passed, 12 total")).toEqual(["Last test run: 1 failed, 11 passed"]);
    expect(one("test result: ok. 7 passed; 0 failed; 0 ignored")).toEqual(["Last test run: ok. 7 passed; 0 failed"]);
    expect(one("Finished in 0.2 seconds\n5 tests, 0 failures")).toEqual(["Last test run: 5 tests, 0 failures"]);
    expect(one("no tests here")).toEqual([]);
  });
});
