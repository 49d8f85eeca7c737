// Project files: which paths each session created, modified or deleted, from the transcript or recorded by a person.
import { encodeGlobalID } from "@pothos/plugin-relay";
import { builder } from "../builder.ts";
import { badInput, notFound } from "../errors.ts";
import {
  countFiles,
  type FileSummary,
  type FileTouch,
  filePage,
  fileStatements,
  fileTouches,
  MAX_PATH_CHARS,
  normalisePath,
} from "../services/files.ts";
import { offsetConnection, offsetPage } from "../services/search.ts";
import { checkPageArgs, text } from "../validation.ts";
import { Project } from "./project.ts";
import { Session, SessionPayload } from "./session.ts";

const MAX_FILES_PER_CALL = 2000;
const TOUCHES_PER_PATH = 20;

export const FileChange = builder.enumType("FileChange", { values: ["CREATED", "MODIFIED", "DELETED"] as const });
export const FileSource = builder.enumType("FileSource", {
  values: { TRANSCRIPT: { description: "Found in the conversation." }, USER: { description: "Recorded by a person." } },
});

builder.prismaObject("ProjectFile", {
  name: "SessionFile",
  fields: (t) => ({
    path: t.exposeString("path"),
    change: t.expose("change", { type: FileChange }),
    source: t.field({ type: FileSource, resolve: (f) => (f.source === "USER" ? "USER" : "TRANSCRIPT") }),
  }),
});

const ProjectFileTouch = builder.objectRef<FileTouch>("ProjectFileTouch").implement({
  fields: (t) => ({
    sessionId: t.id({ resolve: (touch) => encodeGlobalID("Session", touch.sessionId) }),
    sessionNumber: t.exposeInt("sessionNumber"),
    change: t.expose("change", { type: FileChange }),
    source: t.field({ type: FileSource, resolve: (touch) => touch.source }),
  }),
});

const ProjectFile = builder.objectRef<FileSummary & { touches: FileTouch[] }>("ProjectFile").implement({
  description: "A path of the project with its history across sessions.",
  fields: (t) => ({
    path: t.exposeString("path"),
    latestChange: t.field({ type: FileChange, resolve: (f) => f.touches[0]?.change ?? "MODIFIED" }),
    lastSessionNumber: t.exposeInt("lastSessionNumber", { description: "The newest session that touched it." }),
    touchCount: t.exposeInt("touchCount", { description: "How many sessions touched it." }),
    touches: t.field({
      type: [ProjectFileTouch],
      description: `The sessions that touched it, newest first (at most ${TOUCHES_PER_PATH}).`,
      resolve: (f) => f.touches,
    }),
  }),
});

builder.prismaObjectFields(Project, (t) => ({
  files: t.connection(
    {
      type: ProjectFile,
      description: "The files sessions touched, most recently touched first; `query` matches part of the path.",
      args: { query: t.arg.string() },
      select: { id: true, ownerId: true },
      resolve: async (project, args, ctx) => {
        const page = offsetPage(args);
        const filter = {
          projectId: project.id,
          ownerId: project.ownerId,
          query: text(args.query, "query", { max: MAX_PATH_CHARS }) || null,
        };
        const summaries = await filePage(ctx.env.DB, filter, page);
        const touches = await fileTouches(
          ctx.env.DB,
          project.id,
          summaries.map((s) => s.path),
          TOUCHES_PER_PATH,
        );
        const files = summaries.map((s) => ({ ...s, touches: touches.get(s.path) ?? [] }));
        return offsetConnection(page, files, { totalCount: () => countFiles(ctx.env.DB, filter) });
      },
    },
    { name: "ProjectFileConnection", fields: (c) => ({ totalCount: c.int({ resolve: (conn) => conn.totalCount() }) }) },
  ),
}));

builder.prismaObjectFields(Session, (t) => ({
  files: t.relatedConnection("files", {
    cursor: "id",
    totalCount: true,
    description: "The files this session touched, by path.",
    query: (args) => {
      checkPageArgs(args);
      return { orderBy: { path: "asc" } };
    },
  }),
}));

const FileInput = builder.inputType("FileInput", {
  fields: (t) => ({ path: t.string({ required: true }), change: t.field({ type: FileChange, required: true }) }),
});
const RecordFilesInput = builder.inputType("RecordFilesInput", {
  fields: (t) => ({
    sessionId: t.globalID({ required: true, for: Session }),
    files: t.field({ type: [FileInput], required: true }),
  }),
});

builder.mutationField("recordFiles", (t) =>
  t.field({
    type: SessionPayload,
    description:
      "Records files a session touched (source USER), whatever its status. A path the session already has takes the " +
      "new change; a person's record is kept over what the transcript shows.",
    args: { input: t.arg({ type: RecordFilesInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const session = await ctx.db.session.findFirst({
        where: { id: input.sessionId.id, ownerId: ctx.requireViewer().id },
        select: { id: true, projectId: true },
      });
      if (!session) throw notFound("Session");
      if (input.files.length === 0) throw badInput("There are no files to record.", "files");
      if (input.files.length > MAX_FILES_PER_CALL)
        throw badInput(`At most ${MAX_FILES_PER_CALL} files per call`, "files");
      const files = input.files.map((f) => {
        const path = normalisePath(f.path);
        if (!path) throw badInput("A file path is empty", "files");
        if (path.length > MAX_PATH_CHARS) throw badInput(`A file path is longer than ${MAX_PATH_CHARS}`, "files");
        return { path, change: f.change, source: "USER" as const };
      });
      await ctx.env.DB.batch(fileStatements(ctx.env.DB, session.projectId, session.id, files));
      return { sessionId: session.id };
    },
  }),
);
