import { readFileSync } from "node:fs";
import type { MessageRole, ParsedTranscript } from "../../src/types.ts";

/** Reads a file from test/fixtures. */
export function readFixture(name: string): string {
  return readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");
}

export function roles(result: ParsedTranscript): MessageRole[] {
  return result.messages.map((message) => message.role);
}

export function contentsOf(result: ParsedTranscript, role: MessageRole): string[] {
  return result.messages.filter((message) => message.role === role).map((message) => message.content);
}
