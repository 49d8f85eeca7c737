import type { MessageRole, ParsedTranscript } from "../types.ts";
import { TranscriptBuilder } from "./builder.ts";
import { isRecord, jsonOrRaw, renderContent, summarizeToolCall } from "./content-blocks.ts";
import { notA } from "./errors.ts";
import { isoFromUnknown } from "./text.ts";

const ROLE_NAMES: Record<string, MessageRole> = {
  user: "USER",
  human: "USER",
  assistant: "ASSISTANT",
  ai: "ASSISTANT",
  model: "ASSISTANT",
  gpt: "ASSISTANT",
  bot: "ASSISTANT",
  system: "SYSTEM",
  developer: "SYSTEM",
  tool: "TOOL",
  function: "TOOL",
  ipython: "TOOL",
};

/** The reason JSON.parse gave, for error messages. */
export function jsonErrorReason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** `[{role, content}]`, `{messages: […]}`, or JSON Lines with one message (or `{messages}`) per line. */
function readMessageList(text: string): { list: unknown[]; title?: string } {
  const trimmed = text.trim();
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch (error) {
    if (!trimmed.startsWith("{") || !trimmed.includes("\n")) {
      throw notA("JSON_MESSAGES", `invalid JSON (${jsonErrorReason(error)})`);
    }
    data = trimmed
      .split("\n")
      .filter((line) => line.trim() !== "")
      .flatMap((line, index) => {
        const item = parseJsonLine(line, index);
        return isRecord(item) && Array.isArray(item.messages) ? item.messages : [item];
      });
  }
  if (Array.isArray(data)) return { list: data };
  if (isRecord(data) && Array.isArray(data.messages)) {
    return { list: data.messages, title: typeof data.title === "string" ? data.title : undefined };
  }
  throw notA("JSON_MESSAGES", 'expected an array of {role, content} objects or {"messages": […]}');
}

function parseJsonLine(line: string, index: number): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw notA("JSON_MESSAGES", `invalid JSON on line ${index + 1}`);
  }
}

/** OpenAI-style `tool_calls: [{function: {name, arguments}}]` on an assistant message. */
function toolCallSummaries(toolCalls: unknown): string[] {
  if (!Array.isArray(toolCalls)) return [];
  return toolCalls.filter(isRecord).map((call) => {
    const fn = isRecord(call.function) ? call.function : call;
    return summarizeToolCall(String(fn.name ?? "tool"), jsonOrRaw(fn.arguments));
  });
}

export function parseJsonMessages(text: string): ParsedTranscript {
  const { list, title } = readMessageList(text);
  const builder = new TranscriptBuilder("JSON_MESSAGES");
  list.forEach((item, index) => {
    if (!isRecord(item)) throw notA("JSON_MESSAGES", `message ${index + 1} is not an object`);
    // `role` (OpenAI/Anthropic), `author.role`, `from` (ShareGPT).
    const author = isRecord(item.author) ? item.author.role : item.author;
    const roleName = item.role ?? author ?? item.from;
    const key = typeof roleName === "string" ? roleName.toLowerCase() : "";
    // hasOwn, so names like "constructor" do not reach Object.prototype.
    const role = Object.hasOwn(ROLE_NAMES, key) ? ROLE_NAMES[key] : undefined;
    if (!role) throw notA("JSON_MESSAGES", `message ${index + 1} has no known role (got ${JSON.stringify(roleName)})`);
    const content = item.content ?? item.parts ?? item.value ?? item.text;
    const createdAt = isoFromUnknown(item.timestamp ?? item.created_at ?? item.createdAt ?? item.create_time);
    for (const block of renderContent(content, role)) builder.add(block.role, block.text, createdAt);
    for (const call of toolCallSummaries(item.tool_calls)) builder.add("TOOL", call, createdAt);
  });
  return builder.finish(title);
}
