// stats: the viewer's totals and averages, from one statement of aggregate subqueries (nothing loaded row by row).
import { builder } from "../builder.ts";

interface StatsRow {
  projects: number;
  activeProjects: number;
  sessions: number;
  activeSessions: number;
  completedSessions: number;
  messages: number;
  creditsUsed: number;
  averageSessionMinutes: number | null;
  averageMessagesPerSession: number | null;
  handoffs: number;
  averageFidelity: number | null;
  averageHandoffTokens: number | null;
  knowledgeEntries: number;
  accounts: number;
}

const Stats = builder.objectRef<StatsRow>("Stats").implement({
  fields: (t) => ({
    projects: t.exposeInt("projects"),
    activeProjects: t.exposeInt("activeProjects"),
    sessions: t.exposeInt("sessions"),
    activeSessions: t.exposeInt("activeSessions"),
    completedSessions: t.exposeInt("completedSessions"),
    messages: t.exposeInt("messages"),
    creditsUsed: t.exposeInt("creditsUsed", { description: "Summed over all sessions." }),
    averageSessionMinutes: t.exposeFloat("averageSessionMinutes", {
      nullable: true,
      description: "Over completed sessions.",
    }),
    averageMessagesPerSession: t.exposeFloat("averageMessagesPerSession", { nullable: true }),
    handoffs: t.exposeInt("handoffs"),
    averageFidelity: t.exposeFloat("averageFidelity", { nullable: true, description: "Over all handoff versions." }),
    averageHandoffTokens: t.exposeFloat("averageHandoffTokens", { nullable: true }),
    knowledgeEntries: t.exposeInt("knowledgeEntries"),
    accounts: t.exposeInt("accounts"),
  }),
});

const STATS_SQL = `SELECT
  (SELECT COUNT(*) FROM "Project" WHERE "ownerId" = ?1) AS projects,
  (SELECT COUNT(*) FROM "Project" WHERE "ownerId" = ?1 AND "status" = 'ACTIVE') AS activeProjects,
  s.sessions, s.activeSessions, s.completedSessions, s.messages, s.creditsUsed, s.averageSessionMinutes,
  s.averageMessagesPerSession, h.handoffs, h.averageFidelity, h.averageHandoffTokens,
  (SELECT COUNT(*) FROM "KnowledgeEntry" WHERE "ownerId" = ?1) AS knowledgeEntries,
  (SELECT COUNT(*) FROM "Account" WHERE "ownerId" = ?1) AS accounts
FROM
  (SELECT COUNT(*) AS sessions,
     COALESCE(SUM("status" = 'ACTIVE'), 0) AS activeSessions,
     COALESCE(SUM("status" = 'COMPLETED'), 0) AS completedSessions,
     COALESCE(SUM("messageCount"), 0) AS messages,
     COALESCE(SUM("creditsUsed"), 0) AS creditsUsed,
     ROUND(AVG(CASE WHEN "status" = 'COMPLETED' AND "completedAt" IS NOT NULL
         THEN (julianday("completedAt") - julianday("startedAt")) * 1440 END), 2) AS averageSessionMinutes,
     AVG("messageCount") AS averageMessagesPerSession
   FROM "Session" WHERE "ownerId" = ?1) AS s,
  (SELECT COUNT(*) AS handoffs, AVG("fidelityScore") AS averageFidelity, AVG("tokenCount") AS averageHandoffTokens
   FROM "Handoff" WHERE "ownerId" = ?1) AS h`;

builder.queryField("stats", (t) =>
  t.field({
    type: Stats,
    description: "The viewer's totals and averages across all projects.",
    resolve: async (_root, _args, ctx) => {
      const row = await ctx.env.DB.prepare(STATS_SQL).bind(ctx.requireViewer().id).first<StatsRow>();
      if (!row) throw new Error("stats returned no row");
      return row;
    },
  }),
);
