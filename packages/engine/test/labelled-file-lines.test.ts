import { describe, expect, it } from "vitest";
import { collectFiles } from "../src/extract/files.ts";
import { assistant, chat, user } from "./helpers.ts";

// A one-word label before a colon ("Legacy:", "Modern:", "Before:") files a path under one side of a comparison:
// the line describes that category, so it is no description of the file.
describe("file lines under a one-word label", () => {
  it("do not describe the file; a later plain sentence does", () => {
    const stats = collectFiles(
      chat(
        user("How do people ship static sites these days?"),
        assistant("Two ways:\n- Legacy: deploy.sh with rsync to the server\n- Hosted: a CDN build hook"),
        assistant("`deploy.sh` handles the upload of the built pages."),
      ),
    );
    const entry = [...stats.values()].find((f) => f.path === "deploy.sh");
    expect(entry?.description).toBe("`deploy.sh` handles the upload of the built pages.");
  });

  it("a sentence that merely starts with the path is still read", () => {
    const stats = collectFiles(chat(user("What is in there?"), assistant("deploy.sh: handles the upload of pages")));
    const entry = [...stats.values()].find((f) => f.path === "deploy.sh");
    expect(entry?.description).toBe("deploy.sh: handles the upload of pages");
  });
});
