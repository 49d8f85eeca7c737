import { describe, expect, test } from "vitest";
import { applyRunEvent, initialRunView, isFinished, type RunEvent } from "./run-progress";

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
