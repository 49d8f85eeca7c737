import { describe, expect, it } from "vitest";
import { HOME_PATH, safeRedirectPath } from "./redirect";

describe("safeRedirectPath", () => {
  it("keeps paths on this site", () => {
    expect(safeRedirectPath("/projects/p1?tab=sessions")).toBe("/projects/p1?tab=sessions");
  });

  it("refuses other sites and junk", () => {
    for (const target of ["https://evil.example", "//evil.example", "/\\evil.example", "", null, 42]) {
      expect(safeRedirectPath(target)).toBe(HOME_PATH);
    }
  });
});
