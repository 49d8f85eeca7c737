// uPlot options for a LineChart: session numbers on x (whole numbers only), values from 0 on y, colours from
// the palette of the current colour scheme. Types only from uPlot, so this stays testable without a DOM.
import type uPlot from "uplot";
import { type LineChart, maxValue, niceCeiling, sessionTick } from "./line-chart";
import type { Palette } from "./palette";

const FONT = "12px ui-sans-serif, system-ui, sans-serif";
/** Tick spacings uPlot may choose from for whole numbers (session numbers, counts): never fractions. */
const WHOLE_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10_000, 20_000, 50_000];

export interface ChartSize {
  width: number;
  height: number;
}

export function chartData(chart: LineChart): uPlot.AlignedData {
  return [chart.x, ...chart.series.map((series) => series.values)];
}

export function chartOptions(
  chart: LineChart,
  size: ChartSize,
  palette: Palette,
  onCursor: (index: number | null) => void,
): uPlot.Options {
  const yMax = chart.yMax ?? niceCeiling(maxValue(chart));
  const axis = { stroke: palette.axis, font: FONT, grid: { stroke: palette.grid, width: 1 }, ticks: { show: false } };
  return {
    ...size,
    legend: { show: false },
    cursor: { points: { size: 8 }, drag: { x: false, y: false } },
    scales: {
      // Half a session of room each side, so the first and last points are not cut by the frame.
      x: { time: false, range: (_u, min, max) => [min - 0.5, max + 0.5] },
      y: { range: () => [0, yMax] },
    },
    axes: [
      { ...axis, size: 32, grid: { show: false }, incrs: WHOLE_STEPS, values: (_u, splits) => splits.map(sessionTick) },
      {
        ...axis,
        size: 56,
        incrs: chart.whole ? WHOLE_STEPS : undefined,
        values: (_u, splits) => splits.map(chart.tick ?? chart.format),
      },
    ],
    series: [
      { label: "Session" },
      ...chart.series.map(
        (series): uPlot.Series => ({
          label: series.label,
          stroke: palette.series[series.color],
          width: 2,
          dash: series.reference || series.dashed ? [6, 4] : undefined,
          points: series.reference ? { show: false } : { size: 6, fill: palette.series[series.color] },
          value: (_u, value) => (value == null ? "–" : chart.format(value)),
        }),
      ),
    ],
    hooks: { setCursor: [(u) => onCursor(u.cursor.idx ?? null)] },
  };
}
