import type { TranscriptMessage } from "../types.ts";
import { COMPLETED, DEAD_END, RESOLVED } from "./cues.ts";

/** A sentence saying some work is finished or some problem is fixed; it closes matching ledger items. */
export interface StatusSignal {
  kind: "DONE" | "RESOLVED";
  /** Lower-cased sentence, matched against items' keys. */
  text: string;
  ordinal: number;
}

const SENTENCES = /[^\n.!?]+(?:[.!?]|$)/g;

/** Completion and fix statements by the user or the assistant, in order. Linear in the transcript. */
export function statusSignals(messages: TranscriptMessage[]): StatusSignal[] {
  const out: StatusSignal[] = [];
  messages.forEach((message, ordinal) => {
    if (message.role !== "USER" && message.role !== "ASSISTANT") return;
    const content = message.content.length > 20000 ? message.content.slice(0, 20000) : message.content;
    for (const match of content.matchAll(SENTENCES)) {
      const sentence = match[0];
      if (sentence.length < 12 || sentence.length > 400) continue;
      // "X still fails" or "reverted X" is no fix, whatever else the sentence says.
      if (DEAD_END.test(sentence)) continue;
      if (RESOLVED.test(sentence)) out.push({ kind: "RESOLVED", text: sentence.toLowerCase(), ordinal });
      else if (COMPLETED.test(sentence)) out.push({ kind: "DONE", text: sentence.toLowerCase(), ordinal });
    }
  });
  return out;
}
