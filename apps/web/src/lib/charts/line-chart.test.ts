import type uPlot from "uplot";
import { describe, expect, it, vi } from "vitest";
import { chartData, chartOptions } from "./chart-options";
import { hasValues, keyedIndex, type LineChart, legendIndex, maxValue, niceCeiling, sessionTick } from "./line-chart";
import { DARK, LIGHT } from "./palette";

const chart: LineChart = {
  x: [1, 2, 4],
  series: [
    { label: "Handoff", color: "sky", values: [800, null, 1320] },
    { label: "Budget", color: "zinc", values: [2000, 2000, 2000], reference: true },
  ],
  format: (value) => `${value} t`,
};

describe("line chart data", () => {
  it("aligns x with every series for uPlot", () => {
    expect(chartData(chart)).toEqual([
      [1, 2, 4],
      [800, null, 1320],
      [2000, 2000, 2000],
    ]);
  });

  it("counts only real series as data", () => {
    expect(hasValues(chart)).toBe(true);
    const onlyBudget = { ...chart, series: [{ ...chart.series[0]!, values: [null, null, null] }, chart.series[1]!] };
    expect(hasValues(onlyBudget)).toBe(false);
    expect(maxValue(chart)).toBe(2000);
  });

  it("rounds the y ceiling up to a readable number above the top point", () => {
    expect(niceCeiling(0)).toBe(1);
    expect(niceCeiling(3)).toBe(5);
    expect(niceCeiling(10)).toBe(20);
    expect(niceCeiling(1320)).toBe(2000);
    expect(niceCeiling(2000)).toBe(2500);
    expect(niceCeiling(0.4)).toBe(0.5);
  });

  it("shows the hovered session in the legend, the latest otherwise", () => {
    expect(legendIndex(chart, 0)).toBe(0);
    expect(legendIndex(chart, null)).toBe(2);
    expect(legendIndex(chart, 9)).toBe(2);
    expect(legendIndex({ ...chart, x: [] }, null)).toBeNull();
  });

  it("walks the sessions with the arrow keys, within bounds", () => {
    expect(keyedIndex("ArrowLeft", null, 3)).toBe(1);
    expect(keyedIndex("ArrowLeft", 0, 3)).toBe(0);
    expect(keyedIndex("ArrowRight", 2, 3)).toBe(2);
    expect(keyedIndex("Home", 2, 3)).toBe(0);
    expect(keyedIndex("End", 0, 3)).toBe(2);
    expect(keyedIndex("Enter", 1, 3)).toBeNull();
    expect(keyedIndex("ArrowLeft", null, 0)).toBeNull();
  });

  it("labels whole sessions only", () => {
    expect(sessionTick(3)).toBe("#3");
    expect(sessionTick(2.5)).toBe("");
  });
});

describe("chart options", () => {
  const fake = {} as uPlot;

  it("pads x by half a session, starts y at 0 and uses the fixed or rounded maximum", () => {
    const options = chartOptions(chart, { width: 300, height: 200 }, LIGHT, () => {});
    const x = options.scales?.x?.range as (u: uPlot, min: number, max: number) => [number, number];
    const y = options.scales?.y?.range as (u: uPlot, min: number, max: number) => [number, number];
    expect(x(fake, 1, 4)).toEqual([0.5, 4.5]);
    expect(y(fake, 800, 2000)).toEqual([0, 2500]);
    const fixed = chartOptions({ ...chart, yMax: 100 }, { width: 300, height: 200 }, LIGHT, () => {});
    const fixedY = fixed.scales?.y?.range as typeof y;
    expect(fixedY(fake, 0, 10)).toEqual([0, 100]);
  });

  it("formats ticks with the chart's formatter and colours series from the palette", () => {
    const options = chartOptions({ ...chart, tick: (v) => `${v}!` }, { width: 300, height: 200 }, DARK, () => {});
    const [xAxis, yAxis] = options.axes as uPlot.Axis[];
    const xValues = xAxis!.values as (u: uPlot, splits: number[]) => string[];
    const yValues = yAxis!.values as (u: uPlot, splits: number[]) => string[];
    expect(xValues(fake, [1, 1.5, 2])).toEqual(["#1", "", "#2"]);
    expect(yValues(fake, [0, 500])).toEqual(["0!", "500!"]);
    expect(options.series[1]?.stroke).toBe(DARK.series.sky);
    expect(options.series[2]?.dash).toEqual([6, 4]);
    expect(xAxis!.stroke).toBe(DARK.axis);
  });

  it("reports the cursor's index for the legend", () => {
    const onCursor = vi.fn();
    const options = chartOptions(chart, { width: 300, height: 200 }, LIGHT, onCursor);
    options.hooks?.setCursor?.[0]?.({ cursor: { idx: 1 } } as uPlot);
    options.hooks?.setCursor?.[0]?.({ cursor: { idx: null } } as unknown as uPlot);
    expect(onCursor.mock.calls).toEqual([[1], [null]]);
  });
});
