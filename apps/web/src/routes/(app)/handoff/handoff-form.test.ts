import { describe, expect, it } from "vitest";
import { handoffInput, initialProject, NOTES_MAX, validateHandoffFields } from "./handoff-form";

const valid = { projectId: "p1", notes: "We moved the parser to streaming.", generator: "" as const };

describe("AI handoff form", () => {
  it("accepts a project with notes", () => {
    expect(validateHandoffFields(valid)).toBeNull();
  });

  it("blames the field that is missing or too long", () => {
    expect(validateHandoffFields({ ...valid, projectId: "" })?.field).toBe("projectId");
    expect(validateHandoffFields({ ...valid, notes: " \n " })?.field).toBe("notes");
    const long = validateHandoffFields({ ...valid, notes: "x".repeat(NOTES_MAX + 1) });
    expect(long).toMatchObject({ field: "notes" });
    expect(long?.message).toContain("500,001 characters");
  });

  it("sends trimmed notes and no generator for the automatic choice", () => {
    expect(handoffInput({ ...valid, notes: "  a  " })).toEqual({ projectId: "p1", notes: "a", generator: null });
    expect(handoffInput({ ...valid, generator: "RULES" }).generator).toBe("RULES");
  });

  it("preselects the linked project when it is the viewer's, or the only one", () => {
    const projects = [{ id: "a" }, { id: "b" }];
    expect(initialProject(projects, "b")).toBe("b");
    expect(initialProject(projects, "elsewhere")).toBe("");
    expect(initialProject(projects, null)).toBe("");
    expect(initialProject([{ id: "a" }], null)).toBe("a");
  });
});
