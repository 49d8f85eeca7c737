import { describe, expect, it } from "vitest";
import { extractAssistantTurn } from "../src/extract/assistant.ts";

const texts = (content: string) =>
  extractAssistantTurn({ ordinal: 7, position: 1, content, fromEnd: 0 }).map((c) => c.text);

// A terminal that drops a code block's fences leaves its commands as lines of prose: they say how to run
// something, they are no statements.
describe("a shell command standing alone as a line", () => {
  const reply = [
    "You can check it yourself now:",
    "",
    "  # Run only the billing specs",
    "  rspec spec/billing/invoice_spec.rb --format documentation",
    "",
    "- [ ] ledgerctl import --source ./exports/2024 --dry-run",
    "- `rspec --only-failures` reruns what failed in `spec/billing/`",
    "- rspec --bisect finds the order-dependent spec in the `spec/billing/` suite",
  ].join("\n");

  it("yields no note or task", () => {
    const found = texts(reply);
    expect(found.some((t) => t.startsWith("rspec spec/billing"))).toBe(false);
    expect(found.some((t) => t.startsWith("ledgerctl import"))).toBe(false);
  });

  it("leaves sentences about a command alone", () => {
    const found = texts(reply);
    expect(found.some((t) => t.includes("reruns what failed"))).toBe(true);
    expect(found.some((t) => t.includes("finds the order-dependent spec"))).toBe(true);
  });
});
