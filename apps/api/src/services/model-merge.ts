// Folds a model's draft into the rule-built handoff: its items join the ledger (unless already there), and its
// brief and state of things head the prompt, which is re-rendered so the whole still fits the budget.
import {
  addItem,
  type HandoffResult,
  type Ledger,
  measureFidelity,
  renderWith,
  type TokenCounter,
} from "@baton/engine";
import type { ModelDraft } from "./model-writer.ts";

const normalized = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** Adds the draft's items the ledger does not already hold, as ordinary transcript items (not pinned, not edited). */
export function withDraftItems(ledger: Ledger, draft: ModelDraft): { ledger: Ledger; added: string[] } {
  const known = new Set(ledger.items.map((i) => normalized(i.text)));
  let next = ledger;
  const added: string[] = [];
  for (const proposal of draft.items) {
    const key = normalized(proposal.text);
    if (!key || known.has(key)) continue;
    known.add(key);
    const result = addItem(next, proposal.kind, proposal.text, false);
    next = {
      ...result.ledger,
      items: result.ledger.items.map((i) =>
        i.id === result.item.id ? { ...i, origin: "TRANSCRIPT" as const, edited: false, priority: 65 } : i,
      ),
    };
    added.push(result.item.id);
  }
  return { ledger: next, added };
}

function proseBlock(draft: ModelDraft): string {
  return `## Brief\n${draft.brief.replace(/\s+/g, " ")}\n\n## State of things\n${draft.state.trim()}\n`;
}

/** Inserts the prose after the prompt's opening paragraphs (before its first section). */
function splice(prompt: string, prose: string): string {
  const at = prompt.indexOf("\n## ");
  return at < 0 ? `${prompt.trimEnd()}\n\n${prose}` : `${prompt.slice(0, at)}\n\n${prose}${prompt.slice(at)}`;
}

export function applyDraft(
  rules: HandoffResult,
  input: {
    previous: Ledger | null;
    draft: ModelDraft;
    project: { name: string; description?: string };
    budget: number;
    knowledge: { id: string; title: string; content: string }[];
    counter: TokenCounter;
  },
): HandoffResult {
  const { ledger } = withDraftItems(rules.ledger, input.draft);
  const prose = proseBlock(input.draft);
  const proseTokens = input.counter.count(prose) + 2;
  // The prose may take at most half the budget; the ledger's sections keep the rest.
  if (proseTokens > input.budget / 2) return { ...rules, ledger };
  const rendered = renderWith(
    ledger,
    { project: input.project, budget: input.budget - proseTokens, knowledge: input.knowledge },
    input.counter,
  );
  const prompt = splice(rendered.prompt, prose);
  const previousOpen = new Set(input.previous?.items.filter((i) => i.status === "OPEN").map((i) => i.id) ?? []);
  const previousIds = new Set(input.previous?.items.map((i) => i.id) ?? []);
  const fidelity = measureFidelity({
    previous: input.previous,
    ledger: { ...ledger, prompted: rendered.included },
    prompt,
    included: rendered.included,
    added: ledger.items.filter((i) => !previousIds.has(i.id)).map((i) => i.id),
    closed: ledger.items.filter((i) => previousOpen.has(i.id) && i.status !== "OPEN").map((i) => i.id),
  });
  return {
    prompt,
    tokenCount: input.counter.count(prompt),
    included: rendered.included,
    ledger: { ...ledger, prompted: rendered.included },
    fidelity,
  };
}
