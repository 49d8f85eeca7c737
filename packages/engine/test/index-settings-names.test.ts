import { describe, expect, it } from "vitest";
import { shortTerm } from "../src/render/index-terms.ts";

// A setting quoted with its value is asked for by its name: the index lists the name.
describe("settings written with their values in the index", () => {
  it("are listed by their names", () => {
    expect(shortTerm("retry_limit: 5")).toBe("retry_limit");
    expect(shortTerm('mode = "strict')).toBe("mode");
    expect(shortTerm("cache.ttl: 300")).toBe("cache.ttl");
  });

  it("leave commands and addresses alone", () => {
    expect(shortTerm("LOG_LEVEL=debug npm start")).toBe("LOG_LEVEL=debug npm start");
    expect(shortTerm("http://localhost:8080")).toBe("http://localhost:8080");
    expect(shortTerm("uv pip install -e .")).toBe("uv pip install -e .");
  });
});
