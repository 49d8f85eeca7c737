import type { MessageRole } from "../types.ts";
import { FenceTracker, isRuleLine } from "./text.ts";

/** One piece of an assistant turn: its prose, or a tool call rendered by SpecStory. */
export interface AgentSegment {
  role: MessageRole;
  text: string;
  /** The agent's running commentary between tool calls (a `<think>` block): a message of its own. */
  narration?: boolean;
}

// Lines Cursor/SpecStory write for tool calls in legacy exports ("Read file: src/cli.ts", "Cancelled"…).
const TOOL_CHUNK_START =
  /^(?:Read file:|Listed (?:directory|current directory)|Searched (?:codebase|files|web)|Grep search|Cancelled|Deleted file|Could not (?:find|resolve)|Tool use:|Error calling tool)/;
const TAG_BALANCE = /<(\/?)(?:details|tool-use)\b/g;

/** Net number of <details>/<tool-use> tags a line opens (negative when it closes more). */
function tagBalance(line: string): number {
  let balance = 0;
  for (const match of line.matchAll(TAG_BALANCE)) balance += match[1] ? -1 : 1;
  return balance;
}

/** A chunk holding nothing but fenced code is an applied edit (```diff) or a command and its output (```bash + ```). */
function isOnlyCodeBlocks(lines: string[]): boolean {
  const fences = new FenceTracker();
  let sawFence = false;
  for (const line of lines) {
    if (fences.update(line)) sawFence = true;
    else if (line.trim() !== "") return false;
  }
  return sawFence;
}

// SpecStory lists a tool's inputs alphabetically, so a file's path can follow pages of its content; the path
// says what the call is about and moves up under the tool's name.
const PATH_INPUT = /^- (?:filePath|file_path|path|dirPath):.*$/m;

function pathFirst(text: string): string {
  const path = PATH_INPUT.exec(text);
  if (!path || path.index < 200) return text;
  const rest = `${text.slice(0, path.index)}${text.slice(path.index + path[0].length + 1)}`;
  const head = rest.indexOf("\n");
  return head < 0 ? `${rest}\n${path[0]}` : `${rest.slice(0, head)}\n${path[0]}${rest.slice(head)}`;
}

/** Strips SpecStory's HTML wrapper so a tool call reads as "Tool use: read_file / filePath: …". */
export function compactToolMarkup(text: string): string {
  return pathFirst(compactMarkup(text));
}

function compactMarkup(text: string): string {
  return text
    .replace(/<\/?(?:tool-use|details)\b[^>\n]{0,500}>/g, "")
    .replace(/<summary>([^<]*)<\/summary>/g, "$1")
    .replace(/\*\*Input:\*\*/g, "")
    .replace(/\*\*([^*\n]{1,80})\*\*/g, "$1")
    .replace(/\n(?:[ \t]*\n)+/g, "\n")
    .trim();
}

/** The text of a `<think>` block without SpecStory's wrapper ("<details><summary>Thought Process</summary>"). */
function thoughtText(lines: string[]): string {
  return lines
    .join("\n")
    .replace(/<\/?think>|<\/?details>|<summary>[^<\n]{0,80}<\/summary>/g, "")
    .trim();
}

/**
 * Splits the body of a `_**Assistant**_` / `_**Agent**_` turn into prose and tool calls. `<think>` blocks
 * become narration segments: SpecStory files the agent's running commentary there (Copilot's "Now let me
 * update AGENTS.md…", "I see - `x` should be a map, not an atom"), which names the files it touched and
 * what it found; tool calls alone do not.
 */
export function splitAgentTurn(lines: string[]): AgentSegment[] {
  const segments: AgentSegment[] = [];
  const fences = new FenceTracker();
  let chunk: string[] = [];
  let thought: string[] = [];
  let toolLines: string[] = [];
  let mode: "text" | "think" | "tool" = "text";
  let depth = 0;

  const flushChunk = (): void => {
    const text = chunk.join("\n").trim();
    if (text !== "") {
      const isTool = TOOL_CHUNK_START.test(text) || isOnlyCodeBlocks(chunk);
      segments.push({ role: isTool ? "TOOL" : "ASSISTANT", text });
    }
    chunk = [];
  };
  const flushThought = (): void => {
    const text = thoughtText(thought);
    if (text !== "") segments.push({ role: "ASSISTANT", text, narration: true });
    thought = [];
    mode = "text";
  };
  const flushTool = (): void => {
    segments.push({ role: "TOOL", text: compactToolMarkup(toolLines.join("\n")) });
    toolLines = [];
    mode = "text";
  };

  for (const line of lines) {
    if (mode === "think") {
      thought.push(line);
      if (line.includes("</think>")) flushThought();
      continue;
    }
    if (mode === "tool") {
      toolLines.push(line);
      depth += tagBalance(line);
      if (depth <= 0) flushTool();
      continue;
    }
    if (fences.update(line)) {
      chunk.push(line);
      continue;
    }
    const start = line.trimStart();
    if (start.startsWith("<think")) {
      flushChunk();
      mode = "think";
      thought = [line];
      if (line.includes("</think>")) flushThought();
    } else if (start.startsWith("<tool-use") || start.startsWith("<details")) {
      flushChunk();
      mode = "tool";
      toolLines = [line];
      depth = tagBalance(line);
      if (depth <= 0) flushTool();
    } else if (isRuleLine(line)) {
      flushChunk();
    } else {
      chunk.push(line);
    }
  }
  if (mode === "tool") flushTool();
  if (mode === "think") flushThought();
  flushChunk();
  return segments;
}
