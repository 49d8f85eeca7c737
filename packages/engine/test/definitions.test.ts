import { describe, expect, it } from "vitest";
import { addedNames, definedNames, namedLikeFile } from "../src/extract/definitions.ts";
import { fileCandidates } from "../src/extract/files.ts";
import { chat, tool, user } from "./helpers.ts";

describe("names a file defines", () => {
  it("reads modules, classes and top-level functions in several languages, types first", () => {
    expect(definedNames("defmodule Shop.Currency do\n  def format_price(x), do: x\n  defp hidden(x), do: x")).toEqual([
      "Shop.Currency",
      "format_price",
    ]);
    expect(definedNames("export class Ledger {}\nexport function mergeAll() {}\nconst local = 1;")).toEqual([
      "Ledger",
      "mergeAll",
    ]);
    expect(
      definedNames("     8  def use_fixture(monkeypatch):\nclass SharedDocument:\n    def _private(self):"),
    ).toEqual(["SharedDocument", "use_fixture"]);
  });

  it("reads the PascalCase parts a JavaScript object or namespace registers (hooks, components)", () => {
    const hooks = "const Hooks = {\n  ImageCropper: {\n    mounted() {\n      this.el.focus()\n    },\n  },\n}";
    expect(definedNames(hooks)).toEqual(["ImageCropper"]);
    expect(definedNames("Hooks.InfiniteScroll = {\n  mounted() {}\n}")).toEqual(["InfiniteScroll"]);
    expect(definedNames("  Cart: (items) => items.length,\n  total: 3,\n  Label: 'x',")).toEqual(["Cart"]);
  });

  it("reads the routes a file declares, in several frameworks", () => {
    expect(definedNames('  scope "/admin", ShopWeb do\n    live "/orders", OrderLive.Index, :index')).toEqual([
      "/admin",
      "/orders",
    ]);
    expect(definedNames('[Route("api/products")]\npublic class CatalogController')).toEqual([
      "api/products",
      "CatalogController",
    ]);
    expect(definedNames('@ui.page("/demo/text-selection")\nasync def demo_page():')).toEqual([
      "/demo/text-selection",
      "demo_page",
    ]);
    expect(definedNames('const value = cache.get("name");')).toEqual([]);
  });

  it("counts only what an edit adds", () => {
    const edit =
      "<<<<<<< SEARCH\nclass Old:\n    pass\n=======\nclass Old:\n    pass\nclass Added:\n    pass\n>>>>>>> REPLACE";
    expect(addedNames(edit)).toEqual(["Added"]);
  });

  it("reads the keys a configuration file sets", () => {
    const edit =
      '<<<<<<< SEARCH\nconfig :shop, currency: "CZK"\n=======\nconfig :shop, currency: "CZK"\n  bank_account: "123/0100",\n  PORT=4000\n>>>>>>> REPLACE';
    expect(addedNames(edit, "config/config.exs")).toEqual(["bank_account", "PORT"]);
    expect(addedNames("- filePath: `config/dev.exs`\nport: 4000", "config/dev.exs")).toEqual(["port"]);
  });

  it("skips a type named like its file", () => {
    expect(namedLikeFile("Shop.CurrencyHelper", "lib/shop/currency_helper.ex")).toBe(true);
    expect(namedLikeFile("Shop.Repo.Migrations.CreateOrders", "priv/repo/migrations/2025_create_orders.exs")).toBe(
      true,
    );
    expect(namedLikeFile("SharedDocument", "src/crdt/sync.py")).toBe(false);
  });

  it("lists them on the file's line", () => {
    const found = fileCandidates(
      chat(
        user("Add CRDT sync in src/crdt/sync.py"),
        tool(
          "Tool use: create_file\n- content:\n```\nclass SharedDocument:\n    def apply(self):\n```\n- filePath: `src/crdt/sync.py`",
        ),
      ),
      5,
    );
    expect(found[0]?.text).toBe("`src/crdt/sync.py` (created): SharedDocument, apply");
  });

  it("keeps a file named only once when the edit to it adds a definition", () => {
    const edit = (path: string, code: string) =>
      tool(`Tool use: replace_string_in_file\n- filePath: \`${path}\`\n- newString:\n\`\`\`\n${code}\n\`\`\``);
    const found = fileCandidates(
      chat(
        user("Show the unit field only for products sold by weight"),
        edit("assets/js/app.js", "const Hooks = {\n  WeightField: {\n    mounted() {}\n  },\n}"),
        edit("assets/css/app.css", ".weight { display: none; }"),
      ),
      5,
    );
    expect(found.map((c) => c.text)).toEqual(["`assets/js/app.js`: WeightField"]);
  });
});
