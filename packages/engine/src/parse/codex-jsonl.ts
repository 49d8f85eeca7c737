import type { MessageRole, ParsedTranscript } from "../types.ts";
import { TranscriptBuilder } from "./builder.ts";
import { patchEdits } from "./codex-patch.ts";
import { isRecord, jsonOrRaw, summarizeToolCall, toolResultText } from "./content-blocks.ts";
import { notA } from "./errors.ts";
import { jsonlRecords } from "./jsonl.ts";
import { isoFromUnknown } from "./text.ts";

// OpenAI Codex CLI keeps each session as a rollout file (~/.codex/sessions/…/rollout-*.jsonl): one
// {timestamp, type, payload} object a line, where type is session_meta, turn_context, response_item,
// event_msg or compacted, and a response_item's payload is a message, a tool call, its output or reasoning.
const ROLLOUT_TYPE = /"type"\s*:\s*"(?:session_meta|response_item|turn_context|event_msg|compacted)"/;

export function looksLikeCodexJsonl(prefix: string): boolean {
  const first = prefix.trimStart().split("\n", 1)[0] ?? "";
  return first.startsWith("{") && /"payload"\s*:\s*\{/.test(first) && ROLLOUT_TYPE.test(first);
}

// Context Codex adds to the user's side of every session (the environment, AGENTS.md instructions): not
// the person speaking.
const INJECTED = /^\s*<(?:environment_context|user_instructions|permissions instructions|INSTRUCTIONS)>/i;

function contentText(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content
    .map((block) => (isRecord(block) && typeof block.text === "string" ? block.text : ""))
    .filter(Boolean)
    .join("\n\n");
}

function messageRole(role: unknown, text: string): MessageRole {
  if (role === "assistant") return "ASSISTANT";
  if (role === "user") return INJECTED.test(text) ? "SYSTEM" : "USER";
  return "SYSTEM";
}

/** A shell call's command as typed: ["bash", "-lc", "npm test"] is "npm test". */
function shellCommand(command: unknown): string | null {
  if (typeof command === "string") return command;
  if (!Array.isArray(command) || !command.every((part) => typeof part === "string")) return null;
  const [shell, flag, script] = command as string[];
  if (command.length === 3 && /(?:^|\/)(?:ba|z)?sh$/.test(shell ?? "") && /^-l?c$/.test(flag ?? ""))
    return script ?? "";
  return command.join(" ");
}

/** The TOOL messages one call stands for, written the way the extractors read other agents' tools. */
function toolCall(name: string, input: unknown): string[] {
  if (name === "apply_patch") {
    const patch = typeof input === "string" ? input : isRecord(input) ? String(input.input ?? input.patch ?? "") : "";
    const edits = patchEdits(patch);
    if (edits.length > 0) return edits;
  }
  if (isRecord(input)) {
    // Older versions ran the patch through the shell tool: {"command": ["apply_patch", "*** Begin Patch…"]}.
    if (Array.isArray(input.command) && input.command[0] === "apply_patch" && typeof input.command[1] === "string") {
      const edits = patchEdits(input.command[1]);
      if (edits.length > 0) return edits;
    }
    const command = shellCommand(input.command);
    if (command !== null && /shell|exec|bash|terminal/i.test(name)) return [summarizeToolCall("Bash", { command })];
    // Codex's plan tool ({plan: [{step, status}]}) is its todo list.
    if (Array.isArray(input.plan)) {
      const todos = input.plan.filter(isRecord).map((entry) => ({ content: entry.step, status: entry.status }));
      return [summarizeToolCall("Plan", { todos })];
    }
  }
  return [summarizeToolCall(name, input)];
}

/** A call's output: newer versions wrap it as JSON, {"output": "…", "metadata": {…}}. */
function outputText(output: unknown): string {
  const parsed = jsonOrRaw(output);
  if (isRecord(parsed) && typeof parsed.output === "string") return parsed.output;
  return typeof output === "string" ? output : toolResultText(output);
}

export function parseCodexJsonl(text: string): ParsedTranscript {
  const builder = new TranscriptBuilder("CODEX_JSONL");
  let rolloutLines = 0;
  for (const { entry, line } of jsonlRecords(text, "CODEX_JSONL")) {
    if (!isRecord(entry.payload) || typeof entry.type !== "string") {
      throw notA("CODEX_JSONL", `line ${line} is not a {timestamp, type, payload} rollout line`);
    }
    rolloutLines++;
    const payload = entry.payload;
    const createdAt = isoFromUnknown(entry.timestamp);
    if (entry.type === "compacted") {
      // The summary Codex writes when it compacts the context opens a new conversation, like Claude Code's.
      builder.startSession();
      if (typeof payload.message === "string") builder.add("SYSTEM", payload.message, createdAt);
      continue;
    }
    if (entry.type !== "response_item") continue;
    if (payload.type === "message") {
      const body = contentText(payload.content);
      builder.add(messageRole(payload.role, body), body, createdAt);
    } else if (
      payload.type === "function_call" ||
      payload.type === "custom_tool_call" ||
      payload.type === "local_shell_call"
    ) {
      const name = typeof payload.name === "string" ? payload.name : "shell";
      const input =
        payload.type === "local_shell_call" ? payload.action : jsonOrRaw(payload.arguments ?? payload.input);
      for (const call of toolCall(name, input)) builder.add("TOOL", call, createdAt);
    } else if (payload.type === "function_call_output" || payload.type === "custom_tool_call_output") {
      builder.add("TOOL", outputText(payload.output), createdAt);
    }
    // Reasoning (mostly encrypted), ghost snapshots, turn contexts and UI events repeat or hide what the
    // messages say.
  }
  if (rolloutLines === 0) throw notA("CODEX_JSONL", "no rollout lines");
  return builder.finish();
}
