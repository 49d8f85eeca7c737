import { describe, expect, it } from "vitest";
import { addedNames, definedNames } from "../src/extract/definitions.ts";

// A screen is found again by the pages it links to: paths after navigation attributes and calls count as names.
describe("pages a template links to", () => {
  it("are read from links in several UI frameworks, after the file's own definitions", () => {
    const svelte = '<script>\nexport function toggle() {}\n</script>\n<a href="/library/shelves">Shelves</a>';
    expect(definedNames(svelte)).toEqual(["toggle", "/library/shelves"]);
    expect(definedNames('<Link to="/account/billing">Billing</Link>')).toEqual(["/account/billing"]);
    expect(definedNames('<.link navigate={~p"/staff/rota/new"}>Add</.link>')).toEqual(["/staff/rota/new"]);
    expect(definedNames('router.push("/checkout/review");')).toEqual(["/checkout/review"]);
  });

  it("stop where an interpolation begins", () => {
    expect(definedNames('<.link patch={~p"/staff/rota/#{shift}/edit"}>')).toEqual(["/staff/rota"]);
    const jsTemplate = "<a href={`/teams/$" + "{team.id}`}>";
    expect(definedNames(jsTemplate)).toEqual(["/teams"]);
  });

  it("are news about a file only when the edit adds them", () => {
    const edit = [
      "- oldString:",
      '<a href="/help">Help</a> <a href="/rota/new">New</a>',
      "- newString:",
      '<a href="/help">Help</a> <a href="/staff/rota/new">New</a>',
    ].join("\n");
    expect(addedNames(edit)).toEqual(["/staff/rota/new"]);
  });

  it("are no external addresses", () => {
    expect(definedNames('<a href="https://example.org/docs">docs</a>')).toEqual([]);
  });
});
