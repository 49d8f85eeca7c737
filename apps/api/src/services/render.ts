// Renders a ledger into a master prompt within the budget, optionally headed by a model's prose, and measures
// its fidelity against the version it was built on. Used by runs, by model drafts and by a person's edits.
import { type HandoffResult, type KnowledgeSnippet, type Ledger, renderWith, type TokenCounter } from "@baton/engine";
import { fidelityAgainst } from "./fidelity.ts";

export interface RenderInput {
  previous: Ledger | null;
  ledger: Ledger;
  project: { name: string; description?: string };
  budget: number;
  knowledge: KnowledgeSnippet[];
  /** Markdown sections written by a model, shown before the ledger's sections. */
  prose?: string | null;
}

/** Inserts the prose after the prompt's opening paragraphs (before its first section), one blank line each side. */
function splice(prompt: string, prose: string): string {
  const at = prompt.indexOf("\n## ");
  const text = prose.trim();
  if (at < 0) return `${prompt.trimEnd()}\n\n${text}`;
  return `${prompt.slice(0, at).trimEnd()}\n\n${text}\n\n${prompt.slice(at).trimStart()}`;
}

export function renderHandoff(input: RenderInput, counter: TokenCounter): HandoffResult {
  const proseTokens = input.prose ? counter.count(input.prose) + 2 : 0;
  // Prose may take at most half the budget; the ledger's sections keep the rest.
  const prose = proseTokens > 0 && proseTokens <= input.budget / 2 ? input.prose! : null;
  const rendered = renderWith(
    input.ledger,
    { project: input.project, budget: input.budget - (prose ? proseTokens : 0), knowledge: input.knowledge },
    counter,
  );
  const prompt = prose ? splice(rendered.prompt, prose) : rendered.prompt;
  return {
    prompt,
    tokenCount: counter.count(prompt),
    included: rendered.included,
    ledger: { ...input.ledger, prompted: rendered.included },
    fidelity: fidelityAgainst(input.previous, input.ledger, prompt, rendered.included),
  };
}

/** The open, unarchived items' texts: what the project is working on, for finding relevant knowledge. */
export const openWork = (ledger: Ledger) =>
  ledger.items.filter((i) => i.status === "OPEN" && !i.archived).map((i) => i.text);
