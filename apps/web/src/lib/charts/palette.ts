// Series and axis colours for light and dark mode. Each series colour has enough contrast against the card
// background of its mode (white / zinc-900); the dark variants are the lighter Tailwind shades.
export type SeriesColor = "indigo" | "emerald" | "amber" | "rose" | "sky" | "zinc";

export interface Palette {
  series: Record<SeriesColor, string>;
  axis: string;
  grid: string;
  cursor: string;
}

export const LIGHT: Palette = {
  series: {
    indigo: "#4f46e5",
    emerald: "#059669",
    amber: "#b45309",
    rose: "#e11d48",
    sky: "#0284c7",
    zinc: "#71717a",
  },
  axis: "#52525b",
  grid: "#e4e4e7",
  cursor: "#a1a1aa",
};

export const DARK: Palette = {
  series: {
    indigo: "#818cf8",
    emerald: "#34d399",
    amber: "#fbbf24",
    rose: "#fb7185",
    sky: "#38bdf8",
    zinc: "#a1a1aa",
  },
  axis: "#a1a1aa",
  grid: "#27272a",
  cursor: "#52525b",
};
