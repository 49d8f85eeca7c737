import { describe, expect, it } from "vitest";
import { enumLabel, formatRelative, plural } from "./format";

describe("format", () => {
  it("turns enum values into words", () => {
    expect(enumLabel("BEST_PRACTICE")).toBe("Best practice");
    expect(enumLabel("ACTIVE")).toBe("Active");
  });

  it("describes times relative to now", () => {
    const now = new Date("2025-06-10T12:00:00Z");
    expect(formatRelative("2025-06-10T11:59:30Z", now)).toBe("just now");
    expect(formatRelative("2025-06-10T09:00:00Z", now)).toBe("3 hours ago");
    expect(formatRelative("2025-06-09T12:00:00Z", now)).toBe("yesterday");
    expect(formatRelative("not a date", now)).toBe("not a date");
  });

  it("pluralises counts", () => {
    expect(plural(1, "session")).toBe("1 session");
    expect(plural(5000, "message")).toBe("5,000 messages");
  });
});
