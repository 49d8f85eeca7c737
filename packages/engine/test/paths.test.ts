import { describe, expect, it } from "vitest";
import { type FileStats, PATH, plausible, relativize } from "../src/extract/paths.ts";

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

  it("show paths relative to the checkout, and keep a deep path outside it whole (a place where data lives)", () => {
    const stats = (...paths: string[]) =>
      new Map(
        paths.map((path) => [
          path,
          { path, weight: 1, created: false, lastOrdinal: 0, description: "", symbols: [] } as FileStats,
        ]),
      );
    const shown = relativize(
      stats(
        "/Users/ana/code/shelf/src/library.py",
        "/Users/ana/code/shelf/tests/test_library.py",
        "/Users/ana/code/shelf/src/a/b/c/d/e/deep.py",
        "/Users/ana/Library/Containers/com.example.Sync/Data/Documents/Store/Books.plist",
      ),
    );
    expect([...shown.values()].map((s) => s.path)).toEqual([
      "src/library.py",
      "tests/test_library.py",
      "/Users/ana/Library/Containers/com.example.Sync/Data/Documents/Store/Books.plist",
    ]);
  });

  it("read Windows paths whose folder names hold spaces, and a compiler's position after the file", () => {
    expect(found("Using settings from C:\\Users\\ana\\My Projects\\Shop App\\Properties\\launch.json...")).toEqual([
      "C:\\Users\\ana\\My Projects\\Shop App\\Properties\\launch.json",
    ]);
    expect(found("C:\\Work Dir\\shop\\Program.cs(41,14): warning CS0168")).toEqual(["C:\\Work Dir\\shop\\Program.cs"]);
    // A method call is still no path.
    expect(found("call console.log(value) first")).toEqual([]);
  });

  it("find the checkout of paths written in different case by different tools", () => {
    const entry = (path: string) =>
      [path, { path, weight: 1, created: false, lastOrdinal: 0, description: "", symbols: [] } as FileStats] as const;
    const shown = relativize(
      new Map([
        entry("C:\\Work Dir\\Shop\\Program.cs"),
        entry("C:\\work dir\\shop\\Models\\Cart.cs"),
        entry("C:\\Work Dir\\Shop\\Controllers\\CartController.cs"),
      ]),
    );
    expect([...shown.values()].map((s) => s.path)).toEqual([
      "Program.cs",
      "Models/Cart.cs",
      "Controllers/CartController.cs",
    ]);
  });
});
