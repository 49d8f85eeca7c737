import { describe, expect, it } from "vitest";
import { addedLines } from "../src/extract/added.ts";
import { settingCandidates } from "../src/extract/settings.ts";
import { chat, tool, user } from "./helpers.ts";

describe("addedLines", () => {
  it("reads the new side of old/new string edits, without the lines kept", () => {
    const code = ["- newString:", "timeout = 30", "retries = 5", "- oldString:", "timeout = 30"].join("\n");
    expect(addedLines(code)).toEqual(["retries = 5"]);
    expect(addedLines(code, true)).toEqual(["timeout = 30", "retries = 5"]);
  });

  it("takes the repeated line number of a terminal listing as the new version of that line", () => {
    const listing = ['4  name = "ledgerly"', '5  version = "1.4.0"', '5  version = "1.5.0"', '6  license = "MIT"'];
    expect(addedLines(listing.join("\n"))).toEqual(['version = "1.5.0"']);
  });

  it("reads every line of a listing that replaced nothing (a new file)", () => {
    expect(addedLines("Write(.env)\n  Wrote 2 lines to .env\n1  PORT=8081\n2  MODE=dev")).toEqual([
      "PORT=8081",
      "MODE=dev",
    ]);
  });

  it("takes the middle lines of a listing that only added some, between equal runs of context", () => {
    const listing = [
      "Update(.pre-commit-config.yaml)…",
      "Updated .pre-commit-config.yaml with 1 addition",
      "4      -   id: check-yaml",
      "5      -   id: check-json",
      "6      -   id: detect-private-key",
      "7      -   id: check-added-large-files",
      "8  -   repo: local",
    ].join("\n");
    expect(addedLines(listing)).toEqual(["    -   id: detect-private-key"]);
  });

  it("reads + lines of a unified diff and every line of a new file", () => {
    expect(addedLines("@@ -1,2 +1,2 @@\n-port = 80\n+port = 8081\n host = x")).toEqual(["port = 8081"]);
    expect(addedLines("a = 1\nb = 2")).toEqual(["a = 1", "b = 2"]);
  });
});

describe("settingCandidates", () => {
  it("notes the values an edit gives a configuration file", () => {
    const found = settingCandidates(
      chat(
        user("Pin Python and bump the version."),
        tool(
          'Update(pyproject.toml)…\nUpdated pyproject.toml with 2 additions and 2 removals\n3  version = "1.4.0"\n3  version = "1.5.0"\n4  requires-python = ">=3.9"\n4  requires-python = "==3.12.*"',
        ),
      ),
    );
    expect(found.map((c) => c.text)).toEqual(['`pyproject.toml` sets version = "1.5.0", requires-python = "==3.12.*"']);
    expect(found[0]?.keys).toContain("requires-python");
  });

  it("keeps each item of a YAML list, though the items share their key", () => {
    const found = settingCandidates(
      chat(tool("Write(.pre-commit-config.yaml)\n  hooks:\n  -   id: check-yaml\n  -   id: detect-private-key")),
    );
    expect(found.map((c) => c.text)).toEqual([
      "`.pre-commit-config.yaml` sets id = check-yaml, id = detect-private-key",
    ]);
  });

  it("ignores rejected edits, source files and dependency ranges", () => {
    const found = settingCandidates(
      chat(
        tool("Update(setup.cfg)…\nUser rejected update to setup.cfg\n1  max_line = 100\n1  max_line = 120"),
        tool("Write(src/app.py)\ntimeout = 30\nretries = 5"),
        tool('Write(package.json)\n{\n  "name": "ledgerly",\n  "zod": "^3.22.0",\n  "test": "vitest run"\n}'),
      ),
    );
    expect(found.map((c) => c.text)).toEqual(['`package.json` sets test = "vitest run"']);
  });

  it("notes the environment variables and settings code reads, with their defaults", () => {
    const found = settingCandidates(
      chat(
        tool(
          [
            "Tool use: replace_string_in_file",
            "- filePath: `src/server.py`",
            "- newString:",
            'port = int(os.environ.get("LEDGER_PORT", "8081"))',
            'token = process.env.LEDGER_TOKEN ?? "dev"',
            "mode = Application.get_env(:ledger, :export_mode, :csv)",
          ].join("\n"),
        ),
      ),
    );
    expect(found.map((c) => c.text)).toEqual([
      'Settings the code reads: LEDGER_PORT (default "8081"), LEDGER_TOKEN (default "dev"), export_mode (default :csv)',
    ]);
  });
});
