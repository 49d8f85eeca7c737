// Folds the events of `subscription handoffRun` into what the progress view shows: the current stage and share
// done, which stages have passed, the model's text streamed so far, and the final outcome.

export const STAGES = ["parsing", "extracting", "merging", "writing", "saving"] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  parsing: "Reading the conversation",
  extracting: "Finding decisions, tasks, blockers…",
  merging: "Merging into the previous handoff",
  writing: "Writing the master prompt",
  saving: "Saving the new version",
};

/** Who wrote a handoff: the model, or the rules (with the reason when a model was asked and could not). */
export interface RunWriter {
  kind: "RULES" | "MODEL";
  model?: string | null;
  fallbackReason?: string | null;
}

export interface RunEvent {
  stage: string;
  progress: number;
  message?: string | null;
  delta?: string | null;
  run: {
    status: "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED";
    error?: string | null;
    handoff?: { id: string; generator?: RunWriter | null } | null;
  };
}

export interface RunView {
  status: RunEvent["run"]["status"];
  stage: string;
  /** 0..1, never going back. */
  progress: number;
  message: string | null;
  /** Text a model wrote, accumulated from the events' deltas. */
  modelText: string;
  /** Stages already passed (all of them once the run succeeded). */
  passed: Stage[];
  error: string | null;
  handoffId: string | null;
  writer: RunWriter | null;
}

export const initialRunView: RunView = {
  status: "QUEUED",
  stage: "queued",
  progress: 0,
  message: null,
  modelText: "",
  passed: [],
  error: null,
  handoffId: null,
  writer: null,
};

const isStage = (value: string): value is Stage => (STAGES as readonly string[]).includes(value);

// Shorter than this, a delta could begin with all the text so far by chance (a model's "`" then "``json").
const REPLAY_MIN_CHARS = 16;

/**
 * The model's text after a delta. The first event of every subscription carries all the text so far as its delta,
 * and graphql-sse resubscribes on its own after a dropped connection: a delta that begins with everything already
 * shown is that replay, and replaces the text instead of repeating it.
 */
function withDelta(text: string, delta: string | null | undefined): string {
  if (!delta) return text;
  if (text.length >= REPLAY_MIN_CHARS && delta.startsWith(text)) return delta;
  return text + delta;
}

export function applyRunEvent(view: RunView, event: RunEvent): RunView {
  const done = event.run.status === "SUCCEEDED";
  const at = isStage(event.stage) ? STAGES.indexOf(event.stage) : -1;
  return {
    status: event.run.status,
    stage: event.stage,
    progress: done ? 1 : Math.max(view.progress, Math.min(1, event.progress)),
    message: event.message ?? view.message,
    modelText: withDelta(view.modelText, event.delta),
    passed: done ? [...STAGES] : at > 0 ? STAGES.slice(0, Math.max(at, view.passed.length)) : view.passed,
    error: event.run.error ?? null,
    handoffId: event.run.handoff?.id ?? view.handoffId,
    writer: event.run.handoff?.generator ?? view.writer,
  };
}

export const isFinished = (view: RunView) => view.status === "SUCCEEDED" || view.status === "FAILED";

/**
 * Folds the data of a run's subscription results into views, from the initial one. urql delivers the last result
 * a second time (the same data object) when the stream completes; applied twice, the model's last words — often
 * carried by the final event — would show twice, so each result's data is applied once.
 */
export function runEventFolder(onView: (view: RunView) => void) {
  let view = initialRunView;
  let applied: object | null = null;
  return (data: { handoffRun: RunEvent } | null | undefined) => {
    if (!data || data === applied) return;
    applied = data;
    view = applyRunEvent(view, data.handoffRun);
    onView(view);
  };
}

export interface RunOutcome {
  tone: "done" | "fallback" | "failed";
  text: string;
  /** Why the model did not write the handoff it was asked to write. */
  reason?: string;
}

/** What a finished run did, in words: which writer wrote the handoff, and why the model did not if it was asked. */
export function runOutcome(view: RunView): RunOutcome | null {
  if (view.status === "FAILED") return { tone: "failed", text: view.error ?? "The run failed." };
  if (view.status !== "SUCCEEDED") return null;
  const writer = view.writer;
  if (writer?.kind === "MODEL") {
    const name = writer.model ? ` (${writer.model})` : "";
    return { tone: "done", text: `Done: the new handoff is below, written by your model${name}.` };
  }
  if (writer?.fallbackReason) {
    const reason = writer.fallbackReason.trim().replace(/\.+$/, "");
    return {
      tone: "fallback",
      text: "Done: the new handoff is below. Your model could not write it, so the rules did.",
      reason: `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`,
    };
  }
  return { tone: "done", text: "Done: the new handoff is below." };
}
