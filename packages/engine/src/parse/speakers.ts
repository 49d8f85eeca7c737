import type { MessageRole } from "../types.ts";

// Speaker names seen in pasted chats and Markdown exports, lower-cased. Shared by the PLAIN and
// MARKDOWN parsers so both recognise the same people.
const SPEAKER_ROLES: Record<string, MessageRole> = {
  user: "USER",
  human: "USER",
  you: "USER",
  me: "USER",
  prompt: "USER",
  question: "USER",
  q: "USER",
  assistant: "ASSISTANT",
  ai: "ASSISTANT",
  chatgpt: "ASSISTANT",
  "chat gpt": "ASSISTANT",
  bard: "ASSISTANT",
  copilot: "ASSISTANT",
  "github copilot": "ASSISTANT",
  bot: "ASSISTANT",
  chatbot: "ASSISTANT",
  model: "ASSISTANT",
  response: "ASSISTANT",
  answer: "ASSISTANT",
  a: "ASSISTANT",
  agent: "ASSISTANT",
  llm: "ASSISTANT",
  cursor: "ASSISTANT",
  system: "SYSTEM",
  tool: "TOOL",
  function: "TOOL",
};

// Model names used as speakers ("Claude:", "GPT-4o:", "Gemini 2.5 Pro:").
const MODEL_NAME = /^(?:claude|gpt|gemini|llama|mistral|deepseek|grok|o\d)\b/;

/** The role a speaker label stands for, or undefined when the word is not a known speaker. */
export function speakerRole(label: string): MessageRole | undefined {
  const key = label.trim().toLowerCase();
  // hasOwn, so labels like "constructor:" do not reach Object.prototype.
  if (Object.hasOwn(SPEAKER_ROLES, key)) return SPEAKER_ROLES[key];
  return MODEL_NAME.test(key) ? "ASSISTANT" : undefined;
}

/** Single letters (Q:/A:) are ambiguous in ordinary prose, so parsers only trust them when nothing better exists. */
export function isSingleLetterLabel(label: string): boolean {
  return label.trim().length === 1;
}
