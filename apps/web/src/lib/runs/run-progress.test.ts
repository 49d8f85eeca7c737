import { Client, gql, subscriptionExchange } from "@urql/core";
import { describe, expect, test } from "vitest";
import {
  applyRunEvent,
  initialRunView,
  isFinished,
  type RunEvent,
  type RunView,
  runEventFolder,
  runOutcome,
} from "./run-progress";

const event = (stage: string, progress: number, extra: Partial<RunEvent> = {}): RunEvent => ({
  stage,
  progress,
  run: { status: "RUNNING" },
  ...extra,
});

describe("applyRunEvent", () => {
  test("progress only moves forward, stages pass in order, model text accumulates", () => {
    let view = applyRunEvent(initialRunView, event("parsing", 0.05));
    view = applyRunEvent(view, event("merging", 0.6, { message: "12 candidate items" }));
    view = applyRunEvent(view, event("extracting", 0.3));
    expect(view.progress).toBe(0.6);
    expect(view.passed).toEqual(["parsing", "extracting"]);
    view = applyRunEvent(view, event("writing", 0.7, { delta: '{"brief": "A CLI' }));
    view = applyRunEvent(view, event("writing", 0.8, { delta: ' for notes"' }));
    expect(view.modelText).toBe('{"brief": "A CLI for notes"');
    expect(view.message).toBe("12 candidate items");
    expect(isFinished(view)).toBe(false);
  });

  test("success completes every stage and keeps the handoff; failure keeps the error", () => {
    const done = applyRunEvent(
      initialRunView,
      event("done", 1, { run: { status: "SUCCEEDED", handoff: { id: "h1" } } }),
    );
    expect(done).toMatchObject({ progress: 1, handoffId: "h1", error: null });
    expect(done.passed).toHaveLength(5);
    expect(isFinished(done)).toBe(true);
    const failed = applyRunEvent(initialRunView, event("merging", 0.5, { run: { status: "FAILED", error: "boom" } }));
    expect(failed).toMatchObject({ status: "FAILED", error: "boom", progress: 0.5 });
    expect(isFinished(failed)).toBe(true);
  });
});

describe("the model's text", () => {
  test("a reconnected subscription's replay of all the text so far replaces it instead of repeating it", () => {
    const start = '```json\n{"brief": "A CLI';
    let view = applyRunEvent(initialRunView, event("writing", 0.6, { delta: start }));
    view = applyRunEvent(view, event("writing", 0.62, { delta: " for notes" }));
    // The connection dropped; the new subscription's first event holds everything the model wrote.
    view = applyRunEvent(view, event("writing", 0.63, { delta: `${start} for notes", "state` }));
    view = applyRunEvent(view, event("writing", 0.64, { delta: '": "ok"}' }));
    expect(view.modelText).toBe('```json\n{"brief": "A CLI for notes", "state": "ok"}');
  });

  test("short text is only ever appended to, even when a delta begins like it", () => {
    let view = applyRunEvent(initialRunView, event("writing", 0.6, { delta: "`" }));
    view = applyRunEvent(view, event("writing", 0.61, { delta: "``json" }));
    expect(view.modelText).toBe("```json");
  });
});

describe("runOutcome", () => {
  const finished = (generator: NonNullable<RunEvent["run"]["handoff"]>["generator"]) =>
    applyRunEvent(
      applyRunEvent(initialRunView, event("writing", 0.7, { delta: '{"brief": "A CLI' })),
      event("done", 1, { run: { status: "SUCCEEDED", handoff: { id: "h1", generator } } }),
    );

  test("nothing to say while the run goes on", () => {
    expect(runOutcome(applyRunEvent(initialRunView, event("writing", 0.6)))).toBeNull();
  });

  test("names the model that wrote the handoff", () => {
    expect(runOutcome(finished({ kind: "MODEL", model: "llama3.1:8b", fallbackReason: null }))).toEqual({
      tone: "done",
      text: "Done: the new handoff is below, written by your model (llama3.1:8b).",
    });
  });

  test("says the rules took over, and why, as a sentence", () => {
    const outcome = runOutcome(
      finished({ kind: "RULES", model: null, fallbackReason: "the model's answer was not valid JSON" }),
    );
    expect(outcome).toEqual({
      tone: "fallback",
      text: "Done: the new handoff is below. Your model could not write it, so the rules did.",
      reason: "The model's answer was not valid JSON.",
    });
  });

  test("a plain rules run, and a failed run with its error", () => {
    expect(runOutcome(finished({ kind: "RULES", model: null, fallbackReason: null }))?.text).toBe(
      "Done: the new handoff is below.",
    );
    const failed = applyRunEvent(initialRunView, event("merging", 0.5, { run: { status: "FAILED", error: "boom" } }));
    expect(runOutcome(failed)).toEqual({ tone: "failed", text: "boom" });
  });
});

describe("runEventFolder", () => {
  test("urql's repeat of the final result when the stream completes is applied once", async () => {
    const events: RunEvent[] = [
      event("writing", 0.6, { delta: "```json\n{}\n``" }),
      // The watcher polls, so the final event often carries the model's last characters.
      event("done", 1, { delta: "`", run: { status: "SUCCEEDED", handoff: { id: "h1" } } }),
    ];
    const client = new Client({
      url: "http://127.0.0.1:9/graphql",
      exchanges: [
        subscriptionExchange({
          forwardSubscription: () => ({
            subscribe(sink) {
              for (const handoffRun of events) sink.next({ data: { handoffRun } });
              sink.complete();
              return { unsubscribe() {} };
            },
          }),
        }),
      ],
    });
    const views: RunView[] = [];
    const fold = runEventFolder((view) => views.push(view));
    let results = 0;
    await new Promise<void>((resolve) => {
      client.subscription(gql`subscription { handoffRun(id: "r") { stage } }`, {}).subscribe((result) => {
        results++;
        fold(result.data);
        if (!result.hasNext) resolve();
      });
    });
    expect(results).toBe(3);
    expect(views).toHaveLength(2);
    expect(views.at(-1)).toMatchObject({ status: "SUCCEEDED", modelText: "```json\n{}\n```" });
  });
});
