import { describe, expect, it } from "vitest";
import { extractAssistantTurn } from "../src/extract/assistant.ts";

const texts = (content: string, fromEnd = 1) =>
  extractAssistantTurn({ ordinal: 9, position: 0.9, content, fromEnd }).map((c) => c.text);

// A list of concepts or technologies names what the work was about; each label is a topic, not a finding.
describe("a context summary's list of concepts", () => {
  const summary = [
    "The conversation is summarized below:",
    "1. Primary Request and Intent:",
    "   The user wanted the nightly export to stop timing out on large tenants.",
    "2. Key Technical Concepts:",
    "   - Streaming CSV writers versus buffered exports",
    "   - Celery task retries and `acks_late` semantics",
    "   - PostgreSQL server-side cursors (named cursors in psycopg)",
    "3. Files and Code Sections:",
    "   - `exports/nightly.py`",
    "     - Switched `build_export` to a server-side cursor named `export_cur` with `itersize=5000`",
  ].join("\n");

  it("yields no item for the labels", () => {
    const found = texts(summary);
    expect(found.some((t) => t.includes("Streaming CSV"))).toBe(false);
    expect(found.some((t) => t.includes("acks_late"))).toBe(false);
    expect(found.some((t) => t.includes("named cursors"))).toBe(false);
  });

  it("still reads the sections after it", () => {
    expect(texts(summary).some((t) => t.includes("export_cur"))).toBe(true);
  });

  it("reads a tech-stack heading the same way", () => {
    const reply =
      "All set, the order service runs.\n\n## Tech stack\n\n- `FastAPI` 0.110 with `uvicorn` and `SQLModel` in `orders/app.py`\n\n## Decisions\n\n- We chose `SQLModel` over raw `SQLAlchemy` for `OrderRepo`";
    const found = texts(reply, 0);
    expect(found.some((t) => t.includes("uvicorn"))).toBe(false);
    expect(found.some((t) => t.includes("OrderRepo"))).toBe(true);
  });
});
