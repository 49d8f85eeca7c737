// The conversation of a session: messages appended by clients or imported from a pasted transcript.
import { parseTranscript, TranscriptParseError } from "@baton/engine/parse";
import { builder } from "../builder.ts";
import { badInput, notFound } from "../errors.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { appendMessages, type NewMessage } from "../services/messages.ts";
import { payloadSession, Session } from "./session.ts";

// One call may carry a whole long session; beyond this a client should split its upload.
const MAX_MESSAGES_PER_CALL = 20_000;
const MAX_TRANSCRIPT_CHARS = 25_000_000;

export const MessageRole = builder.enumType("MessageRole", {
  values: ["USER", "ASSISTANT", "SYSTEM", "TOOL"] as const,
});
type TranscriptFormatName = (typeof TRANSCRIPT_FORMATS)[number];
const TRANSCRIPT_FORMATS = [
  "AUTO",
  "PLAIN",
  "MARKDOWN",
  "SPECSTORY",
  "AIDER",
  "CLAUDE_CODE_JSONL",
  "CLAUDE_CODE_TERMINAL",
  "CODEX_JSONL",
  "CHATGPT_JSON",
  "JSON_MESSAGES",
] as const;
export const TranscriptFormat = builder.enumType("TranscriptFormat", { values: TRANSCRIPT_FORMATS });

builder.prismaNode("Message", {
  id: { field: "id" },
  // A node the viewer may not see resolves to null rather than an error that would reveal it exists.
  nullable: true,
  findUnique: (id, ctx) => ({ id, session: { ownerId: ctx.viewer?.id ?? "" } }),
  fields: (t) => ({
    ordinal: t.exposeInt("ordinal"),
    role: t.expose("role", { type: MessageRole }),
    content: t.string({
      // Overflow rows are read per message, and only for the rare message that has them: loading them as a
      // relation of a whole page would bind one parameter per message and exceed D1's 100.
      select: { id: true, content: true, chunks: true },
      resolve: async (m, _args, ctx) => {
        if (!m.chunks) return m.content;
        const rest = await ctx.db.messageChunk.findMany({ where: { messageId: m.id }, orderBy: { seq: "asc" } });
        return m.content + rest.map((c) => c.content).join("");
      },
    }),
    createdAt: t.expose("createdAt", { type: "DateTime", nullable: true }),
  }),
});

const MessageInput = builder.inputType("MessageInput", {
  fields: (t) => ({
    role: t.field({ type: MessageRole, required: true }),
    content: t.string({ required: true }),
    createdAt: t.field({ type: "DateTime" }),
  }),
});

/** The viewer's session, which must still be ACTIVE to take messages. */
async function activeSession(db: PrismaClient, id: string, ownerId: string) {
  const session = await db.session.findFirst({ where: { id, ownerId }, select: { id: true, status: true } });
  if (!session) throw notFound("Session");
  if (session.status !== "ACTIVE") {
    throw badInput(`This session is ${session.status.toLowerCase()}: it takes no more messages.`, "sessionId");
  }
  return session;
}

async function store(d1: D1Database, sessionId: string, messages: NewMessage[]) {
  if (messages.length === 0) throw badInput("There are no messages to add.", "messages");
  if (messages.length > MAX_MESSAGES_PER_CALL) {
    throw badInput(`At most ${MAX_MESSAGES_PER_CALL} messages per call: split the upload.`, "messages");
  }
  const appended = await appendMessages(d1, sessionId, messages);
  if (appended === 0) throw badInput("The session was completed meanwhile: nothing was added.", "sessionId");
  return appended;
}

const AppendMessagesPayload = builder
  .objectRef<{ sessionId: string; appended: number }>("AppendMessagesPayload")
  .implement({ fields: (t) => ({ session: payloadSession(t), appended: t.exposeInt("appended") }) });

const ImportTranscriptPayload = builder
  .objectRef<{ sessionId: string; imported: number; format: TranscriptFormatName }>("ImportTranscriptPayload")
  .implement({
    fields: (t) => ({
      session: payloadSession(t),
      imported: t.exposeInt("imported"),
      format: t.expose("format", { type: TranscriptFormat, description: "The format the transcript was read as." }),
    }),
  });

const AppendMessagesInput = builder.inputType("AppendMessagesInput", {
  fields: (t) => ({
    sessionId: t.globalID({ required: true, for: Session }),
    messages: t.field({ type: [MessageInput], required: true }),
  }),
});

const ImportTranscriptInput = builder.inputType("ImportTranscriptInput", {
  fields: (t) => ({
    sessionId: t.globalID({ required: true, for: Session }),
    content: t.string({ required: true }),
    format: t.field({ type: TranscriptFormat, defaultValue: "AUTO" }),
  }),
});

builder.mutationFields((t) => ({
  appendMessages: t.field({
    type: AppendMessagesPayload,
    args: { input: t.arg({ type: AppendMessagesInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const session = await activeSession(ctx.db, input.sessionId.id, ctx.requireViewer().id);
      const appended = await store(ctx.env.DB, session.id, input.messages);
      return { sessionId: session.id, appended };
    },
  }),
  importTranscript: t.field({
    type: ImportTranscriptPayload,
    description: "Parses a pasted or uploaded transcript and appends its messages in order.",
    args: { input: t.arg({ type: ImportTranscriptInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const session = await activeSession(ctx.db, input.sessionId.id, ctx.requireViewer().id);
      if (input.content.length > MAX_TRANSCRIPT_CHARS) {
        throw badInput(`The transcript is larger than ${MAX_TRANSCRIPT_CHARS / 1_000_000}M characters.`, "content");
      }
      let parsed: ReturnType<typeof parseTranscript>;
      try {
        parsed = parseTranscript(input.content, input.format ?? "AUTO");
      } catch (error) {
        if (error instanceof TranscriptParseError) throw badInput(error.message, "content");
        throw error;
      }
      const imported = await store(ctx.env.DB, session.id, parsed.messages);
      return { sessionId: session.id, imported, format: parsed.format };
    },
  }),
}));
