import { describe, expect, it } from "vitest";
import { extractUserTurn } from "../src/extract/user.ts";

function texts(content: string): string[] {
  const turn = { ordinal: 0, position: 0.5, fromEnd: 3, approvedLater: false, problemPersists: false };
  return extractUserTurn({ ...turn, content, projectOpening: false }).map((c) => c.text);
}

// The name that opens a pasted struct dump ("%Shop.Cart.LineItem{ …") is part of the dump, not the user's words.
describe("a struct dump pasted after an error", () => {
  const paste = [
    "Opening the basket fails with this:",
    "field :gift_wrap missing in:",
    "",
    "    %Shop.Cart.LineItem{",
    '      __meta__: #Ecto.Schema.Metadata<:loaded, "line_items">,',
    '      sku: "AB-1200",',
    "      quantity: 2,",
    "    }",
  ].join("\n");

  it("keeps the error line but not the dump's head", () => {
    const found = texts(paste);
    expect(found.some((t) => t.includes("gift_wrap"))).toBe(true);
    expect(found.some((t) => t.includes("Shop.Cart.LineItem"))).toBe(false);
  });

  it("still keeps words typed before a dump on the same line", () => {
    const found = texts(
      "Opening the basket I get this error: key :gift_total not found in: %{cart: %{items: [], owner: nil}, flash: %{}, live_action: :index}",
    );
    expect(found.some((t) => t.startsWith("Opening the basket I get this error"))).toBe(true);
  });
});
