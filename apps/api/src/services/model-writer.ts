// A model-written handoff: the model reads the rule-built ledger and the end of the session, and returns JSON
// with a brief, the state of things in prose, and items the rules missed. Its tokens stream to the watcher.
// Anything short of valid JSON in time is a ModelFailure; the caller falls back to RULES and records why.

import type { Ledger, TranscriptMessage } from "@baton/engine";
import { InferenceClient } from "@huggingface/inference";
import { z } from "zod";
import type { ModelConfig } from "./model-config.ts";
import { endpointFailureReason } from "./model-errors.ts";

const KINDS = ["GOAL", "DECISION", "CONSTRAINT", "TASK", "BLOCKER", "DEAD_END", "FILE", "COMMAND", "NOTE"] as const;

export const ModelDraft = z.object({
  brief: z.string().trim().min(1).max(1200),
  state: z.string().trim().min(1).max(2400),
  items: z
    .array(z.object({ kind: z.enum(KINDS), text: z.string().trim().min(3).max(400) }))
    .max(20)
    .default([]),
});
export type ModelDraft = z.infer<typeof ModelDraft>;

export class ModelFailure extends Error {
  override name = "ModelFailure";
}

const TRANSCRIPT_TAIL_CHARS = 12_000;
const LEDGER_ITEMS = 60;

function promptFor(project: { name: string; description?: string }, ledger: Ledger, messages: TranscriptMessage[]) {
  const open = ledger.items
    .filter((i) => i.status === "OPEN" && !i.archived)
    .sort((a, b) => b.priority - a.priority)
    .slice(0, LEDGER_ITEMS)
    .map((i) => `- [${i.kind}] ${i.text}`)
    .join("\n");
  let tail = "";
  for (let i = messages.length - 1; i >= 0 && tail.length < TRANSCRIPT_TAIL_CHARS; i--) {
    const m = messages[i]!;
    if (m.role === "TOOL") continue;
    tail = `${m.role}: ${m.content.slice(0, 2000)}\n\n${tail}`;
  }
  return [
    {
      role: "system" as const,
      content:
        "You write handoffs between AI coding sessions. Answer with one JSON object only, no prose around it: " +
        '{"brief": "2-3 sentences: what the project is and its goal", "state": "where things stand now, what was ' +
        'just done and what comes next", "items": [{"kind": "GOAL|DECISION|CONSTRAINT|TASK|BLOCKER|DEAD_END|FILE|' +
        'COMMAND|NOTE", "text": "a durable fact the list below misses, with exact names, paths and commands"}]}. ' +
        "Never invent facts; keep identifiers verbatim.",
    },
    {
      role: "user" as const,
      content: `Project: ${project.name}\n${project.description ?? ""}\n\nLedger (open items):\n${open || "(none)"}\n\nEnd of the latest session:\n${tail || "(no messages)"}`,
    },
  ];
}

/** Pulls the JSON object out of a reply that may wrap it in a code fence or a sentence. */
export function parseDraft(text: string): ModelDraft {
  const start = text.indexOf("{");
  const end = text.lastIndexOf("}");
  if (start < 0 || end <= start) throw new ModelFailure("the model's answer held no JSON object");
  let json: unknown;
  try {
    json = JSON.parse(text.slice(start, end + 1));
  } catch {
    throw new ModelFailure("the model's answer was not valid JSON");
  }
  const parsed = ModelDraft.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ModelFailure(
      `the model's JSON did not fit the schema (${issue?.path.join(".") || "root"}: ${issue?.message})`,
    );
  }
  return parsed.data;
}

/** Resolves with the next chunk, or rejects with a ModelFailure once `deadline` passes first. */
function nextBefore<T>(iterator: AsyncIterator<T>, ms: number, why: string): Promise<IteratorResult<T>> {
  const next = iterator.next();
  // The read may still settle, or fail, after we gave up on it: that is expected and ignored.
  next.catch(() => {});
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ModelFailure(why)), ms);
  });
  return Promise.race([next, timeout]).finally(() => clearTimeout(timer));
}

export async function writeWithModel(
  config: ModelConfig,
  input: { project: { name: string; description?: string }; ledger: Ledger; messages: TranscriptMessage[] },
  onText: (textSoFar: string) => void,
): Promise<ModelDraft> {
  const client = new InferenceClient(
    config.token ?? undefined,
    config.endpointUrl ? { endpointUrl: config.endpointUrl } : {},
  );
  const deadline = Date.now() + config.timeoutMs;
  const iterator = client
    .chatCompletionStream(
      {
        model: config.model,
        messages: promptFor(input.project, input.ledger, input.messages),
        max_tokens: 1200,
        temperature: 0.2,
      },
      // The client retries a 503 at once and without end; a loading or busy model gets one request, then the rules.
      { retry_on_error: false },
    )
    [Symbol.asyncIterator]();
  let text = "";
  try {
    for (;;) {
      const left = deadline - Date.now();
      const idle = Math.min(config.idleTimeoutMs, left);
      const why =
        idle < config.idleTimeoutMs
          ? `the model took longer than ${config.timeoutMs / 1000} s`
          : `the model sent nothing for ${config.idleTimeoutMs / 1000} s`;
      const step = await nextBefore(iterator, Math.max(0, idle), why);
      if (step.done) break;
      const delta = step.value.choices?.[0]?.delta?.content ?? "";
      if (delta) {
        text += delta;
        onText(text);
      }
    }
  } catch (error) {
    // No AbortSignal: aborting a streamed fetch in workerd also rejects a promise of the body stream that nobody
    // can observe. A stalled connection is simply left behind and ends with the request's context.
    if (error instanceof ModelFailure) throw error;
    throw new ModelFailure(endpointFailureReason(error));
  }
  return parseDraft(text);
}
