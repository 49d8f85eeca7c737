import { describe, expect, it } from "vitest";
import { lineOptions, namesOnly, noveltyKeys } from "../src/render/options.ts";
import { type Option, selectLines } from "../src/render/select.ts";
import { byteCounter } from "../src/render/tokens.ts";
import { item, ledgerOf } from "./ledger-factory.ts";

const option = (id: string, line: string, tokens: number, rank: number, pointer = false): Option => ({
  id,
  section: id.startsWith("f") ? "files" : "notes",
  line,
  tokens,
  rank,
  keys: [id],
  pinned: false,
  pointer,
});

describe("lines that only name a file", () => {
  it("are recognised by their text: a bare path, '(created)' at most", () => {
    expect(namesOnly(item("FILE", "`src/billing/invoice.ts`"))).toBe(true);
    expect(namesOnly(item("FILE", "`docs/setup.md` (created)"))).toBe(true);
    expect(namesOnly(item("FILE", "`src/billing/invoice.ts`: totalWithTax, roundCents"))).toBe(false);
    expect(namesOnly(item("NOTE", "`src/billing/invoice.ts`"))).toBe(false);
  });

  it("yield their room to a statement of the same rank that costs somewhat more", () => {
    const pointer = option("f1", "- `src/billing/invoice.ts`", 8, 70, true);
    const note = option("n1", "- Invoices round to cents only after tax is added", 12, 70);
    const none = () => 0;
    expect(selectLines([pointer, note], 12, none).map((o) => o.id)).toEqual(["n1"]);
    // Without the flag the cheaper line wins the same contest.
    expect(selectLines([{ ...pointer, pointer: false }, note], 12, none).map((o) => o.id)).toEqual(["f1"]);
  });
});

describe("lines that name no terms", () => {
  it("are judged new by their longer words", () => {
    expect(noveltyKeys(item("CONSTRAINT", "Always rebuild the search index after importing"))).toEqual([
      "word:rebuild",
      "word:search",
      "word:import",
    ]);
    expect(noveltyKeys(item("NOTE", "`ledger.db` is rebuilt nightly", { keys: ["ledger.db"] }))).toEqual(["ledger.db"]);
  });

  it("so the same rule in other words does not take a second line from something new", () => {
    const ledger = ledgerOf([
      item("CONSTRAINT", "Always rebuild the search index after importing records", { priority: 70 }),
      item("CONSTRAINT", "Rebuild the search index whenever records are imported, always", { priority: 70 }),
      item("CONSTRAINT", "Invoices are numbered per calendar year, never globally", { priority: 66 }),
    ]);
    const { options } = lineOptions(ledger, [], byteCounter);
    const room = options[0]!.tokens + Math.max(options[1]!.tokens, options[2]!.tokens) + 2;
    const chosen = selectLines(options, room, () => 0).map((o) => o.line);
    expect(chosen).toHaveLength(2);
    expect(chosen.some((l) => l.includes("Invoices"))).toBe(true);
  });
});
