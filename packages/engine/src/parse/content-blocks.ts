import type { MessageRole } from "../types.ts";
import { clip } from "./text.ts";

/** A piece of a message once its content blocks are sorted into prose and tool traffic. */
export interface RenderedBlock {
  role: MessageRole;
  text: string;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A tool call's arguments as the API sends them, a JSON string, parsed; a string that is no JSON as it is. */
export function jsonOrRaw(raw: unknown): unknown {
  if (typeof raw !== "string") return raw;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

// An agent's todo list (Claude Code's TodoWrite: todos [{content, status}]) is its plan and progress: kept
// whole, one "☒ done" / "☐ open" line per entry, as the terminal shows it, instead of clipped JSON.
const MAX_TODO_CHARS = 1500;

function todoLines(todos: unknown): string | null {
  if (!Array.isArray(todos) || todos.length === 0) return null;
  const lines: string[] = [];
  for (const todo of todos) {
    if (!isRecord(todo) || typeof todo.content !== "string") return null;
    lines.push(`${todo.status === "completed" ? "☒" : "☐"} ${clip(todo.content, 200)}`);
  }
  return lines.join("\n").slice(0, MAX_TODO_CHARS);
}

// The code an edit writes is what the file now holds (its names, settings, dependencies): it is kept as
// written, line breaks and all, the written side first, as other formats show edits ("- new_string:").
const CODE_FIELDS = ["content", "new_string", "newString", "new_source", "old_string", "oldString"];
const MAX_CODE_CHARS = 4000;

function codeFields(input: Record<string, unknown>): string[] {
  const fields: string[] = [];
  for (const key of CODE_FIELDS) {
    const value = input[key];
    if (typeof value === "string" && value.trim() !== "") fields.push(`- ${key}:\n${value.slice(0, MAX_CODE_CHARS)}`);
  }
  if (Array.isArray(input.edits)) {
    for (const edit of input.edits.slice(0, 8)) if (isRecord(edit)) fields.push(...codeFields(edit));
  }
  return fields;
}

/** "Bash command: ls -la, description: List files" — enough to know what the tool did, never the whole input. */
export function summarizeToolCall(name: string, input: unknown): string {
  if (!isRecord(input)) return input === undefined ? name : `${name} ${clip(JSON.stringify(input) ?? "", 300)}`;
  const todos = todoLines(input.todos);
  if (todos) return `${name}\n${todos}`;
  const code = codeFields(input);
  if (code.length > 0) {
    const rest = Object.entries(input)
      .filter(([key, value]) => !CODE_FIELDS.includes(key) && key !== "edits" && typeof value !== "object")
      .map(([key, value]) => `${key}: ${clip(String(value), 200)}`);
    return `${name} ${rest.join(", ")}\n${code.join("\n")}`;
  }
  const fields = Object.entries(input).map(([key, value]) => {
    const text = typeof value === "string" ? value : (JSON.stringify(value) ?? "");
    return `${key}: ${clip(text, 200)}`;
  });
  return clip(`${name} ${fields.join(", ")}`, 1000);
}

/** Tool results hold a string or a list of text/image blocks. */
export function toolResultText(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return content === undefined ? "" : (JSON.stringify(content) ?? "");
  return content
    .map((block) => {
      if (!isRecord(block)) return "";
      if (typeof block.text === "string") return block.text;
      return typeof block.type === "string" ? `[${block.type}]` : "";
    })
    .join("\n");
}

const TEXT_TYPES = new Set(["text", "input_text", "output_text"]);

/**
 * Renders Anthropic-style content (a string or a list of text / thinking / tool_use / tool_result blocks).
 * Prose keeps `textRole`; tool calls and results become TOOL; thinking is dropped as noise.
 */
export function renderContent(content: unknown, textRole: MessageRole): RenderedBlock[] {
  if (typeof content === "string") return [{ role: textRole, text: content }];
  if (!Array.isArray(content)) return [];
  const rendered: RenderedBlock[] = [];
  for (const block of content) {
    if (typeof block === "string") {
      rendered.push({ role: textRole, text: block });
      continue;
    }
    if (!isRecord(block)) continue;
    const type = typeof block.type === "string" ? block.type : "text";
    if (TEXT_TYPES.has(type) && typeof block.text === "string") {
      rendered.push({ role: textRole, text: block.text });
    } else if (type === "tool_use" || type === "server_tool_use") {
      rendered.push({ role: "TOOL", text: summarizeToolCall(String(block.name ?? "tool"), block.input) });
    } else if (type.endsWith("tool_result")) {
      const result = toolResultText(block.content);
      rendered.push({ role: "TOOL", text: block.is_error === true ? `Error: ${result}` : result });
    }
    // thinking, redacted_thinking, images and documents carry nothing a later session can use.
  }
  return rendered;
}
