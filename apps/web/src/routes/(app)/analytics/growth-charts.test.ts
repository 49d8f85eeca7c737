import { describe, expect, it } from "vitest";
import { growthCharts } from "./growth-charts";
import type { GrowthPoint } from "./growth-data";
import { trends } from "./growth-fixtures";

const point = (sessionNumber: number, overrides: Partial<GrowthPoint> = {}): GrowthPoint => ({
  sessionNumber,
  durationMinutes: 30,
  messageCount: 10,
  creditsUsed: null,
  handoffTokens: 900,
  fidelity: 0.8,
  blockers: 0,
  blockersOpen: 1,
  blockersClosed: 0,
  ...overrides,
});

const byId = (charts: ReturnType<typeof growthCharts>, id: string) => charts.find((chart) => chart.id === id)!;

describe("growth charts", () => {
  const points = [
    point(1, { fidelity: 0.6, handoffTokens: 700, creditsUsed: 12 }),
    point(2, { fidelity: null, handoffTokens: null, blockersOpen: null, blockersClosed: null }),
    point(4, {
      fidelity: 0.9,
      handoffTokens: 1000,
      durationMinutes: 75,
      blockers: 1,
      blockersOpen: 2,
      blockersClosed: 3,
    }),
  ];
  const charts = growthCharts(
    points,
    trends({
      fidelityTrend: "IMPROVING",
      averageFidelity: 0.75,
      handoffTokensSlope: 100,
      averageDurationMinutes: 45,
      averageCreditsUsed: 12,
    }),
    2000,
  );

  it("plots one point per session, in percent for fidelity, with gaps where a session has no value", () => {
    const fidelity = byId(charts, "fidelity");
    expect(fidelity.chart.x).toEqual([1, 2, 4]);
    expect(fidelity.chart.series[0]!.values).toEqual([60, null, 90]);
    expect(fidelity.chart.yMax).toBe(100);
    expect(fidelity.chart.format(90)).toBe("90%");
  });

  it("puts the latest value and the trend in each headline", () => {
    expect(byId(charts, "fidelity").headline).toEqual({
      value: "90%",
      context: "session #4 · average 75% over the last 3 sessions",
      trend: { text: "fidelity rising", direction: "up", tone: "good" },
    });
    expect(byId(charts, "handoff-tokens").headline).toMatchObject({
      value: "1,000 tokens",
      context: "session #4 · 50% of the 2,000-token budget",
    });
    expect(byId(charts, "duration").headline).toMatchObject({
      value: "1 h 15 min",
      trend: { text: "longer than average" },
    });
    expect(byId(charts, "blockers").headline).toMatchObject({
      value: "2 open",
      context: "session #4 · 1 reported · 3 closed",
    });
    expect(byId(charts, "blockers").chart.series.map((s) => s.label)).toEqual(["Open", "Closed", "Reported"]);
  });

  it("takes the latest session that has the value", () => {
    expect(byId(charts, "credits").headline).toMatchObject({
      value: "12 credits",
      context: expect.stringMatching(/^session #1/),
    });
  });

  it("draws the budget beside the handoff size only once handoffs come near it", () => {
    expect(byId(charts, "handoff-tokens").chart.series.map((s) => s.label)).toEqual(["Handoff"]);
    const near = growthCharts([point(1, { handoffTokens: 1200 }), point(2, { handoffTokens: 1500 })], trends(), 2000);
    const series = byId(near, "handoff-tokens").chart.series;
    expect(series.map((s) => [s.label, s.reference ?? false])).toEqual([
      ["Handoff", false],
      ["Budget", true],
    ]);
    expect(series[1]!.values).toEqual([2000, 2000]);
  });

  it("has no headline where no session has data, and says what to do", () => {
    const none = growthCharts([point(1)], trends(), 2000);
    expect(byId(none, "credits").headline).toBeNull();
    expect(byId(none, "credits").empty).toMatch(/Enter the credits/);
    expect(byId(none, "fidelity").headline?.trend.text).toBe("trend after two sessions");
  });
});
