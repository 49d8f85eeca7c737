// The analytics page's charts, one per measure a completed session leaves behind, each with its headline.
import { hasValues } from "$lib/charts/line-chart";
import type { GrowthPoint, GrowthTrends } from "./growth-data";
import { handoffCharts } from "./handoff-charts";
import type { GrowthChart } from "./headlines";
import { sessionCharts } from "./session-charts";

export type { GrowthChart, Headline } from "./headlines";

export function growthCharts(points: GrowthPoint[], trends: GrowthTrends, budget: number): GrowthChart[] {
  const [fidelity, size, blockers] = handoffCharts(points, trends, budget);
  const [duration, messages, credits] = sessionCharts(points, trends);
  const charts = [fidelity!, size!, duration!, messages!, blockers!, credits!];
  return charts.map((entry) => (hasValues(entry.chart) ? entry : { ...entry, headline: null }));
}
