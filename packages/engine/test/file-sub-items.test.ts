import { describe, expect, it } from "vitest";
import { extractAssistantTurn } from "../src/extract/assistant.ts";

const found = (content: string) => extractAssistantTurn({ ordinal: 40, position: 1, content, fromEnd: 0 });

// Summaries list a file's path and, indented below it, what the file holds or what was changed in it: each entry
// is a statement about that file, so it names the file.
describe("entries indented under a file's path", () => {
  const summary = [
    "Summary of this session:",
    "",
    "3. Files and Code Sections:",
    "   - `/home/ana/src/ledgerly/billing/invoice.py`",
    "     - Version bumped to 1.4.0",
    "     - Totals now round half to even",
    "   - `docs/setup.md`",
    "     - Explains the developer setup",
    "4. Pending Tasks:",
    "   - `exports/csv_writer.py`",
    "     - Still writes the header twice",
    "   - Wire `CsvWriter` into the `nightly_export` job",
  ].join("\n");

  it("name the file they describe, by its file name", () => {
    const texts = found(summary).map((c) => c.text);
    expect(texts).toContain("`invoice.py`: Version bumped to 1.4.0");
    expect(texts.some((t) => t.startsWith("`setup.md`: "))).toBe(true);
  });

  it("are notes about the file, even in a list of pending tasks", () => {
    expect(found(summary).find((c) => c.text.includes("header twice"))?.kind).toBe("NOTE");
  });

  it("stop at the next entry that is not indented below the path", () => {
    const next = found(summary).find((c) => c.text.includes("nightly_export"));
    expect(next?.text).toBe("Wire `CsvWriter` into the `nightly_export` job");
  });
});
