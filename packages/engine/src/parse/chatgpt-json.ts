import type { MessageRole, ParsedTranscript } from "../types.ts";
import { TranscriptBuilder } from "./builder.ts";
import { isRecord } from "./content-blocks.ts";
import { notA } from "./errors.ts";
import { jsonErrorReason } from "./json-messages.ts";
import { isoFromEpochSeconds } from "./text.ts";

export function looksLikeChatGptExport(prefix: string): boolean {
  return /"mapping"\s*:\s*\{/.test(prefix);
}

type Conversation = Record<string, unknown> & { mapping: Record<string, unknown> };

/** Node ids of the branch the user last saw, root first: walk up from `current_node` through `parent`. */
function activeBranch(conversation: Conversation): string[] {
  const { mapping } = conversation;
  let id = typeof conversation.current_node === "string" ? conversation.current_node : undefined;
  if (id === undefined || !(id in mapping)) {
    // No current node: follow the newest child from the root.
    id = Object.keys(mapping).find((key) => {
      const node = mapping[key];
      return isRecord(node) && (node.parent === null || node.parent === undefined);
    });
    for (let node = id ? mapping[id] : undefined; isRecord(node) && Array.isArray(node.children); ) {
      const next = node.children.at(-1);
      if (typeof next !== "string" || !(next in mapping)) break;
      id = next;
      node = mapping[next];
    }
  }
  const branch: string[] = [];
  const visited = new Set<string>();
  while (id !== undefined && !visited.has(id)) {
    visited.add(id);
    branch.push(id);
    const node = mapping[id];
    id = isRecord(node) && typeof node.parent === "string" ? node.parent : undefined;
  }
  return branch.reverse();
}

/** Text of one message; undefined for content that is not conversation (hidden thoughts, memory, images). */
function messageText(content: Record<string, unknown>): string | undefined {
  switch (content.content_type) {
    case "thoughts":
    case "reasoning_recap":
    case "model_editable_context":
      return undefined;
    case "tether_browsing_display":
      return typeof content.result === "string" ? content.result : undefined;
    case "user_editable_context":
      return [content.user_profile, content.user_instructions].filter((part) => typeof part === "string").join("\n");
  }
  if (Array.isArray(content.parts)) return content.parts.filter((part) => typeof part === "string").join("\n");
  return typeof content.text === "string" ? content.text : undefined;
}

function messageRole(message: Record<string, unknown>, authorRole: unknown): MessageRole | undefined {
  if (authorRole === "user") return "USER";
  if (authorRole === "system") return "SYSTEM";
  if (authorRole === "tool") return "TOOL";
  if (authorRole !== "assistant") return undefined;
  // An assistant message addressed to a tool ("python", "browser"…) is a tool call, not a reply.
  const recipient = message.recipient;
  return typeof recipient === "string" && recipient !== "all" ? "TOOL" : "ASSISTANT";
}

function addConversation(builder: TranscriptBuilder, conversation: Conversation): void {
  builder.startSession();
  for (const id of activeBranch(conversation)) {
    const node = conversation.mapping[id];
    const message = isRecord(node) ? node.message : undefined;
    if (!isRecord(message) || !isRecord(message.content)) continue;
    const metadata = isRecord(message.metadata) ? message.metadata : {};
    if (metadata.is_visually_hidden_from_conversation === true) continue;
    const role = messageRole(message, isRecord(message.author) ? message.author.role : undefined);
    const text = messageText(message.content);
    if (!role || !text) continue;
    // Name the tool an assistant message was addressed to ("python: print(…)").
    const recipient = role === "TOOL" && message.recipient !== "all" ? message.recipient : undefined;
    const content = typeof recipient === "string" ? `${recipient}: ${text}` : text;
    builder.add(role, content, isoFromEpochSeconds(message.create_time));
  }
}

export function parseChatGptJson(text: string): ParsedTranscript {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw notA("CHATGPT_JSON", `invalid JSON (${jsonErrorReason(error)})`);
  }
  const list = Array.isArray(data) ? data : [data];
  const conversations = list.map((item, index) => {
    if (!isRecord(item) || !isRecord(item.mapping)) {
      throw notA("CHATGPT_JSON", `conversation ${index + 1} has no "mapping" of messages`);
    }
    return item as Conversation;
  });
  // Exports list the newest conversation first; sessions must read in the order they happened.
  const created = (conversation: Conversation): number =>
    typeof conversation.create_time === "number" ? conversation.create_time : Number.POSITIVE_INFINITY;
  conversations.sort((a, b) => {
    const difference = created(a) - created(b);
    return Number.isNaN(difference) ? 0 : difference;
  });
  const builder = new TranscriptBuilder("CHATGPT_JSON");
  for (const conversation of conversations) addConversation(builder, conversation);
  const title = conversations[0]?.title;
  return builder.finish(typeof title === "string" ? title : undefined);
}
