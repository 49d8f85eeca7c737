// The page checks of the accessibility audit (a11y.test.ts): axe-core's serious and critical findings and
// horizontal overflow. The keyboard checks are in a11y-keyboard.ts.
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** A finding known and accepted for now: one rule on one element, with the reason it stays. */
export interface Exclusion {
  rule: string;
  selector: string;
  why: string;
}

interface AxeResult {
  violations: {
    id: string;
    impact: string | null;
    help: string;
    nodes: { target: string[]; failureSummary?: string }[];
  }[];
}

/** Serious and critical axe violations, one readable line per element. */
export async function axeViolations(page: Page, excluded: readonly Exclusion[] = []): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() => (window as unknown as { axe: { run: () => Promise<unknown> } }).axe.run());
  const lines: string[] = [];
  for (const violation of (result as AxeResult).violations) {
    if (violation.impact !== "serious" && violation.impact !== "critical") continue;
    for (const node of violation.nodes) {
      const selector = node.target.join(" ");
      if (excluded.some((skip) => skip.rule === violation.id && skip.selector === selector)) continue;
      const summary = (node.failureSummary ?? "").replace(/\s+/g, " ").trim();
      lines.push(`${violation.id} (${violation.impact}) ${selector}: ${violation.help}. ${summary}`);
    }
  }
  return lines;
}

/** Elements wider than the viewport (empty when nothing scrolls sideways). */
export function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    // The innermost elements that stick out name the culprit; their ancestors only inherit the width.
    const wide = [...document.querySelectorAll<HTMLElement>("body *")].filter(
      (element) => element.getBoundingClientRect().right > width + 1,
    );
    const innermost = wide.filter((element) => !wide.some((other) => other !== element && element.contains(other)));
    return [
      `page is ${document.documentElement.scrollWidth}px wide in a ${width}px viewport`,
      ...innermost.slice(0, 5).map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join(".")}`),
    ];
  });
}

/** Whether the page is drawn dark: the relative luminance of the page background, as WCAG defines it. */
export function drawnDark(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    // Painted on a canvas to read it as sRGB: Tailwind's colours compute to oklch().
    const context = document.createElement("canvas").getContext("2d");
    if (!context) throw new Error("no 2d canvas");
    context.fillStyle = getComputedStyle(document.documentElement).backgroundColor;
    context.fillRect(0, 0, 1, 1);
    const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
    const channel = (value = 255) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b) < 0.2;
  });
}
