// The sentence above each chart: the latest value and which way it is heading, from the API's trends
// (slopes and averages over the latest `window` sessions).
import type { LineChart } from "$lib/charts/line-chart";
import type { GrowthPoint, GrowthTrends } from "./growth-data";
import { count, decimal, latest, percent } from "./growth-data";

export type Direction = "up" | "down" | "flat";
/** Whether the direction is good news (fidelity rising), bad news (falling) or neither (a bigger handoff). */
export type Tone = "good" | "bad" | "neutral";

export interface Trend {
  text: string;
  direction: Direction | null;
  tone: Tone;
}

const NO_TREND_YET: Trend = { text: "trend after two sessions", direction: null, tone: "neutral" };

export function fidelityTrend(trends: GrowthTrends): Trend {
  switch (trends.fidelityTrend) {
    case "IMPROVING":
      return { text: "fidelity rising", direction: "up", tone: "good" };
    case "DECLINING":
      return { text: "fidelity falling", direction: "down", tone: "bad" };
    case "STABLE":
      return { text: "fidelity steady", direction: "flat", tone: "neutral" };
    default:
      return NO_TREND_YET;
  }
}

/** Handoffs change by less than this many tokens a session: steady. */
const FLAT_TOKENS = 1;

export function handoffSizeTrend(trends: GrowthTrends): Trend {
  const slope = trends.handoffTokensSlope;
  if (slope == null) return NO_TREND_YET;
  if (Math.abs(slope) < FLAT_TOKENS) return { text: "size steady", direction: "flat", tone: "neutral" };
  const by = `~${count(Math.abs(slope))} tokens a session`;
  return slope > 0
    ? { text: `growing by ${by}`, direction: "up", tone: "neutral" }
    : { text: `shrinking by ${by}`, direction: "down", tone: "neutral" };
}

/** Within this share of the average, the latest value is "about average". */
const NEAR_AVERAGE = 0.1;

/**
 * The latest value against the window's average: "longer than average" / "shorter than average".
 * `words` are the comparatives for above and below ("longer", "shorter"; "more", "fewer").
 */
export function versusAverage(latest: number, average: number | null, words: [string, string]): Trend {
  if (average == null) return NO_TREND_YET;
  const tolerance = Math.max(Math.abs(average) * NEAR_AVERAGE, 0.5);
  if (Math.abs(latest - average) <= tolerance) return { text: "about average", direction: "flat", tone: "neutral" };
  return latest > average
    ? { text: `${words[0]} than average`, direction: "up", tone: "neutral" }
    : { text: `${words[1]} than average`, direction: "down", tone: "neutral" };
}

export function blockerTrend(trends: GrowthTrends): Trend {
  if (trends.blockersCloseFaster === true) return { text: "blockers close faster", direction: "down", tone: "good" };
  if (trends.blockersCloseFaster === false) return { text: "blockers close slower", direction: "up", tone: "bad" };
  if (trends.averageBlockersClosed == null) return NO_TREND_YET;
  return {
    text: `${decimal(trends.averageBlockersClosed)} closed a session on average`,
    direction: null,
    tone: "neutral",
  };
}

/** "average 82% over the last 10 sessions" (or "over 1 session"). */
export function averageContext(average: number | null, format: (value: number) => string, window: number) {
  if (average == null) return null;
  return `average ${format(average)} over the last ${window === 1 ? "session" : `${window} sessions`}`;
}

export const fidelityAverage = (trends: GrowthTrends) => averageContext(trends.averageFidelity, percent, trends.window);

export interface Headline {
  /** The latest value, large ("84%"). */
  value: string;
  /** Where it comes from and what it compares to ("session #5 · average 80% over the last 5 sessions"). */
  context: string;
  trend: Trend;
}

export interface GrowthChart {
  id: string;
  title: string;
  chart: LineChart;
  /** null when no session has a value for this chart; `empty` says why and what to do. */
  headline: Headline | null;
  empty: string;
}

/** The headline from the latest session that has a value for `pick`; null when none has. */
export function headline(
  points: GrowthPoint[],
  pick: (point: GrowthPoint) => number | null,
  describe: (value: number, point: GrowthPoint) => Omit<Headline, "context"> & { context?: (string | null)[] },
): Headline | null {
  const found = latest(points, pick);
  if (!found) return null;
  const { context: parts = [], ...rest } = describe(found.value, found.point);
  const context = [`session #${found.point.sessionNumber}`, ...parts].filter(Boolean).join(" · ");
  return { ...rest, context };
}
