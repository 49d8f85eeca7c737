import { describe, expect, it } from "vitest";
import { makeCandidate } from "../src/extract/candidate.ts";
import { mergeSession } from "../src/ledger/merge.ts";
import type { HandoffItemKind, Ledger } from "../src/types.ts";

const cand = (kind: HandoffItemKind, text: string, keys: string[]) => {
  const c = makeCandidate(kind, text, { ordinal: 0, role: "ASSISTANT", position: 1 });
  c.keys = keys;
  return c;
};

function sessions(...each: Array<ReturnType<typeof cand>[]>): Ledger {
  let ledger: Ledger | null = null;
  each.forEach((candidates, i) => {
    ledger = mergeSession(ledger, { session: i + 1, candidates, signals: [] }).ledger;
  });
  return ledger as unknown as Ledger;
}

describe("state items merge into the current state of their subject", () => {
  it("a file keeps the names every session's edits add, the newest staying when the line is long", () => {
    const ledger = sessions(
      [cand("FILE", "`web/routes.py` (created): /orders, /orders/new", ["web/routes.py", "/orders", "/orders/new"])],
      [
        cand("FILE", "`web/routes.py`: /invoices, /invoices/export", [
          "web/routes.py",
          "/invoices",
          "/invoices/export",
        ]),
      ],
    );
    expect(ledger.items).toHaveLength(1);
    expect(ledger.items[0]?.text).toBe("`web/routes.py`: /orders, /orders/new, /invoices, /invoices/export");
    expect(ledger.items[0]?.keys).toContain("/invoices/export");
    const many = Array.from({ length: 30 }, (_, i) => `job_${i}_handler`);
    const edit = (from: number) =>
      cand("FILE", `\`app/jobs.ts\`: ${many.slice(from, from + 10).join(", ")}`, ["app/jobs.ts"]);
    const long = sessions([edit(0)], [edit(10)], [edit(20)]);
    const text = long.items[0]?.text ?? "";
    expect(text.length).toBeLessThanOrEqual(220);
    expect(text).toContain("job_29_handler");
    expect(text).not.toContain("job_0_handler");
  });

  it("a configuration file's settings take their new values and keep the others", () => {
    const ledger = sessions(
      [cand("NOTE", "`deploy.toml` sets region = eu-west, replicas = 2", ["deploy.toml", "region", "replicas"])],
      [cand("NOTE", "`deploy.toml` sets replicas = 4, timeout = 30", ["deploy.toml", "replicas", "timeout"])],
    );
    expect(ledger.items).toHaveLength(1);
    expect(ledger.items[0]?.text).toBe("`deploy.toml` sets region = eu-west, replicas = 4, timeout = 30");
  });

  it("list entries sharing a name all stay", () => {
    const ledger = sessions(
      [cand("NOTE", "`hooks.yaml` sets id = lint, id = format", ["hooks.yaml", "id"])],
      [cand("NOTE", "`hooks.yaml` sets id = typecheck", ["hooks.yaml", "id"])],
    );
    expect(ledger.items[0]?.text).toBe("`hooks.yaml` sets id = lint, id = format, id = typecheck");
  });

  it("a table's later migration adds and drops columns from its column list", () => {
    const ledger = sessions(
      [cand("NOTE", "Table `members`: name, phone, room", ["table members"])],
      [cand("NOTE", "Table `members`: gains email; drops room", ["table members"])],
    );
    expect(ledger.items).toHaveLength(1);
    expect(ledger.items[0]?.text).toBe("Table `members`: name, phone, email");
  });

  it("the last test run is replaced by the next one", () => {
    const ledger = sessions(
      [cand("NOTE", "Last test run: 10 passed, 2 failed", ["last test run"])],
      [cand("NOTE", "Last test run: 12 passed", ["last test run"])],
    );
    expect(ledger.items).toHaveLength(1);
    expect(ledger.items[0]?.text).toBe("Last test run: 12 passed");
  });

  it("an edited state line keeps the person's text", () => {
    const first = sessions([cand("NOTE", "Last test run: 3 failed", ["last test run"])]);
    const edited: Ledger = {
      ...first,
      items: first.items.map((i) => ({ ...i, edited: true, text: "Last test run: flaky" })),
    };
    const next = mergeSession(edited, {
      session: 2,
      candidates: [cand("NOTE", "Last test run: 5 passed", ["last test run"])],
      signals: [],
    }).ledger;
    expect(next.items.find((i) => i.edited)?.text).toBe("Last test run: flaky");
  });

  it("list notes accumulate their entries, a newer entry replacing its older self", () => {
    const ledger = sessions(
      [cand("NOTE", "Git branches: `feature/tags` (created)", ["feature/tags"])],
      [cand("NOTE", "Git branches: `fix/login` (created), `feature/tags` (merged)", ["fix/login", "feature/tags"])],
    );
    expect(ledger.items).toHaveLength(1);
    expect(ledger.items[0]?.text).toBe("Git branches: `fix/login` (created), `feature/tags` (merged)");
  });

  it("one file named from two directories is one key file, shown by its longer path", () => {
    const ledger = sessions(
      [cand("FILE", "`guides/setup.md`: install, upgrade", ["guides/setup.md"])],
      [cand("FILE", "`site/guides/setup.md`: uninstall", ["site/guides/setup.md"])],
      [cand("FILE", "`setup.md`", ["setup.md"]), cand("FILE", "`other/guides/faq.md`", ["other/guides/faq.md"])],
    );
    const files = ledger.items.filter((i) => i.kind === "FILE").map((i) => i.text);
    expect(files).toContain("`site/guides/setup.md`: install, upgrade, uninstall");
    // A bare file name could be any of many: it stays its own item.
    expect(files).toContain("`setup.md`");
    expect(files).toContain("`other/guides/faq.md`");
  });
});
