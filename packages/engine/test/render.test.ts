import { beforeAll, describe, expect, it } from "vitest";
import { shortTerm } from "../src/render/index-terms.ts";
import { renderWith } from "../src/render/prompt.ts";
import { loadTokenCounter, type TokenCounter } from "../src/render/tokens.ts";
import { item, ledgerOf } from "./ledger-factory.ts";

let counter: TokenCounter;
beforeAll(async () => {
  counter = await loadTokenCounter();
});
const project = { name: "demo", description: "A demo project." };

describe("renderWith", () => {
  it("renders each kind in its section, with open tasks as a checklist", () => {
    const ledger = ledgerOf([
      item("GOAL", "Build a CLI that syncs notes"),
      item("TASK", "Add `--limit` to `tasks list`"),
      item("BLOCKER", "`ECONNRESET` when the pool is exhausted"),
      item("DECISION", "Use `pg_try_advisory_lock` instead of Redis"),
      item("CONSTRAINT", "Never commit `.env`"),
      item("DEAD_END", "`mock.module` makes `bun test` hang"),
      item("FILE", "`src/sync/worker.ts`"),
      item("COMMAND", "`pnpm test`"),
      item("NOTE", "API listens on `localhost:5069`"),
    ]);
    const { prompt, included } = renderWith(ledger, { project }, counter);
    expect(included).toHaveLength(9);
    const order = [
      "## Goal",
      "## Next steps",
      "## Open blockers",
      "## Decisions",
      "## Constraints",
      "## Dead ends",
      "## Key files",
      "## Commands",
      "## Notes",
    ];
    const positions = order.map((h) => prompt.indexOf(h));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(prompt).toContain("- [ ] Add `--limit` to `tasks list`");
    expect(prompt.startsWith("# Handoff: demo (after session 1)")).toBe(true);
  });

  it("names no session in the title of a handoff written from notes before any session", () => {
    const { prompt } = renderWith(
      ledgerOf([item("TASK", "Add `--limit` to `tasks list`")], 0),
      { project, budget: 300 },
      counter,
    );
    expect(prompt.split("\n")[0]).toBe("# Handoff: demo");
  });

  it("never exceeds the budget and drops whole lines, lowest priority first", () => {
    const items = Array.from({ length: 60 }, (_, i) =>
      item("DECISION", `Decision number ${i} keeps \`module_${i}\` behind the \`Gateway${i}\` interface for now.`, {
        priority: i,
      }),
    );
    const { prompt, tokenCount, included } = renderWith(ledgerOf(items), { project, budget: 300 }, counter);
    expect(tokenCount).toBe(counter.count(prompt));
    expect(tokenCount).toBeLessThanOrEqual(300);
    expect(included.length).toBeGreaterThan(0);
    expect(included.length).toBeLessThan(60);
    const shownPriorities = items.filter((i) => included.includes(i.id)).map((i) => i.priority);
    const hiddenPriorities = items.filter((i) => !included.includes(i.id)).map((i) => i.priority);
    expect(Math.min(...shownPriorities)).toBeGreaterThan(Math.max(...hiddenPriorities));
    for (const i of items.filter((x) => included.includes(x.id))) expect(prompt).toContain(i.text);
  });

  it("shows pinned items before anything else", () => {
    const items = [
      ...Array.from({ length: 40 }, (_, i) =>
        item("NOTE", `High priority note ${i} about \`thing_${i}\``, { priority: 95 }),
      ),
      item("NOTE", "Pinned low-priority reminder", { priority: 1, pinned: true }),
    ];
    const { prompt } = renderWith(ledgerOf(items), { project, budget: 200 }, counter);
    expect(prompt).toContain("Pinned low-priority reminder (pinned)");
  });

  it("indexes archived items by their terms instead of showing them", () => {
    const ledger = ledgerOf([
      item("FILE", "`src/legacy/importer.ts`", { archived: true, keys: ["src/legacy/importer.ts"] }),
    ]);
    const { prompt, included } = renderWith(ledger, { project }, counter);
    expect(included).toEqual([]);
    expect(prompt).toContain("## Also in the ledger (not shown in full)");
    expect(prompt).toContain("legacy/importer.ts");
  });

  it("shows index terms short: paths by their last two segments, dotted names by their last two parts", () => {
    expect(shortTerm("lib/app_web/live/pos_live/order_selection.ex")).toBe("pos_live/order_selection.ex");
    expect(shortTerm("src/cli.ts")).toBe("src/cli.ts");
    expect(shortTerm("AppWeb.PosLive.OrderManagement.handle_event/3")).toBe("OrderManagement.handle_event");
    expect(shortTerm("Ecto.Multi")).toBe("Ecto.Multi");
    expect(shortTerm("uv pip install -e .")).toBe("uv pip install -e .");
  });

  it("leaves out index terms contained in one already listed", () => {
    const ledger = ledgerOf([
      item("NOTE", "Handler `Shop.Pos.handle_event/3` crashes", {
        archived: true,
        keys: ["shop.pos.handle_event/3"],
        priority: 60,
      }),
      item("NOTE", "`Pos.handle` is the entry", { archived: true, keys: ["pos.handle"], priority: 50 }),
    ]);
    const { prompt } = renderWith(ledger, { project }, counter);
    expect(prompt).toContain("- 2 more items: Pos.handle_event\n");
  });

  it("lists knowledge entries", () => {
    const { prompt } = renderWith(
      ledgerOf([]),
      { project, knowledge: [{ id: "k1", title: "Deploys", content: "Run `wrangler deploy` from apps/api." }] },
      counter,
    );
    expect(prompt).toContain("- Deploys: Run `wrangler deploy` from apps/api.");
  });
});

describe("key files", () => {
  it("share one line per directory, and a lone file keeps its own line", async () => {
    const counter = await loadTokenCounter();
    const ledger = ledgerOf([
      item("FILE", "`src/domain/tasks.ts` (created)", { keys: ["src/domain/tasks.ts"], priority: 70 }),
      item("FILE", "`src/domain/repo-utils.ts`: resolveRepoPath", { keys: ["src/domain/repo-utils.ts"], priority: 65 }),
      item("FILE", "`src/cli.ts`", { keys: ["src/cli.ts"], priority: 60 }),
    ]);
    const { prompt, included } = renderWith(ledger, { project }, counter);
    expect(prompt).toContain("- `src/domain/`: tasks.ts (created); repo-utils.ts: resolveRepoPath\n");
    expect(prompt).toContain("- `src/cli.ts`\n");
    expect(included).toHaveLength(3);
  });
});
