import { describe, expect, it } from "vitest";
import { extractSession } from "../src/extract/session.ts";
import type { TranscriptMessage } from "../src/types.ts";

function lastRequest(closing: string) {
  const messages: TranscriptMessage[] = [
    { role: "USER", content: "The invoice list loads fine now." },
    { role: "ASSISTANT", content: "Good to hear." },
    { role: "USER", content: "Add a CSV export button to the invoice list page as well." },
    { role: "ASSISTANT", content: closing },
  ];
  return extractSession(messages, { opensProject: false }).find((c) => c.text.includes("CSV export"));
}

// The user's last request stays open for the next session, unless the session's closing message reports it done.
describe("the user's last request", () => {
  it("is done when the closing message reports the work finished", () => {
    const closing = "I've added the CSV export button to the invoice list page; it downloads the filtered rows.";
    expect(lastRequest(closing)?.status).toBe("DONE");
  });

  it("stays open when the closing message leaves work to do", () => {
    const closing = "I've added the button, but the export handler still needs to be wired to the download route.";
    expect(lastRequest(closing)?.status).toBe("OPEN");
  });
});
