import { describe, expect, it } from "vitest";
import { PATH, plausible } from "../src/extract/paths.ts";

const found = (text: string) => [...text.matchAll(PATH)].map((m) => m[0]).filter(plausible);

// A Windows folder whose name holds spaces ("C:\Users\me\My Shop Repos\api") is cut at the first space: the
// piece before it is no folder of the project, and no piece of it is a path.
describe("Windows paths with spaces", () => {
  it("yield no folder cut at a space", () => {
    const text = "Using launch settings from C:\\Users\\ana\\Documents\\My Shop Repos\\api\\Properties\\launch.json";
    expect(found(text).some((p) => p.endsWith("Documents") || p.endsWith("My"))).toBe(false);
  });

  it("still read folders and files without spaces", () => {
    expect(found("open C:\\Users\\ana\\shop\\api\\ and then src\\api\\Program.cs")).toEqual([
      "C:\\Users\\ana\\shop\\api\\",
      "src\\api\\Program.cs",
    ]);
  });
});
