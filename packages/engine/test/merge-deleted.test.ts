import { describe, expect, it } from "vitest";
import { type Candidate, makeCandidate } from "../src/extract/candidate.ts";
import { retireDeleted } from "../src/ledger/deleted.ts";
import { mergeSession } from "../src/ledger/merge.ts";
import { item } from "./ledger-factory.ts";

const file = (path: string): Candidate =>
  makeCandidate("FILE", `\`${path}\``, { ordinal: 1, role: "ASSISTANT", position: 1 });
const withKey = (candidate: Candidate, key: string): Candidate => ({ ...candidate, keys: [key] });

describe("key files a session deleted", () => {
  it("are superseded, the others stay open", () => {
    const first = mergeSession(null, {
      session: 1,
      candidates: [withKey(file("setup.cfg"), "setup.cfg"), withKey(file("src/shop/cart.py"), "src/shop/cart.py")],
      signals: [],
    }).ledger;
    const second = mergeSession(first, { session: 2, candidates: [], signals: [], deleted: ["setup.cfg"] });
    const status = (path: string) => second.ledger.items.find((i) => i.keys[0] === path)?.status;
    expect(status("setup.cfg")).toBe("SUPERSEDED");
    expect(status("src/shop/cart.py")).toBe("OPEN");
    expect(second.closed).toHaveLength(1);
  });

  it("come back when a later session works on them again", () => {
    const first = mergeSession(null, {
      session: 1,
      candidates: [withKey(file("setup.cfg"), "setup.cfg")],
      signals: [],
    }).ledger;
    const second = mergeSession(first, { session: 2, candidates: [], signals: [], deleted: ["setup.cfg"] }).ledger;
    const third = mergeSession(second, {
      session: 3,
      candidates: [withKey(file("setup.cfg"), "setup.cfg")],
      signals: [],
    });
    expect(third.ledger.items[0]?.status).toBe("OPEN");
  });

  it("match whether the path is written from the checkout or deeper, and spare pinned or edited items", () => {
    const items = [
      item("FILE", "`app/legacy/importer.rb`", { keys: ["app/legacy/importer.rb"] }),
      item("FILE", "`Gemfile.lock`", { keys: ["gemfile.lock"], pinned: true }),
      item("NOTE", "`notes.txt` lists the open questions", { keys: ["notes.txt"] }),
    ];
    expect(retireDeleted(items, ["legacy/importer.rb", "Gemfile.lock", "notes.txt"], 4)).toHaveLength(1);
    expect(items.map((i) => i.status)).toEqual(["SUPERSEDED", "OPEN", "OPEN"]);
  });
});
