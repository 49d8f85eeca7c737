import { describe, expect, it } from "vitest";
import { PATH, plausible } from "../src/extract/paths.ts";

const found = (text: string) => [...text.matchAll(PATH)].map((m) => m[0]).filter(plausible);

describe("paths in text", () => {
  it("read a directory whose names hold dots whole, not cut at the first dotted name", () => {
    expect(found("ls -la ~/Library/Containers/com.example.SyncAgent/Data/Documents/")).toEqual([
      "~/Library/Containers/com.example.SyncAgent/Data/Documents/",
    ]);
  });

  it("still read files by their extension, in folders with dots and at the end of a sentence", () => {
    expect(found("see ~/Library/com.example.SyncAgent/Data/State.plist.")).toEqual([
      "~/Library/com.example.SyncAgent/Data/State.plist",
    ]);
    expect(found("edit config/app.config.json and notes.v2.md")).toEqual(["config/app.config.json", "notes.v2.md"]);
  });
});
