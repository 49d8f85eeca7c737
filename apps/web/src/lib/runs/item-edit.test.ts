import { describe, expect, it } from "vitest";
import { type EditableItem, ITEM_TEXT_MAX, isEmptyPatch, itemPatch, rerenderNotice } from "./item-edit";

const item: EditableItem = { text: "Use D1 for storage", kind: "DECISION", status: "OPEN" };

describe("itemPatch", () => {
  it("sends only what changed, with the text trimmed", () => {
    expect(itemPatch(item, { ...item, text: "  Use D1 for all storage \n" })).toEqual({
      ok: true,
      patch: { text: "Use D1 for all storage" },
    });
    expect(itemPatch(item, { ...item, kind: "CONSTRAINT", status: "DONE" })).toEqual({
      ok: true,
      patch: { kind: "CONSTRAINT", status: "DONE" },
    });
  });

  it("finds nothing to send when only whitespace around the text changed", () => {
    const result = itemPatch(item, { ...item, text: ` ${item.text} ` });
    expect(result.ok && isEmptyPatch(result.patch)).toBe(true);
  });

  it("refuses an empty or too long text", () => {
    expect(itemPatch(item, { ...item, text: "   " })).toEqual({
      ok: false,
      message: "Write the item's text, or drop the item instead.",
    });
    const long = itemPatch(item, { ...item, text: "x".repeat(ITEM_TEXT_MAX + 1) });
    expect(long).toEqual({ ok: false, message: "Keep the text under 2,000 characters (it has 2,001)." });
    expect(itemPatch(item, { ...item, text: "x".repeat(ITEM_TEXT_MAX) }).ok).toBe(true);
  });
});

describe("rerenderNotice", () => {
  it("gives the new token count and the old one", () => {
    expect(rerenderNotice("Item saved.", 1236, 1240)).toBe(
      "Item saved. The master prompt was re-rendered: 1,240 tokens (was 1,236).",
    );
    expect(rerenderNotice("Item pinned.", 900, 900)).toBe(
      "Item pinned. The master prompt was re-rendered: 900 tokens (unchanged).",
    );
  });
});
