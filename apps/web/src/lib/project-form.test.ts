import { describe, expect, it } from "vitest";
import { NAME_MAX, projectInput, validateProjectFields } from "./project-form";

describe("project form", () => {
  it("requires a name", () => {
    expect(validateProjectFields({ name: "   ", description: "" })).toMatchObject({
      field: "name",
      message: "Give the project a name.",
    });
  });

  it("explains the length limit", () => {
    const error = validateProjectFields({ name: "x".repeat(NAME_MAX + 1), description: "" });
    expect(error?.message).toBe(`Keep the name under ${NAME_MAX} characters (it has ${NAME_MAX + 1}).`);
  });

  it("accepts a valid project and trims it for the API", () => {
    const fields = { name: "  Baton  ", description: "  " };
    expect(validateProjectFields(fields)).toBeNull();
    expect(projectInput(fields)).toEqual({ name: "Baton", description: null });
  });
});
