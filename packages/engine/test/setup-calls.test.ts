import { describe, expect, it } from "vitest";
import { addedNames, definedNames } from "../src/extract/definitions.ts";

// Top-level statements define nothing; the compound-named methods they call at line start say what they set up.
describe("what an entry point sets up", () => {
  it("is named by the methods its statements call, when it defines nothing", () => {
    const server = "const server = express();\nserver.useRateLimiter({ max: 50 });\nawait server.listenOnSocket(sock);";
    expect(definedNames(server)).toEqual(["useRateLimiter", "listenOnSocket"]);
    expect(definedNames("srv.add_exception_handler(Oops, handle)\nsrv.mount_static(assets_dir)")).toEqual([
      "add_exception_handler",
      "mount_static",
    ]);
  });

  it("leaves one-word methods out: they are generic operations", () => {
    expect(definedNames("rows.append(row)\nsys.path.insert(0, root)\nitems.sort()")).toEqual([]);
  });

  it("gives way to definitions", () => {
    expect(definedNames("def boot():\n    pass\nhost.enableTracing()")).toEqual(["boot"]);
  });

  it("counts only calls the edit adds", () => {
    const edit = [
      "- oldString:",
      "host.enableTracing()",
      "- newString:",
      "host.enableTracing()\nhost.UseCompression()",
    ];
    expect(addedNames(edit.join("\n"))).toEqual(["UseCompression"]);
  });
});
