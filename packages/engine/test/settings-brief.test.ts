import { describe, expect, it } from "vitest";
import { lineOptions } from "../src/render/options.ts";
import { selectLines } from "../src/render/select.ts";
import { briefSettings } from "../src/render/settings-brief.ts";
import { byteCounter } from "../src/render/tokens.ts";
import { item, ledgerOf } from "./ledger-factory.ts";

const LONG =
  '`deploy.toml` sets region = "eu-west", replicas = 3, debug = false, image = "shop:2.4.1", cache_dir = "/srv/cache", timeout = 30';

describe("a settings line offered briefly", () => {
  it("keeps the most recent settings whose values name something, not bare numbers or booleans", () => {
    expect(briefSettings(LONG)).toEqual({
      text: '`deploy.toml` sets region = "eu-west", image = "shop:2.4.1", cache_dir = "/srv/cache"',
      names: ["region", "image", "cache_dir"],
    });
    // A comma inside a value does not start a setting.
    expect(briefSettings('`a.toml` sets deps = ["x", "y"], port = 80, mode = "fast", level = 2')?.text).toBe(
      '`a.toml` sets deps = ["x", "y"], mode = "fast"',
    );
  });

  it("is not offered when it would say all the line says, or for other lines", () => {
    expect(briefSettings('`a.toml` sets mode = "fast", name = "shop"')).toBeUndefined();
    expect(briefSettings("`a.toml` sets port = 80, debug = true")).toBeUndefined();
    expect(briefSettings("The build sets the version from the tag")).toBeUndefined();
  });

  it("takes the room the whole line cannot win, and never both", () => {
    const settings = item("NOTE", LONG, { keys: ["deploy.toml", "region", "replicas", "debug", "image"] });
    const rivals = [1, 2, 3].map((n) =>
      item("NOTE", `Orders ship from warehouse ${n} on weekdays`, { keys: [`warehouse ${n}`] }),
    );
    const { options } = lineOptions(ledgerOf([settings, ...rivals]), [], byteCounter);
    const wholeCost = options.find((o) => o.id === settings.id && !o.brief)?.tokens ?? 0;
    const room = options.filter((o) => o.id !== settings.id).reduce((sum, o) => sum + o.tokens, 0) + 95;
    expect(wholeCost).toBeGreaterThan(95);
    const shown = selectLines(options, room, () => 0).filter((o) => o.id === settings.id);
    expect(shown.map((o) => o.line)).toEqual([`- ${briefSettings(LONG)?.text}`]);
    // Without the brief line the settings go unshown in the same room.
    const whole = options.filter((o) => !o.brief);
    expect(selectLines(whole, room, () => 0).some((o) => o.id === settings.id)).toBe(false);
    // With room for everything, one line of the two.
    const all = selectLines(options, 10_000, () => 0).filter((o) => o.id === settings.id);
    expect(all).toHaveLength(1);
  });
});
