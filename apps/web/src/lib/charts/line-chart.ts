// What a chart shows, independent of uPlot: x values (session numbers) and one or more series over them.
import type { SeriesColor } from "./palette";

export interface ChartSeries {
  label: string;
  color: SeriesColor;
  /** One value per x; null where the session has none (no handoff, no credits recorded). */
  values: (number | null)[];
  /** A reference line (a budget), drawn dashed and without points. */
  reference?: boolean;
  /** Drawn dashed, so a series that often equals another stays visible on top of it. */
  dashed?: boolean;
}

export interface LineChart {
  /** Session numbers, ascending. */
  x: number[];
  series: ChartSeries[];
  /** Value → text for the y axis and the legend ("84%", "1,200", "12 min"). */
  format: (value: number) => string;
  /** Shorter text for y-axis ticks where `format` is long ("45m" for "45 min"). */
  tick?: (value: number) => string;
  /** A fixed y range (fidelity: 0–100); otherwise from 0 to a round number above the largest value. */
  yMax?: number;
  /** Values are counts (messages, blockers, minutes): y ticks only at whole numbers. */
  whole?: boolean;
}

/** Whether any series has a value to draw (reference lines alone are not data). */
export function hasValues(chart: LineChart): boolean {
  return chart.series.some((series) => !series.reference && series.values.some((value) => value != null));
}

/** The largest value of all series, or 0. */
export function maxValue(chart: LineChart): number {
  let max = 0;
  for (const series of chart.series) for (const value of series.values) if (value != null && value > max) max = value;
  return max;
}

/** The smallest round number (1, 2, 2.5 or 5 × 10ⁿ) at least 5% above `max`, so the top point never touches the frame. */
export function niceCeiling(max: number): number {
  if (!(max > 0)) return 1;
  const target = max * 1.05;
  const power = 10 ** Math.floor(Math.log10(target));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= target) return step * power;
  return 10 * power;
}

/** The legend's index: the hovered point, else the latest one. */
export function legendIndex(chart: LineChart, hovered: number | null | undefined): number | null {
  if (hovered != null && hovered >= 0 && hovered < chart.x.length) return hovered;
  return chart.x.length > 0 ? chart.x.length - 1 : null;
}

/** "#1", "#2"… for whole session numbers; nothing between them (uPlot may place ticks at fractions). */
export function sessionTick(value: number): string {
  return Number.isInteger(value) ? `#${value}` : "";
}

/** The session a key moves the legend to (arrows step, Home/End jump), or null for other keys. */
export function keyedIndex(key: string, current: number | null, length: number): number | null {
  if (length === 0) return null;
  const from = current ?? length - 1;
  const next =
    key === "ArrowLeft"
      ? from - 1
      : key === "ArrowRight"
        ? from + 1
        : key === "Home"
          ? 0
          : key === "End"
            ? length - 1
            : null;
  return next == null ? null : Math.min(Math.max(next, 0), length - 1);
}
