import { beforeAll, describe, expect, it } from "vitest";
import { shortTerm } from "../src/render/index-terms.ts";
import { renderWith } from "../src/render/prompt.ts";
import { loadTokenCounter, type TokenCounter } from "../src/render/tokens.ts";
import { item, ledgerOf } from "./ledger-factory.ts";

let counter: TokenCounter;
beforeAll(async () => {
  counter = await loadTokenCounter();
});

// A route's head (its scope, its API version) tells it from its siblings: the index writes it whole.
describe("routes in the index", () => {
  it("keeps a short route whole, while files and directories are cut to their tail", () => {
    expect(shortTerm("/staff/rooms/edit")).toBe("/staff/rooms/edit");
    expect(shortTerm("/api/v2/invoices")).toBe("/api/v2/invoices");
    expect(shortTerm("/srv/app/static/logo.svg")).toBe("static/logo.svg");
    expect(shortTerm("src/widgets/forms/inputs")).toBe("forms/inputs");
  });

  it("writes the route a file links to with its leading slash and scope", () => {
    const ledger = ledgerOf([
      item("FILE", "`web/rooms/index.ex`: /rooms/edit, /staff/rooms/edit", {
        archived: true,
        keys: ["web/rooms/index.ex", "staff/rooms/edit", "rooms/edit"],
      }),
    ]);
    const { prompt } = renderWith(ledger, { project: { name: "demo" } }, counter);
    expect(prompt.split("(not shown in full)\n")[1]).toContain("/staff/rooms/edit");
  });
});
