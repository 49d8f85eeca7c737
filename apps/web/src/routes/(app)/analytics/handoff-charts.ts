// Charts of the handoffs sessions produced: fidelity, size against the budget, blockers open and closed.

import { count, type GrowthPoint, type GrowthTrends, percent } from "./growth-data";
import {
  blockerTrend,
  fidelityAverage,
  fidelityTrend,
  type GrowthChart,
  handoffSizeTrend,
  headline,
} from "./headlines";

/** Share of the budget from which the budget is drawn beside the handoff size. */
const NEAR_BUDGET = 0.6;
const nearBudget = (points: GrowthPoint[], budget: number) =>
  points.some((point) => point.handoffTokens != null && point.handoffTokens >= budget * NEAR_BUDGET);

export function handoffCharts(points: GrowthPoint[], trends: GrowthTrends, budget: number): GrowthChart[] {
  const x = points.map((point) => point.sessionNumber);
  const values = (pick: (point: GrowthPoint) => number | null) => points.map(pick);
  const fidelity = (point: GrowthPoint) => (point.fidelity == null ? null : point.fidelity * 100);
  return [
    {
      id: "fidelity",
      title: "Handoff fidelity",
      chart: {
        x,
        series: [{ label: "Fidelity", color: "indigo", values: values(fidelity) }],
        yMax: 100,
        format: (value) => `${Math.round(value)}%`,
      },
      headline: headline(
        points,
        (point) => point.fidelity,
        (value) => ({
          value: percent(value),
          trend: fidelityTrend(trends),
          context: [fidelityAverage(trends)],
        }),
      ),
      empty: "No handoff has a fidelity score yet.",
    },
    {
      id: "handoff-tokens",
      title: "Handoff size",
      chart: {
        x,
        series: [
          { label: "Handoff", color: "sky", values: values((point) => point.handoffTokens) },
          // Only once handoffs come near it: a far-away budget line would flatten the handoff's own trend.
          ...(nearBudget(points, budget)
            ? [{ label: "Budget", color: "zinc" as const, values: x.map(() => budget), reference: true }]
            : []),
        ],
        format: count,
        whole: true,
      },
      headline: headline(
        points,
        (point) => point.handoffTokens,
        (value) => ({
          value: `${count(value)} tokens`,
          trend: handoffSizeTrend(trends),
          context: [`${percent(value / budget)} of the ${count(budget)}-token budget`],
        }),
      ),
      empty: "No handoff was written for these sessions.",
    },
    {
      id: "blockers",
      title: "Blockers reported, open and closed",
      chart: {
        x,
        series: [
          { label: "Open", color: "rose", values: values((point) => point.blockersOpen) },
          { label: "Closed", color: "emerald", values: values((point) => point.blockersClosed) },
          // What the person wrote as blockers when completing, drawn last and dashed: it often equals "Open".
          { label: "Reported", color: "amber", values: values((point) => point.blockers), dashed: true },
        ],
        format: count,
        whole: true,
      },
      headline: headline(
        points,
        (point) => point.blockersOpen,
        (value, point) => ({
          value: `${count(value)} open`,
          trend: blockerTrend(trends),
          context: [`${count(point.blockers)} reported`, `${count(point.blockersClosed ?? 0)} closed`],
        }),
      ),
      empty: "No handoff tracks blockers yet.",
    },
  ];
}
