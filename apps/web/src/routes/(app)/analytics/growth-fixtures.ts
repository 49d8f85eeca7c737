// Trends with nothing known, for tests to fill in what they are about.
import type { GrowthTrends } from "./growth-data";

export const trends = (overrides: Partial<GrowthTrends> = {}): GrowthTrends => ({
  window: 3,
  fidelityTrend: null,
  fidelitySlope: null,
  averageFidelity: null,
  handoffTokensSlope: null,
  averageDurationMinutes: null,
  averageMessages: null,
  averageCreditsUsed: null,
  averageBlockersOpen: null,
  averageBlockersClosed: null,
  blockersCloseFaster: null,
  ...overrides,
});
