import { describe, expect, it } from "vitest";
import { formatDuration } from "./duration";

describe("formatDuration", () => {
  it("says short, hour-long and multi-day sessions the way people do", () => {
    expect(formatDuration(0)).toBe("under a minute");
    expect(formatDuration(45)).toBe("45 min");
    expect(formatDuration(60)).toBe("1 h");
    expect(formatDuration(125)).toBe("2 h 5 min");
    expect(formatDuration(24 * 60)).toBe("1 day");
    expect(formatDuration(3 * 24 * 60 + 4 * 60 + 10)).toBe("3 days 4 h");
  });

  it("shows nothing for a value that cannot be a duration", () => {
    expect(formatDuration(-5)).toBe("");
    expect(formatDuration(Number.NaN)).toBe("");
  });
});
