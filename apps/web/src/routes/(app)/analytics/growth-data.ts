// The shape of project.growth as the analytics page reads it (a structural subset of the API's types), and
// number formatting shared by the charts and their headlines.

export interface GrowthPoint {
  sessionNumber: number;
  durationMinutes: number | null;
  messageCount: number;
  creditsUsed: number | null;
  handoffTokens: number | null;
  fidelity: number | null;
  blockers: number;
  blockersOpen: number | null;
  blockersClosed: number | null;
}

export interface GrowthTrends {
  window: number;
  fidelityTrend: "IMPROVING" | "STABLE" | "DECLINING" | null;
  fidelitySlope: number | null;
  averageFidelity: number | null;
  handoffTokensSlope: number | null;
  averageDurationMinutes: number | null;
  averageMessages: number | null;
  averageCreditsUsed: number | null;
  averageBlockersOpen: number | null;
  averageBlockersClosed: number | null;
  blockersCloseFaster: boolean | null;
}

const whole = new Intl.NumberFormat("en", { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat("en", { maximumFractionDigits: 1 });

/** 0.843 → "84%". */
export const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;
/** 1234.4 → "1,234". */
export const count = (value: number) => whole.format(value);
/** 0.25 → "0.3", 2 → "2": for averages. */
export const decimal = (value: number) => oneDecimal.format(value);

/** 0 → "under 1 min", 42 → "42 min", 135 → "2 h 15 min". Durations are whole minutes, rounded by the API. */
export function minutes(value: number): string {
  if (value < 1) return "under 1 min";
  const rounded = Math.round(value);
  if (rounded < 60) return `${rounded} min`;
  const hours = Math.floor(rounded / 60);
  const rest = rounded % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** Axis ticks for minutes: short ("45m", "2h") so they fit a phone's width. */
export function minutesTick(value: number): string {
  if (value >= 60 && value % 60 === 0) return `${value / 60}h`;
  return `${Math.round(value)}m`;
}

/** The latest point that has a value for `pick`, with that value. */
export function latest<T extends GrowthPoint>(points: T[], pick: (point: T) => number | null) {
  for (let i = points.length - 1; i >= 0; i--) {
    const value = pick(points[i]!);
    if (value != null) return { point: points[i]!, value };
  }
  return null;
}
