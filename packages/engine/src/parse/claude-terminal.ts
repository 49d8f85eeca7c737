import type { MessageRole, ParsedTranscript } from "../types.ts";
import { TranscriptBuilder } from "./builder.ts";
import { notA } from "./errors.ts";

// Claude Code prints "⏺" before each reply or tool call (macOS); some terminals show "●".
const BULLET = /^[⏺●] /;
// "⏺ Bash(…)", "⏺ Read(…)", "⏺ mcp__github__get_issue(…)", "⏺ context7:resolve (MCP)(…)", "⏺ Update Todos".
const TOOL_CALL = /^[⏺●] (?:[A-Z]\w*|mcp__[\w-]+|[\w-]+:[\w-]+)(?: \(MCP\))?\(|^[⏺●] (?:Read|Update) Todos\b/;
const TOOL_RESULT = /^[ \t]{0,6}⎿/;
const COMPACTED = /^=+ Previous Conversation Compacted =+/;
const COMPACT_SUMMARY = /^This session is being continued from a previous conversation/;
const THINKING = /^✻ Thinking/;
// Blank lines and the ─── rules newer versions draw around the input box.
const BLANK_OR_RULE = /^[─━═\s]*$/;
// Replies and prompts are indented by 2 under their marker, tool results by 5 under "  ⎿  ".
const TEXT_INDENT = /^ {1,2}/;
const RESULT_INDENT = /^ {1,5}/;

export function looksLikeClaudeTerminal(lines: string[]): boolean {
  let replies = 0;
  let dotReplies = 0;
  let prompts = 0;
  let results = 0;
  for (const line of lines) {
    if (line.startsWith("⏺ ")) replies++;
    else if (line.startsWith("● ")) dotReplies++;
    else if (line.startsWith("> ")) prompts++;
    else if (TOOL_RESULT.test(line)) results++;
  }
  // "●" is also an ordinary bullet, so it needs "⎿" tool results to back it up.
  return (replies > 0 && prompts + results > 0) || (dotReplies > 0 && results > 0);
}

interface Block {
  role: MessageRole;
  lines: string[];
}

export function parseClaudeTerminal(text: string): ParsedTranscript {
  const builder = new TranscriptBuilder("CLAUDE_CODE_TERMINAL");
  let block: Block | null = null;
  let inBox = false;
  let boxIsWelcome = false;
  let sawReply = false;

  const flush = (): void => {
    if (block) builder.add(block.role, block.lines.join("\n"));
    block = null;
  };
  // A function, so TypeScript does not narrow `block` to null across the closures above.
  const current = (): Block | null => block;
  const open = (role: MessageRole, first: string): void => {
    flush();
    block = { role, lines: [first] };
    if (role === "ASSISTANT" || role === "TOOL") sawReply = true;
  };

  for (const rawLine of text.split("\n")) {
    const line = rawLine.trimEnd();
    // Welcome banners and the input box are drawn with ╭│╰; none of it is conversation.
    // A box ends at ╰, or at any line that is not part of it (a cut-off paste must not hide the rest).
    if (inBox && (line.startsWith("│") || line.startsWith("╰"))) {
      if (line.includes("Welcome to Claude Code")) boxIsWelcome = true;
      if (line.startsWith("╰")) {
        inBox = false;
        if (boxIsWelcome) builder.startSession();
      }
      continue;
    }
    inBox = false;
    if (line.startsWith("╭")) {
      flush();
      inBox = true;
      boxIsWelcome = false;
    } else if (COMPACTED.test(line)) {
      flush();
      builder.startSession();
    } else if (line.startsWith("> ") || line === ">") {
      const prompt = line.slice(2);
      if (COMPACT_SUMMARY.test(prompt)) {
        // The summary written by /compact opens the continued conversation.
        flush();
        builder.startSession();
        open("SYSTEM", prompt);
      } else open("USER", prompt);
    } else if (BULLET.test(line)) {
      open(TOOL_CALL.test(line) ? "TOOL" : "ASSISTANT", line.slice(2));
    } else if (TOOL_RESULT.test(line)) {
      // A result belongs with the call above it; results under prose or prompts get their own message.
      // Claude Code pads the marker with a no-break space, which \s covers.
      const result = line.replace(/^\s*⎿\s*/, "");
      const call = current();
      if (call?.role === "TOOL") call.lines.push(result);
      else open("TOOL", result);
    } else if (THINKING.test(line)) {
      // Extended thinking is the model talking to itself; drop it and its indented body.
      flush();
    } else if (line === "" || line[0] === " " || line[0] === "\t") {
      const continued = current();
      if (!continued) continue;
      // Blank lines inside tool output only pad it; prose keeps its paragraphs.
      if (!BLANK_OR_RULE.test(line))
        continued.lines.push(line.replace(continued.role === "TOOL" ? RESULT_INDENT : TEXT_INDENT, ""));
      else if (continued.role !== "TOOL") continued.lines.push("");
    } else {
      // Shell prompts, "Total cost:", tips and spinners at column 0 are terminal chrome.
      flush();
    }
  }
  flush();
  // Prompts alone ("> " is also a Markdown quote) do not make a Claude Code session.
  if (!sawReply) throw notA("CLAUDE_CODE_TERMINAL", 'no "⏺" replies or "⎿" tool results');
  return builder.finish();
}
