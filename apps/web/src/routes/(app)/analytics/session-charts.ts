// Charts of the sessions themselves: how long they took, how many messages, how many credits.

import { count, type GrowthPoint, type GrowthTrends, minutes, minutesTick } from "./growth-data";
import { averageContext, type GrowthChart, headline, versusAverage } from "./headlines";

export function sessionCharts(points: GrowthPoint[], trends: GrowthTrends): GrowthChart[] {
  const x = points.map((point) => point.sessionNumber);
  const values = (pick: (point: GrowthPoint) => number | null) => points.map(pick);
  return [
    {
      id: "duration",
      title: "Session duration",
      chart: {
        x,
        series: [{ label: "Duration", color: "amber", values: values((point) => point.durationMinutes) }],
        format: minutes,
        tick: minutesTick,
        whole: true,
      },
      headline: headline(
        points,
        (point) => point.durationMinutes,
        (value) => ({
          value: minutes(value),
          trend: versusAverage(value, trends.averageDurationMinutes, ["longer", "shorter"]),
          context: [averageContext(trends.averageDurationMinutes, minutes, trends.window)],
        }),
      ),
      empty: "No session has a duration yet.",
    },
    {
      id: "messages",
      title: "Messages per session",
      chart: {
        x,
        series: [{ label: "Messages", color: "emerald", values: values((point) => point.messageCount) }],
        format: count,
        whole: true,
      },
      headline: headline(
        points,
        (point) => point.messageCount,
        (value) => ({
          value: `${count(value)} messages`,
          trend: versusAverage(value, trends.averageMessages, ["more", "fewer"]),
          context: [averageContext(trends.averageMessages, count, trends.window)],
        }),
      ),
      empty: "No session has messages yet.",
    },
    {
      id: "credits",
      title: "Credits used",
      chart: {
        x,
        series: [{ label: "Credits", color: "indigo", values: values((point) => point.creditsUsed) }],
        format: count,
        whole: true,
      },
      headline: headline(
        points,
        (point) => point.creditsUsed,
        (value) => ({
          value: `${count(value)} credits`,
          trend: versusAverage(value, trends.averageCreditsUsed, ["more", "fewer"]),
          context: [averageContext(trends.averageCreditsUsed, count, trends.window)],
        }),
      ),
      empty: "No credits recorded yet. Enter the credits a session used when you complete it, and they show here.",
    },
  ];
}
