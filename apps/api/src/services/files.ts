// Files a session touched (ProjectFile rows): written from the transcript by the completion pipeline and by people
// through recordFiles, read back per project as each path's history.
import { newId } from "../db.ts";
import type { FileChange } from "../generated/prisma/enums.ts";

export type FileSource = "TRANSCRIPT" | "USER";
export interface TouchedFile {
  path: string;
  change: FileChange;
  source: FileSource;
}

export const MAX_PATH_CHARS = 1000;
// D1 binds at most 100 parameters per statement: 4 per file, plus the session and project.
const FILES_PER_STATEMENT = Math.floor((100 - 2) / 4);

/** A path as stored: trimmed, forward slashes, no leading "./", no doubled slashes. Null when nothing is left. */
export function normalisePath(path: string): string | null {
  const clean = path
    .trim()
    .replaceAll("\\", "/")
    .replace(/\/{2,}/g, "/")
    .replace(/^(\.\/)+/, "");
  return clean && clean !== "." && clean !== "/" ? clean : null;
}

/** One entry per path: USER beats TRANSCRIPT, a CREATED file later MODIFIED stays CREATED, else the last wins. */
function mergeByPath(files: TouchedFile[]): TouchedFile[] {
  const byPath = new Map<string, TouchedFile>();
  for (const file of files) {
    const path = normalisePath(file.path);
    if (!path) continue;
    const before = byPath.get(path);
    if (before?.source === "USER" && file.source === "TRANSCRIPT") continue;
    const change =
      before?.change === "CREATED" && file.change === "MODIFIED" && before.source === file.source
        ? "CREATED"
        : file.change;
    byPath.set(path, { path, change, source: file.source });
  }
  return [...byPath.values()];
}

/**
 * Statements that upsert the files a session touched, keyed by (sessionId, path), at most 24 files (98 parameters)
 * each, for a D1 batch. Rows are written only when the session belongs to the project. On a path the session already
 * has, a person's record (USER) is kept over one found in the transcript; otherwise the new change replaces the old.
 */
export function fileStatements(
  d1: D1Database,
  projectId: string,
  sessionId: string,
  files: TouchedFile[],
): D1PreparedStatement[] {
  const rows = mergeByPath(files).map((f) => [newId(), f.path, f.change, f.source]);
  const statements: D1PreparedStatement[] = [];
  for (let i = 0; i < rows.length; i += FILES_PER_STATEMENT) {
    const group = rows.slice(i, i + FILES_PER_STATEMENT);
    statements.push(
      d1
        .prepare(
          `INSERT INTO "ProjectFile" ("id", "projectId", "sessionId", "path", "change", "source")
           SELECT v.column1, s."projectId", s."id", v.column2, v.column3, v.column4
           FROM (VALUES ${group.map(() => "(?, ?, ?, ?)").join(", ")}) AS v
           JOIN "Session" s ON s."id" = ? AND s."projectId" = ?
           WHERE true
           ON CONFLICT ("sessionId", "path") DO UPDATE SET
             "change" = CASE WHEN "ProjectFile"."source" = 'USER' AND excluded."source" = 'TRANSCRIPT'
                        THEN "ProjectFile"."change" ELSE excluded."change" END,
             "source" = CASE WHEN "ProjectFile"."source" = 'USER' THEN 'USER' ELSE excluded."source" END`,
        )
        .bind(...group.flat(), sessionId, projectId),
    );
  }
  return statements;
}

export interface FileSummary {
  path: string;
  touchCount: number;
  lastSessionNumber: number;
}
export interface FileTouch {
  path: string;
  change: FileChange;
  source: FileSource;
  sessionId: string;
  sessionNumber: number;
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function pathFilter(projectId: string, ownerId: string, query: string | null) {
  const where = `f."projectId" = ? AND s."ownerId" = ?${query ? ` AND f."path" LIKE ? ESCAPE '\\'` : ""}`;
  return { where, params: query ? [projectId, ownerId, likePattern(query)] : [projectId, ownerId] };
}

/** One page of a project's paths, most recently touched first (then by path); `query` matches within the path. */
export async function filePage(
  d1: D1Database,
  filter: { projectId: string; ownerId: string; query: string | null },
  page: { offset: number; limit: number },
): Promise<FileSummary[]> {
  const { where, params } = pathFilter(filter.projectId, filter.ownerId, filter.query);
  const { results } = await d1
    .prepare(
      `SELECT f."path" AS path, COUNT(*) AS touchCount, MAX(s."number") AS lastSessionNumber
       FROM "ProjectFile" f JOIN "Session" s ON s."id" = f."sessionId" WHERE ${where}
       GROUP BY f."path" ORDER BY lastSessionNumber DESC, f."path" LIMIT ? OFFSET ?`,
    )
    .bind(...params, page.limit, page.offset)
    .all<FileSummary>();
  return results;
}

export async function countFiles(d1: D1Database, filter: { projectId: string; ownerId: string; query: string | null }) {
  const { where, params } = pathFilter(filter.projectId, filter.ownerId, filter.query);
  const row = await d1
    .prepare(
      `SELECT COUNT(DISTINCT f."path") AS n FROM "ProjectFile" f JOIN "Session" s ON s."id" = f."sessionId" WHERE ${where}`,
    )
    .bind(...params)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

/** The newest `perPath` touches of each of `paths` (one bound list, however many paths), newest first. */
export async function fileTouches(d1: D1Database, projectId: string, paths: string[], perPath = 20) {
  if (paths.length === 0) return new Map<string, FileTouch[]>();
  const { results } = await d1
    .prepare(
      `SELECT path, change, source, sessionId, sessionNumber FROM (
         SELECT f."path" AS path, f."change" AS change, f."source" AS source, s."id" AS sessionId,
           s."number" AS sessionNumber, ROW_NUMBER() OVER (PARTITION BY f."path" ORDER BY s."number" DESC) AS rn
         FROM "ProjectFile" f JOIN "Session" s ON s."id" = f."sessionId"
         WHERE f."projectId" = ? AND f."path" IN (SELECT value FROM json_each(?)))
       WHERE rn <= ? ORDER BY path, sessionNumber DESC`,
    )
    .bind(projectId, JSON.stringify(paths), perPath)
    .all<FileTouch>();
  const byPath = new Map<string, FileTouch[]>();
  for (const touch of results) byPath.set(touch.path, [...(byPath.get(touch.path) ?? []), touch]);
  return byPath;
}
