// How a project grows session by session: one point per completed session, read with one aggregate query, and the
// trends over the latest points (least-squares slopes and averages — computed from those rows, nothing estimated).
// Also an account's usage per day.

export interface GrowthPoint {
  sessionId: string;
  sessionNumber: number;
  completedAt: string | null;
  durationMinutes: number | null;
  messageCount: number;
  creditsUsed: number | null;
  /** Tokens of the handoff the session started from, and of the one it produced. */
  tokensIn: number | null;
  tokensOut: number | null;
  fidelity: number | null;
  /** Non-empty lines of the session's accomplishments and blockers as recorded at completion. */
  accomplishments: number;
  blockers: number;
  itemsCarried: number | null;
  itemsAdded: number | null;
  itemsResolved: number | null;
  itemsDropped: number | null;
  /** BLOCKER items of the produced ledger still open, and those open in the previous version that this one closed. */
  blockersOpen: number | null;
  blockersClosed: number | null;
  /** Sessions the closed blockers had been open (from the session that raised each), averaged; null if none closed. */
  blockerAgeAtClose: number | null;
}

type Row = Omit<GrowthPoint, "accomplishments" | "blockers"> & {
  accomplishmentsText: string | null;
  blockersText: string | null;
};

const lines = (text: string | null) => (text ?? "").split("\n").filter((line) => line.trim() !== "").length;

/** The newest `last` completed sessions of the owner's project, oldest first. */
export async function growthPoints(d1: D1Database, ownerId: string, projectId: string, last: number) {
  const closed = `FROM "HandoffItem" i JOIN "HandoffItem" p ON p."handoffId" = oh."parentId" AND p."key" = i."key"
    WHERE i."handoffId" = oh."id" AND i."kind" = 'BLOCKER' AND i."status" IN ('RESOLVED', 'DONE') AND p."status" = 'OPEN'`;
  // The session that first raised a blocker: the earliest source any version of the ledger gives its key (the engine
  // moves an item's source to the session that resolved it).
  const raisedIn = `SELECT MIN(COALESCE(i2."sourceSession", s."number")) FROM "Handoff" h2
    JOIN "HandoffItem" i2 ON i2."handoffId" = h2."id" AND i2."key" = i."key" WHERE h2."projectId" = s."projectId"`;
  const { results } = await d1
    .prepare(
      `SELECT s."id" AS sessionId, s."number" AS sessionNumber, s."completedAt" AS completedAt,
         CAST(ROUND((julianday(s."completedAt") - julianday(s."startedAt")) * 1440) AS INTEGER) AS durationMinutes,
         s."messageCount" AS messageCount, s."creditsUsed" AS creditsUsed,
         s."accomplishments" AS accomplishmentsText, s."blockers" AS blockersText,
         ih."tokenCount" AS tokensIn, oh."tokenCount" AS tokensOut, oh."fidelityScore" AS fidelity,
         oh."carried" AS itemsCarried, oh."added" AS itemsAdded, oh."resolved" AS itemsResolved, oh."dropped" AS itemsDropped,
         CASE WHEN oh."id" IS NULL THEN NULL ELSE (SELECT COUNT(*) FROM "HandoffItem" i WHERE i."handoffId" = oh."id"
           AND i."kind" = 'BLOCKER' AND i."status" = 'OPEN' AND NOT i."archived") END AS blockersOpen,
         CASE WHEN oh."id" IS NULL THEN NULL ELSE (SELECT COUNT(*) ${closed}) END AS blockersClosed,
         (SELECT AVG(s."number" - (${raisedIn})) ${closed}) AS blockerAgeAtClose
       FROM "Session" s
         LEFT JOIN "Handoff" ih ON ih."id" = s."inputHandoffId"
         LEFT JOIN "Handoff" oh ON oh."sessionId" = s."id"
       WHERE s."projectId" = ? AND s."ownerId" = ? AND s."status" = 'COMPLETED'
       ORDER BY s."number" DESC LIMIT ?`,
    )
    .bind(projectId, ownerId, last)
    .all<Row>();
  return results.reverse().map(
    ({ accomplishmentsText, blockersText, ...row }): GrowthPoint => ({
      ...row,
      accomplishments: lines(accomplishmentsText),
      blockers: lines(blockersText),
    }),
  );
}

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

/** Least-squares slope of y over x (change per session); null with fewer than two points. */
export function slope(points: { x: number; y: number }[]): number | null {
  if (points.length < 2) return null;
  const mx = mean(points.map((p) => p.x)) as number;
  const my = mean(points.map((p) => p.y)) as number;
  const sxx = points.reduce((sum, p) => sum + (p.x - mx) ** 2, 0);
  if (sxx === 0) return null;
  return points.reduce((sum, p) => sum + (p.x - mx) * (p.y - my), 0) / sxx;
}

function series(points: GrowthPoint[], pick: (p: GrowthPoint) => number | null) {
  return points.flatMap((p) => {
    const y = pick(p);
    return y == null ? [] : [{ x: p.sessionNumber, y }];
  });
}

/** Fidelity changes by less than this per session: stable. */
const FLAT_FIDELITY = 0.005;

/** Trends over the latest `window` points; blocker ages compare the older half of the window with the newer half. */
export function growthTrends(all: GrowthPoint[], window: number) {
  const points = all.slice(-window);
  const average = (pick: (p: GrowthPoint) => number | null) => mean(series(points, pick).map((p) => p.y));
  const fidelitySlope = slope(series(points, (p) => p.fidelity));
  const half = Math.floor(points.length / 2);
  const ageOf = (part: GrowthPoint[]) => mean(series(part, (p) => p.blockerAgeAtClose).map((p) => p.y));
  const earlierAge = ageOf(points.slice(0, half));
  const recentAge = ageOf(points.slice(half));
  return {
    window: points.length,
    fidelitySlope,
    fidelityTrend:
      fidelitySlope == null
        ? null
        : fidelitySlope > FLAT_FIDELITY
          ? ("IMPROVING" as const)
          : fidelitySlope < -FLAT_FIDELITY
            ? ("DECLINING" as const)
            : ("STABLE" as const),
    averageFidelity: average((p) => p.fidelity),
    handoffTokensSlope: slope(series(points, (p) => p.tokensOut)),
    averageDurationMinutes: average((p) => p.durationMinutes),
    averageMessages: average((p) => p.messageCount),
    averageCreditsUsed: average((p) => p.creditsUsed),
    averageBlockersRecorded: average((p) => p.blockers),
    averageBlockersOpen: average((p) => p.blockersOpen),
    averageBlockersClosed: average((p) => p.blockersClosed),
    earlierBlockerAgeAtClose: earlierAge,
    recentBlockerAgeAtClose: recentAge,
    blockersCloseFaster: earlierAge == null || recentAge == null ? null : recentAge < earlierAge,
  };
}

export interface UsageDay {
  date: string;
  sessions: number;
  creditsUsed: number;
}
const DAY_MS = 86_400_000;

/** Sessions started and credits used per UTC day over the last `days` days with the account, oldest first. */
export async function accountUsage(d1: D1Database, ownerId: string, accountId: string, days: number) {
  const today = Math.floor(Date.now() / DAY_MS) * DAY_MS;
  const dates = Array.from({ length: days }, (_, i) =>
    new Date(today - (days - 1 - i) * DAY_MS).toISOString().slice(0, 10),
  );
  const { results } = await d1
    .prepare(
      `SELECT substr("startedAt", 1, 10) AS date, COUNT(*) AS sessions, COALESCE(SUM("creditsUsed"), 0) AS creditsUsed
       FROM "Session" WHERE "ownerId" = ? AND "accountId" = ? AND "startedAt" >= ? GROUP BY 1`,
    )
    .bind(ownerId, accountId, dates[0])
    .all<UsageDay>();
  const byDate = new Map(results.map((r) => [r.date, r]));
  return dates.map((date): UsageDay => byDate.get(date) ?? { date, sessions: 0, creditsUsed: 0 });
}
