// Types shared by the parsers, the ledger and their users (the API Worker, the CLI, tests).
// Keep this file free of runtime code so every runtime can import it.

export type MessageRole = "USER" | "ASSISTANT" | "SYSTEM" | "TOOL";

/** One turn of a conversation, in the order it happened. */
export interface TranscriptMessage {
  role: MessageRole;
  content: string;
  /** ISO-8601 when the source records it. */
  createdAt?: string;
}

/** Formats the parsers understand; AUTO asks for detection. Names match the GraphQL enum TranscriptFormat. */
export type TranscriptFormat =
  | "PLAIN"
  | "MARKDOWN"
  | "SPECSTORY"
  | "AIDER"
  | "CLAUDE_CODE_JSONL"
  | "CLAUDE_CODE_TERMINAL"
  | "CODEX_JSONL"
  | "CHATGPT_JSON"
  | "JSON_MESSAGES";

export interface ParsedTranscript {
  format: TranscriptFormat;
  /** Every message of the input, in order. */
  messages: TranscriptMessage[];
  /**
   * Indices into `messages` where a new conversation starts (always begins with 0 when there are messages).
   * Formats that hold several sessions in one file (aider history, ChatGPT exports with several
   * conversations, Claude Code compact boundaries) report each start here.
   */
  sessionStarts: number[];
  /** Optional title found in the source (SpecStory heading, ChatGPT conversation title…). */
  title?: string;
}

export type HandoffItemKind =
  | "GOAL"
  | "DECISION"
  | "CONSTRAINT"
  | "TASK"
  | "BLOCKER"
  | "DEAD_END"
  | "FILE"
  | "COMMAND"
  | "NOTE";
export type HandoffItemStatus = "OPEN" | "DONE" | "RESOLVED" | "SUPERSEDED";

// --- Ledger: the structured memory a handoff is rendered from (added by the handoff engine) ---

/** Where an item came from: the transcript, the user's own session record, or a person editing the ledger. */
export type LedgerItemOrigin = "TRANSCRIPT" | "RECORD" | "USER";

export interface LedgerItem {
  /** Stable across merges: assigned once, never recomputed, so the API can store items as rows. */
  id: string;
  kind: HandoffItemKind;
  text: string;
  status: HandoffItemStatus;
  /** Pinned items are never archived nor dropped from the prompt while it has room for them. */
  pinned: boolean;
  /** 0–100; higher survives the budget first. */
  priority: number;
  /** Session and message ordinal (0-based index into that session's messages) of the latest supporting evidence. */
  sourceSession: number;
  sourceOrdinal: number;
  /** Short verbatim excerpt of the evidence (≤ 160 characters). */
  quote: string;
  /** Stale items move to the archive: kept, indexed briefly in the prompt, never silently deleted. */
  archived: boolean;
  firstSession: number;
  lastSeenSession: number;
  origin: LedgerItemOrigin;
  /** True once a person edited the text: later merges keep this text. */
  edited: boolean;
  /** Distinctive terms (paths, identifiers, commands, error codes) used to merge duplicates and detect status changes. */
  keys: string[];
  /** How many sessions / messages supported the item; repetition raises priority. */
  mentions: number;
  /** Session in which the status last changed (undefined while OPEN from the start). */
  statusSession?: number;
}

export interface Ledger {
  version: 1;
  /** The last session merged into this ledger (0 for an empty ledger). */
  session: number;
  items: LedgerItem[];
  /** Ids of the items the last rendered prompt contained, to measure what a handoff dropped. */
  prompted: string[];
}

/** What the user typed when completing a session: free text, one item per line. */
export interface SessionRecord {
  objectives?: string;
  accomplishments?: string;
  blockers?: string;
  nextSteps?: string;
}

export interface KnowledgeSnippet {
  id: string;
  title: string;
  content: string;
}

export interface ProjectInfo {
  name: string;
  description?: string;
}

export interface HandoffFidelity {
  /** Share (0–1) of still-open, high-priority items that the rendered prompt contains. */
  score: number;
  carried: number;
  added: number;
  resolved: number;
  dropped: number;
}

export type HandoffStage = "parsing" | "extracting" | "merging" | "writing" | "scoring";

/** Progress callback: stage, overall progress 0–1, optional human-readable message. */
export type ProgressListener = (stage: HandoffStage, progress: number, message?: string) => void;
