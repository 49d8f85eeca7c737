import { recordCandidates } from "./extract/record.ts";
import { extractSession } from "./extract/session.ts";
import { statusSignals } from "./extract/signals.ts";
import { type TouchedFile, touchedFiles } from "./extract/touched.ts";
import { measureFidelity } from "./fidelity.ts";
import { mergeSession } from "./ledger/merge.ts";
import { parseTranscript } from "./parse/index.ts";
import { type RenderResult, renderWith } from "./render/prompt.ts";
import { loadTokenCounter, type TokenCounter } from "./render/tokens.ts";
import type {
  HandoffFidelity,
  KnowledgeSnippet,
  Ledger,
  ProgressListener,
  ProjectInfo,
  SessionRecord,
  TranscriptFormat,
  TranscriptMessage,
} from "./types.ts";

export interface SessionInput {
  /** 1-based session number within the project. */
  number: number;
  /** The session's messages; or give `transcript` (raw text) to have it parsed. */
  messages?: TranscriptMessage[];
  transcript?: string;
  format?: TranscriptFormat | "AUTO";
  record?: SessionRecord;
}

export interface HandoffInput {
  project: ProjectInfo;
  previous: Ledger | null;
  session: SessionInput;
  /** Token budget of the prompt (default 2,000 Llama 3 tokens). */
  budget?: number;
  knowledge?: KnowledgeSnippet[];
  onProgress?: ProgressListener;
  /** Token counter override (defaults to the Llama 3 tokenizer). */
  counter?: TokenCounter;
}

export interface HandoffResult extends RenderResult {
  ledger: Ledger;
  fidelity: HandoffFidelity;
}

export interface BuiltHandoff extends HandoffResult {
  /** What the session's tool calls did to files (touched.ts): read once, for the merge and for callers' records. */
  files: TouchedFile[];
}

/** Builds the next handoff: extract, merge into the previous ledger, render within the budget, score. */
export async function buildHandoff(input: HandoffInput): Promise<BuiltHandoff> {
  const counter = input.counter ?? (await loadTokenCounter());
  return buildHandoffWith(input, counter);
}

/** The synchronous core of buildHandoff, for callers that already hold a token counter. */
export function buildHandoffWith(input: HandoffInput, counter: TokenCounter): BuiltHandoff {
  const progress: ProgressListener = input.onProgress ?? (() => {});
  const { session } = input;
  progress("parsing", 0);
  const messages =
    session.messages ?? (session.transcript ? parseTranscript(session.transcript, session.format).messages : []);
  progress("extracting", 0.1, `${messages.length} messages`);
  const opensProject = !input.previous?.items.some((i) => i.kind === "GOAL" && i.origin !== "RECORD");
  const candidates = [
    ...extractSession(messages, {
      opensProject,
      onProgress: (share) => progress("extracting", 0.1 + 0.5 * share),
    }),
    ...recordCandidates(session.record, messages.length),
  ];
  const signals = statusSignals(messages);
  progress("merging", 0.6, `${candidates.length} candidate items`);
  const files = touchedFiles(messages);
  const deleted = files.filter((f) => f.change === "DELETED").map((f) => f.path);
  const merged = mergeSession(input.previous, { session: session.number, candidates, signals, deleted });
  progress("writing", 0.75);
  const rendered = renderWith(
    merged.ledger,
    { project: input.project, budget: input.budget, knowledge: input.knowledge },
    counter,
  );
  progress("scoring", 0.95);
  const ledger: Ledger = { ...merged.ledger, prompted: rendered.included };
  const fidelity = measureFidelity({
    previous: input.previous,
    ledger,
    prompt: rendered.prompt,
    included: rendered.included,
    added: merged.added,
    closed: merged.closed,
  });
  progress("scoring", 1, `fidelity ${fidelity.score}`);
  return { ...rendered, ledger, fidelity, files };
}
