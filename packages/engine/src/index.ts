// @baton/engine: transcript parsers, the handoff ledger and the master-prompt renderer.
// Runtime-agnostic (Workers, browsers, Node): no Node APIs outside cli.ts.

export { recordCandidates } from "./extract/record.ts";
export { extractSession } from "./extract/session.ts";
export { type FileChange, type TouchedFile, touchedFiles } from "./extract/touched.ts";
export { HIGH_PRIORITY, measureFidelity } from "./fidelity.ts";
export {
  type BuiltHandoff,
  buildHandoff,
  buildHandoffWith,
  type HandoffInput,
  type HandoffResult,
  type SessionInput,
} from "./handoff.ts";
export { addItem, editItem, type ItemPatch } from "./ledger/edit.ts";
export { emptyLedger, mergeSession } from "./ledger/merge.ts";
export * from "./parse/index.ts";
export { DEFAULT_BUDGET, type RenderOptions, type RenderResult, renderWith } from "./render/prompt.ts";
export { byteCounter, countTokens, loadTokenCounter, type TokenCounter } from "./render/tokens.ts";
export type * from "./types.ts";

import { type RenderOptions, type RenderResult, renderWith } from "./render/prompt.ts";
import { loadTokenCounter } from "./render/tokens.ts";
import type { Ledger } from "./types.ts";

/** Re-renders a ledger (after a person pinned or edited items) within the budget. */
export async function renderPrompt(ledger: Ledger, options: RenderOptions): Promise<RenderResult> {
  return renderWith(ledger, options, await loadTokenCounter());
}
