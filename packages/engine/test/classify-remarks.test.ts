import { describe, expect, it } from "vitest";
import { readRemark } from "../src/extract/read-remark.ts";
import {
  impliedRule,
  isQuestion,
  isRant,
  ruleDuration,
  steersTheStep,
  withoutBackReference,
} from "../src/extract/remarks.ts";
import { extractSession } from "../src/extract/session.ts";
import { assistant, chat, user } from "./helpers.ts";

const kinds = (...turns: ReturnType<typeof user>[]) =>
  extractSession(chat(...turns), { opensProject: false }).map((c) => [c.kind, c.text, c.priority] as const);

describe("questions", () => {
  it("are recognised without their question mark, typos included", () => {
    expect(isQuestion("How should we split the parser module.")).toBe(true);
    expect(isQuestion("how shoudl we name the flag")).toBe(true);
    expect(isQuestion("Can you rerun the linter")).toBe(true);
    expect(isQuestion("What we need is a retry queue.")).toBe(false);
    expect(isQuestion("How it works: the worker polls the queue.")).toBe(false);
    expect(isQuestion("Do run the smoke tests before tagging.")).toBe(false);
  });

  it("state no rule: an open one awaits an answer", () => {
    const reading = readRemark("How should we avoid duplicating the `retry` helper.", true, false);
    expect(reading?.kind).toBe("TASK");
  });
});

describe("exasperated questions", () => {
  it("become the rule they imply when the grammar makes it certain", () => {
    expect(impliedRule("Did you even run the linter on `src/`?!")).toEqual({
      kind: "CONSTRAINT",
      text: "Always run the linter on `src/`.",
    });
    expect(impliedRule("Why didn't you check the migration logs first?!?")?.text).toBe(
      "Always check the migration logs first.",
    );
    expect(impliedRule("I thought we agreed to use `pnpm`?!")).toEqual({
      kind: "DECISION",
      text: "We agreed to use `pnpm`.",
    });
  });

  it("keep their words when the rule is not certain", () => {
    // "Why did you X?!" objects to X; turning it into "Always X" would invert it.
    expect(impliedRule("Why did you delete the fixtures?!")).toBeNull();
    expect(impliedRule("Did you do that?!")).toBeNull();
    expect(impliedRule("Did you run the tests?")).toBeNull();
  });

  it("carry nothing when they name nothing, and rank below calm rules when they do", () => {
    const found = kinds(
      user("Are you out of your mind?!?"),
      assistant("Sorry."),
      user("Never edit `schema.sql` by hand."),
      assistant("Understood."),
      user("I said it twice already, where is the `schema.sql` backup?!"),
      assistant("Restored."),
      user("Now add the index."),
    );
    expect(found.some(([, text]) => text.includes("out of your mind"))).toBe(false);
    const calm = found.find(([, text]) => text.startsWith("Never edit"));
    const upset = found.find(([, text]) => text.includes("backup"));
    expect(calm?.[0]).toBe("CONSTRAINT");
    expect(upset && calm && upset[2] < calm[2] - 15).toBe(true);
  });
});

describe("rants and opinions", () => {
  it("recognises venting", () => {
    expect(isRant("If so, that's total BS and we should stop here.")).toBe(true);
    expect(isRant("My bad, I was on the wrong branch, let me retry.")).toBe(true);
    expect(isRant("I don't like this solution at all.")).toBe(true);
    expect(isRant("I hate it when you add comments to shell snippets.")).toBe(false);
    expect(isRant("That is a complete rewrite of the cache layer.")).toBe(false);
  });

  it("reads a leaning as a tentative choice, not as a blocker", () => {
    const found = kinds(
      user("I'm leaning towards dropping the lint rules that cause this failure in `ci.yml`."),
      assistant("OK."),
    );
    expect(found.map(([k]) => k)).not.toContain("BLOCKER");
    expect(found.map(([k]) => k)).toContain("DECISION");
  });

  it("does not take 'can't you …' for an error report", () => {
    const found = kinds(user("Cant you just `git mv` the folder?!"), assistant("Done."), user("Thanks, next."));
    expect(found.map(([k]) => k)).not.toContain("BLOCKER");
  });

  it("takes a pronoun-led 'that doesn't…' for disagreement, not a failure", () => {
    expect(readRemark("RE: 1. that doesn't add up -- both run Node 22.4.", true, false)).toBeNull();
    expect(readRemark("`make build` doesn't find the `dist` target.", true, false)?.kind).toBe("BLOCKER");
    expect(readRemark("That doesn't compile: TS2345 in `api.ts`.", true, false)?.kind).toBe("BLOCKER");
  });

  it("drops answers that only make sense after the question", () => {
    expect(readRemark("not yet, park that one!", true, false)).toBeNull();
    expect(readRemark("If yes, then skip it for now.", true, false)).toBeNull();
  });
});

describe("back-references", () => {
  it("are dropped from the front of a sentence, keeping its own subject", () => {
    expect(withoutBackReference("re your 3rd point from the list, I want a single binary first.")).toBe(
      "I want a single binary first.",
    );
    expect(withoutBackReference("RE: 2. the staging host uses port 8443.")).toBe("The staging host uses port 8443.");
    expect(withoutBackReference("Regarding the cache, use Redis with a 5 minute TTL.")).toBe(
      "Regarding the cache, use Redis with a 5 minute TTL.",
    );
  });
});

describe("the assistant's summary", () => {
  it("reports added rules as work done, not as rules", () => {
    const found = kinds(
      user("Tighten the git instructions."),
      assistant(
        "## Summary\n\n- Added a short safety rule to `AGENTS.md` about force pushes\n- Never force-push to `main`\n- I've created a rule file `rules/git.md` that always forbids force pushes\n- (should the rule cover `release/*` branches too?)",
      ),
    );
    const rules = found.filter(([k]) => k === "CONSTRAINT").map(([, t]) => t);
    expect(rules.some((t) => t.startsWith("Added") || t.startsWith("I've created"))).toBe(false);
    expect(rules.some((t) => t.includes("?"))).toBe(false);
    expect(rules.some((t) => t.startsWith("Never force-push"))).toBe(true);
  });
});

describe("how long a rule holds", () => {
  it("is read from its own words", () => {
    expect(ruleDuration("From now on, run `make check` before every commit.")).toBe(1);
    expect(ruleDuration("Don't tag the release yet.")).toBe(-1);
    expect(ruleDuration("I don't want any schema changes at this point.")).toBe(-1);
    expect(ruleDuration("Use tabs in the `Makefile`.")).toBe(0);
  });

  it("ranks a standing rule above a preference of the moment", () => {
    const standing = readRemark("In the future, never bump `package.json` versions by hand.", false, false);
    const momentary = readRemark("Don't bump the `package.json` version yet.", false, false);
    expect(standing?.kind).toBe("CONSTRAINT");
    expect(momentary?.kind).toBe("CONSTRAINT");
    expect((standing?.bonus ?? 0) - (momentary?.bonus ?? 0)).toBeGreaterThanOrEqual(20);
  });
});

describe("descriptions of behaviour", () => {
  it("are facts, not rules: 'X ensures Y' describes, 'ensure Y' instructs", () => {
    const found = kinds(
      user("Add a dry-run mode."),
      assistant("## Summary\n\n- The `--dry-run` flag ensures nothing is written to `out/`"),
    );
    expect(found.some(([k, t]) => k === "CONSTRAINT" && t.includes("--dry-run"))).toBe(false);
    expect(readRemark("Ensure the `--dry-run` flag writes nothing.", false, false)?.kind).toBe("CONSTRAINT");
  });
});

describe("lines under a design heading", () => {
  it("are decisions when they say what was chosen, not when they only label a topic", () => {
    const found = kinds(
      user("Summarise the design."),
      assistant(
        "## Key Decisions\n\n- Logging improvements for QA\n- Use `pino` for structured logs instead of console output\n- Retries live in `src/net/retry.ts` with `maxAttempts` and `backoffMs`",
      ),
    );
    const decisions = found.filter(([k]) => k === "DECISION").map(([, t]) => t);
    expect(decisions.some((t) => t.startsWith("Logging improvements"))).toBe(false);
    expect(decisions.some((t) => t.includes("pino"))).toBe(true);
    expect(decisions.some((t) => t.includes("retry.ts"))).toBe(true);
  });
});

describe("steering the step at hand", () => {
  it("'make sure…' and 'we should <change>' are requests, not rules", () => {
    expect(readRemark("Make sure the demo fixtures include an unpaid invoice.", false, false)?.kind).toBe("TASK");
    expect(
      readRemark("Check the importer once more and make sure every row gets a batch id.", false, false)?.kind,
    ).toBe("TASK");
    expect(readRemark("We should move the date helpers into `lib/time.ts`.", false, false)?.kind).toBe("TASK");
    expect(steersTheStep("Please review the banner and ensure it shows the trial end date.")).toBe(true);
    expect(steersTheStep("Ensure the export never overwrites a file.")).toBe(false);
  });

  it("stay rules when their own words make them one", () => {
    expect(readRemark("Always make sure the linter passes before you commit.", false, false)?.kind).toBe("CONSTRAINT");
    expect(readRemark("Make sure you never log the API tokens.", false, false)?.kind).toBe("CONSTRAINT");
    expect(readRemark("Don't touch the generated client in `gen/`.", false, false)?.kind).toBe("CONSTRAINT");
    expect(steersTheStep("We should use UTC timestamps instead of local time.")).toBe(false);
  });
});

describe("expectations", () => {
  it("are no rules: 'should already' / 'should now' / 'should work' say what is expected to be true", () => {
    const found = extractSession(
      chat(
        user("Wire the audit log into `billing_worker`."),
        assistant("Done.\n\nThe retries should already be handled by `JobRunner` as you mentioned."),
      ),
      { opensProject: false },
    );
    expect(found.some((c) => c.kind === "CONSTRAINT" && c.text.includes("JobRunner"))).toBe(false);
    const rule = extractSession(chat(user("The retries should be handled by `JobRunner`, not by the worker.")), {
      opensProject: false,
    });
    expect(rule.some((c) => c.kind === "CONSTRAINT" && c.text.includes("JobRunner"))).toBe(true);
  });
});

describe("a purpose clause in the agent's summary", () => {
  it("sets no rule: its 'always' says what the changed code now does", () => {
    const summary = [
      "## Summary",
      "- The worker loop now runs in a try/finally block in `worker.py` to ensure `queue.close()` is always called.",
      "- Never call `queue.drain()` from a request handler.",
    ].join("\n");
    const found = extractSession(chat(user("Fix the leaking queue."), assistant(summary)), { opensProject: false });
    expect(found.find((c) => c.text.includes("queue.close()"))?.kind).not.toBe("CONSTRAINT");
    expect(found.find((c) => c.text.includes("queue.drain()"))?.kind).toBe("CONSTRAINT");
  });
});

describe("the agent's guesses mid-session", () => {
  it("decide nothing: 'might be caused by…' and 'try X instead of Y' weigh options", () => {
    const guess = "The timeout might be caused by `pool_size` being 1 instead of the default 10.";
    const settled = "We now use `httpx` instead of `requests` for the sync client.";
    const found = extractSession(
      chat(user("The sync hangs."), assistant(guess), user("ok"), assistant(settled), user("next: the export")),
      { opensProject: false },
    );
    expect(found.find((c) => c.text.includes("pool_size"))?.kind).not.toBe("DECISION");
    expect(found.find((c) => c.text.includes("httpx"))?.kind).toBe("DECISION");
  });
});
