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

export interface RunEvent {
  stage: string;
  progress: number;
  message?: string | null;
  delta?: string | null;
  run: {
    status: "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED";
    error?: string | null;
    handoff?: { id: string } | null;
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
};

const isStage = (value: string): value is Stage => (STAGES as readonly string[]).includes(value);

export function applyRunEvent(view: RunView, event: RunEvent): RunView {
  const done = event.run.status === "SUCCEEDED";
  const at = isStage(event.stage) ? STAGES.indexOf(event.stage) : -1;
  return {
    status: event.run.status,
    stage: event.stage,
    progress: done ? 1 : Math.max(view.progress, Math.min(1, event.progress)),
    message: event.message ?? view.message,
    modelText: view.modelText + (event.delta ?? ""),
    passed: done ? [...STAGES] : at > 0 ? STAGES.slice(0, Math.max(at, view.passed.length)) : view.passed,
    error: event.run.error ?? null,
    handoffId: event.run.handoff?.id ?? view.handoffId,
  };
}

export const isFinished = (view: RunView) => view.status === "SUCCEEDED" || view.status === "FAILED";
