// Project.growth: one point per completed session (in number order) and the trends over the latest points.
import { encodeGlobalID } from "@pothos/plugin-relay";
import { builder } from "../builder.ts";
import { badInput } from "../errors.ts";
import { type GrowthPoint, growthPoints, growthTrends } from "../services/growth.ts";
import { Project } from "./project.ts";

const MAX_POINTS = 1000;

const ProjectGrowthPoint = builder.objectRef<GrowthPoint>("ProjectGrowthPoint").implement({
  fields: (t) => ({
    sessionNumber: t.exposeInt("sessionNumber"),
    // An id rather than the Session: loading up to 1000 sessions by id would bind more than D1's 100 parameters.
    sessionId: t.id({ resolve: (p) => encodeGlobalID("Session", p.sessionId) }),
    completedAt: t.field({ type: "DateTime", nullable: true, resolve: (p) => p.completedAt }),
    durationMinutes: t.exposeInt("durationMinutes", { nullable: true }),
    messageCount: t.exposeInt("messageCount"),
    creditsUsed: t.exposeInt("creditsUsed", { nullable: true }),
    handoffTokens: t.int({
      nullable: true,
      description: "Tokens of the handoff this session produced (same as tokensOut).",
      resolve: (p) => p.tokensOut,
    }),
    tokensIn: t.exposeInt("tokensIn", {
      nullable: true,
      description: "Tokens of the handoff the session started from.",
    }),
    tokensOut: t.exposeInt("tokensOut", { nullable: true, description: "Tokens of the handoff the session produced." }),
    fidelity: t.exposeFloat("fidelity", { nullable: true, description: "Fidelity of the produced handoff (0..1)." }),
    accomplishments: t.exposeInt("accomplishments", { description: "Accomplishments recorded (non-empty lines)." }),
    blockers: t.exposeInt("blockers", { description: "Blockers recorded at completion (non-empty lines)." }),
    itemsCarried: t.exposeInt("itemsCarried", { nullable: true }),
    itemsAdded: t.exposeInt("itemsAdded", { nullable: true }),
    itemsResolved: t.exposeInt("itemsResolved", { nullable: true }),
    itemsDropped: t.exposeInt("itemsDropped", { nullable: true }),
    blockersOpen: t.exposeInt("blockersOpen", {
      nullable: true,
      description: "BLOCKER items still open in the produced handoff's ledger.",
    }),
    blockersClosed: t.exposeInt("blockersClosed", {
      nullable: true,
      description: "BLOCKER items open in the previous handoff version that this session's handoff resolved.",
    }),
    blockerAgeAtClose: t.exposeFloat("blockerAgeAtClose", {
      nullable: true,
      description: "How many sessions the blockers closed here had been open, on average.",
    }),
  }),
});

export const FidelityTrend = builder.enumType("FidelityTrend", {
  values: ["IMPROVING", "STABLE", "DECLINING"] as const,
});

type Trends = ReturnType<typeof growthTrends>;
const ProjectGrowthTrends = builder.objectRef<Trends>("ProjectGrowthTrends").implement({
  description: "Computed over the latest `window` points; null where those points hold too little data.",
  fields: (t) => ({
    window: t.exposeInt("window", { description: "How many points the trends cover." }),
    fidelitySlope: t.exposeFloat("fidelitySlope", {
      nullable: true,
      description: "Least-squares change of fidelity per session.",
    }),
    fidelityTrend: t.expose("fidelityTrend", { type: FidelityTrend, nullable: true }),
    averageFidelity: t.exposeFloat("averageFidelity", { nullable: true }),
    handoffTokensSlope: t.exposeFloat("handoffTokensSlope", {
      nullable: true,
      description: "Least-squares change of the produced handoff's tokens per session.",
    }),
    averageDurationMinutes: t.exposeFloat("averageDurationMinutes", { nullable: true }),
    averageMessages: t.exposeFloat("averageMessages", { nullable: true }),
    averageCreditsUsed: t.exposeFloat("averageCreditsUsed", { nullable: true }),
    averageBlockersRecorded: t.exposeFloat("averageBlockersRecorded", { nullable: true }),
    averageBlockersOpen: t.exposeFloat("averageBlockersOpen", { nullable: true }),
    averageBlockersClosed: t.exposeFloat("averageBlockersClosed", { nullable: true }),
    earlierBlockerAgeAtClose: t.exposeFloat("earlierBlockerAgeAtClose", {
      nullable: true,
      description: "Average age (sessions) of blockers closed in the older half of the window.",
    }),
    recentBlockerAgeAtClose: t.exposeFloat("recentBlockerAgeAtClose", {
      nullable: true,
      description: "Average age (sessions) of blockers closed in the newer half of the window.",
    }),
    blockersCloseFaster: t.exposeBoolean("blockersCloseFaster", {
      nullable: true,
      description: "Whether blockers closed in the newer half had been open for fewer sessions than in the older half.",
    }),
  }),
});

const ProjectGrowth = builder.objectRef<{ points: GrowthPoint[]; window: number }>("ProjectGrowth").implement({
  fields: (t) => ({
    points: t.expose("points", { type: [ProjectGrowthPoint] }),
    trends: t.field({ type: ProjectGrowthTrends, resolve: (g) => growthTrends(g.points, g.window) }),
  }),
});

builder.prismaObjectFields(Project, (t) => ({
  growth: t.field({
    type: ProjectGrowth,
    description: "One point per completed session, in number order (the newest `last`, up to 1000).",
    args: {
      last: t.arg.int({ defaultValue: MAX_POINTS }),
      window: t.arg.int({ defaultValue: 10, description: "How many of the latest points the trends cover." }),
    },
    select: { id: true, ownerId: true },
    resolve: async (project, args, ctx) => {
      const last = args.last ?? MAX_POINTS;
      const window = args.window ?? 10;
      if (!Number.isInteger(last) || last < 1 || last > MAX_POINTS) {
        throw badInput(`last must be between 1 and ${MAX_POINTS}`, "last");
      }
      if (!Number.isInteger(window) || window < 2 || window > MAX_POINTS) {
        throw badInput(`window must be between 2 and ${MAX_POINTS}`, "window");
      }
      return { points: await growthPoints(ctx.env.DB, project.ownerId, project.id, last), window };
    },
  }),
}));
