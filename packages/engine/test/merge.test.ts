import { describe, expect, it } from "vitest";
import type { Candidate } from "../src/extract/candidate.ts";
import { makeCandidate } from "../src/extract/candidate.ts";
import { editItem } from "../src/ledger/edit.ts";
import { mergeSession } from "../src/ledger/merge.ts";
import type { HandoffItemKind, HandoffItemStatus } from "../src/types.ts";

const cand = (kind: HandoffItemKind, text: string, status: HandoffItemStatus = "OPEN"): Candidate =>
  makeCandidate(kind, text, { ordinal: 0, role: "USER", position: 1, status });

describe("mergeSession", () => {
  it("merges duplicates and keeps ids stable", () => {
    const first = mergeSession(null, {
      session: 1,
      candidates: [cand("CONSTRAINT", "Never commit the `.env` file")],
      signals: [],
    });
    const second = mergeSession(first.ledger, {
      session: 2,
      candidates: [cand("CONSTRAINT", "never commit the `.env` file!")],
      signals: [],
    });
    expect(second.ledger.items).toHaveLength(1);
    expect(second.ledger.items[0]?.id).toBe(first.ledger.items[0]?.id);
    expect(second.ledger.items[0]?.lastSeenSession).toBe(2);
    expect(second.added).toEqual([]);
  });

  it("closes open tasks and blockers that a later session reports done or fixed", () => {
    const first = mergeSession(null, {
      session: 1,
      candidates: [
        cand("TASK", "Add `--limit` to `tasks list`"),
        cand("BLOCKER", "`ECONNRESET` in `PoolClient.acquire`"),
      ],
      signals: [],
    });
    const second = mergeSession(first.ledger, {
      session: 2,
      candidates: [],
      signals: [
        { kind: "DONE", text: "added `--limit` to `tasks list`.", ordinal: 3 },
        {
          kind: "RESOLVED",
          text: "fixed the `econnreset` in `poolclient.acquire` by raising the pool size.",
          ordinal: 5,
        },
      ],
    });
    const byKind = Object.fromEntries(second.ledger.items.map((i) => [i.kind, i.status]));
    expect(byKind).toEqual({ TASK: "DONE", BLOCKER: "RESOLVED" });
    expect(second.closed).toHaveLength(2);
    expect(second.ledger.items.every((i) => i.statusSession === 2)).toBe(true);
  });

  it("does not close items on unrelated signals", () => {
    const first = mergeSession(null, {
      session: 1,
      candidates: [cand("TASK", "Add `--limit` to `tasks list`")],
      signals: [],
    });
    const second = mergeSession(first.ledger, {
      session: 2,
      candidates: [],
      signals: [{ kind: "DONE", text: "updated the readme.", ordinal: 1 }],
    });
    expect(second.ledger.items[0]?.status).toBe("OPEN");
  });

  it("marks a decision superseded when a new one replaces its subject", () => {
    const first = mergeSession(null, {
      session: 1,
      candidates: [cand("DECISION", "Use `bun-promptx` for prompts")],
      signals: [],
    });
    const second = mergeSession(first.ledger, {
      session: 2,
      candidates: [cand("DECISION", "Use `@clack/prompts` for interactive prompts instead of `bun-promptx`")],
      signals: [],
    });
    const old = second.ledger.items.find((i) => i.text.startsWith("Use `bun-promptx`"));
    expect(old?.status).toBe("SUPERSEDED");
  });

  it("keeps a person's edited text across later merges", () => {
    const first = mergeSession(null, {
      session: 1,
      candidates: [cand("DECISION", "Use `pg_try_advisory_lock` for the job lock")],
      signals: [],
    });
    const id = first.ledger.items[0]?.id ?? "";
    const edited = editItem(first.ledger, id, { text: "Job lock: `pg_try_advisory_lock` (no Redis)", pinned: true });
    const second = mergeSession(edited, {
      session: 2,
      candidates: [cand("DECISION", "use `pg_try_advisory_lock` for the job lock")],
      signals: [],
    });
    const kept = second.ledger.items.find((i) => i.id === id);
    expect(kept?.text).toBe("Job lock: `pg_try_advisory_lock` (no Redis)");
    expect(kept?.pinned).toBe(true);
  });

  it("archives stale open items instead of deleting them, and revives them when mentioned", () => {
    let ledger = mergeSession(null, {
      session: 1,
      candidates: [cand("TASK", "Move staging to port 8081")],
      signals: [],
    }).ledger;
    ledger.items[0]!.priority = 20;
    for (let s = 2; s <= 10; s++) ledger = mergeSession(ledger, { session: s, candidates: [], signals: [] }).ledger;
    expect(ledger.items[0]?.archived).toBe(true);
    ledger = mergeSession(ledger, {
      session: 11,
      candidates: [cand("TASK", "Move staging to port 8081")],
      signals: [],
    }).ledger;
    expect(ledger.items).toHaveLength(1);
    expect(ledger.items[0]?.archived).toBe(false);
  });

  it("keeps what describes the project twice as long as open work before archiving it", () => {
    let ledger = mergeSession(null, {
      session: 1,
      candidates: [
        cand("TASK", "Add a `--since` flag to `report export`"),
        cand("NOTE", "The queue worker reads `JOBS_URL` (default redis://localhost:6380)"),
        cand("COMMAND", "`make test-integration`"),
      ],
      signals: [],
    }).ledger;
    for (const i of ledger.items) i.priority = 40;
    const archivedAt = (s: number) => {
      for (let n = ledger.session + 1; n <= s; n++)
        ledger = mergeSession(ledger, { session: n, candidates: [], signals: [] }).ledger;
      return ledger.items.filter((i) => i.archived).map((i) => i.kind);
    };
    expect(archivedAt(10)).toEqual(["TASK"]);
    expect(archivedAt(18).sort()).toEqual(["COMMAND", "NOTE", "TASK"]);
  });

  it("does not modify the previous ledger", () => {
    const first = mergeSession(null, {
      session: 1,
      candidates: [cand("TASK", "Add `--limit` to `tasks list`")],
      signals: [],
    });
    const snapshot = JSON.stringify(first.ledger);
    mergeSession(first.ledger, {
      session: 2,
      candidates: [],
      signals: [{ kind: "DONE", text: "added `--limit` to `tasks list`", ordinal: 0 }],
    });
    expect(JSON.stringify(first.ledger)).toBe(snapshot);
  });
});
