import type { TranscriptMessage } from "../src/types.ts";

/** Builds a conversation from alternating [role, text] pairs. */
export function chat(...turns: Array<[TranscriptMessage["role"], string]>): TranscriptMessage[] {
  return turns.map(([role, content]) => ({ role, content }));
}

export const user = (content: string): [TranscriptMessage["role"], string] => ["USER", content];
export const assistant = (content: string): [TranscriptMessage["role"], string] => ["ASSISTANT", content];
export const tool = (content: string): [TranscriptMessage["role"], string] => ["TOOL", content];
