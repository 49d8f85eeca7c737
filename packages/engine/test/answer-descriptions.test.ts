import { describe, expect, it } from "vitest";
import { fileCandidates } from "../src/extract/files.ts";
import { assistant, chat, user } from "./helpers.ts";

function fileLine(answer: string): string | undefined {
  const messages = chat(
    user("does my setup work?"),
    assistant(answer),
    assistant("The `deploy/compose.yaml` file also starts the worker."),
  );
  return fileCandidates(messages, 10).find((c) => c.text.includes("deploy/compose.yaml"))?.text;
}

// An answer to the user about their setup ("No, your `deploy/compose.yaml` does NOT match…", "Your … still
// contains…") speaks of that moment, not of what the file is: the key file keeps its path.
describe("a file named in an answer to the user", () => {
  it("is not described by the answer", () => {
    expect(fileLine("No, your `deploy/compose.yaml` with the worker settings does NOT match the app.")).toBe(
      "`deploy/compose.yaml`",
    );
    expect(fileLine("Your `deploy/compose.yaml` still contains the old worker image.")).toBe("`deploy/compose.yaml`");
  });

  it("is still described by a statement about the file", () => {
    expect(fileLine("`deploy/compose.yaml` defines the worker and the queue services.")).toBe(
      "`deploy/compose.yaml` defines the worker and the queue services.",
    );
  });
});
