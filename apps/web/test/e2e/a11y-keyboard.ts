// The keyboard half of the accessibility audit (a11y.test.ts): a Tab walk through the whole page that looks at
// each stop's focus style and order, and a form sent with mistakes from the keyboard.
import type { Locator, Page } from "playwright-core";

export interface TabStop {
  index: number | null;
  name: string;
  form: string | null;
  top: number;
  left: number;
  height: number;
  tabIndex: number;
  focusRing: boolean;
  changed: boolean;
}

/** Marks every visible, enabled control with its index and remembers how it looks when not focused. */
async function markControls(page: Page): Promise<{ names: string[]; radios: Record<string, number[]> }> {
  return page.evaluate(() => {
    // Tab starts from the last click or focus, so start from a spot at the top of the page that Tab skips.
    const start = document.createElement("span");
    start.tabIndex = -1;
    start.dataset.a11yStart = "";
    document.body.prepend(start);
    start.focus();
    const selector = "a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]";
    const controls = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (element) =>
        element.tabIndex >= 0 &&
        !(element as HTMLButtonElement).disabled &&
        !element.closest("[inert], fieldset:disabled") &&
        element.checkVisibility({ visibilityProperty: true }) &&
        element.getClientRects().length > 0,
    );
    const look = (element: Element) => {
      const style = getComputedStyle(element);
      return [style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow].join("|");
    };
    const radios: Record<string, number[]> = {};
    const names = controls.map((element, index) => {
      element.dataset.a11yIndex = String(index);
      element.dataset.a11yLook = look(element);
      if (element instanceof HTMLInputElement && element.type === "radio") {
        radios[element.name] = [...(radios[element.name] ?? []), index];
      }
      const label = element.getAttribute("aria-label") ?? element.textContent?.trim() ?? "";
      return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""} “${label.slice(0, 40)}”`;
    });
    return { names, radios };
  });
}

/** The focused element after one Tab, or null once focus has left the page. */
function focused(page: Page): Promise<TabStop | null> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const ring =
      (style.outlineStyle !== "none" &&
        Number.parseFloat(style.outlineWidth) >= 1 &&
        style.outlineColor !== "rgba(0, 0, 0, 0)") ||
      style.boxShadow !== "none";
    const look = [style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow].join("|");
    const rect = element.getBoundingClientRect();
    const form = element.closest("form");
    return {
      index: element.dataset.a11yIndex ? Number(element.dataset.a11yIndex) : null,
      name: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""} “${(element.getAttribute("aria-label") ?? element.textContent ?? "").trim().slice(0, 40)}”`,
      form: form ? (form.getAttribute("aria-label") ?? form.id ?? form.action) : null,
      top: rect.top + window.scrollY,
      left: rect.left + window.scrollX,
      height: rect.height,
      tabIndex: element.tabIndex,
      focusRing: ring,
      changed: element.dataset.a11yLook === undefined || element.dataset.a11yLook !== look,
    };
  });
}

/** Reading order inside one form: the next control is on a later line, or further right on the same one. */
function readsInOrder(previous: TabStop, next: TabStop): boolean {
  const sameLine = next.top < previous.top + previous.height - 1 && previous.top < next.top + next.height - 1;
  return sameLine ? next.left > previous.left : next.top > previous.top;
}

/** Tabs through the whole page; returns what is wrong (unreached controls, no focus style, jumps back). */
export async function keyboardProblems(page: Page, maxStops = 400): Promise<string[]> {
  await page.mouse.move(0, 0);
  const { names, radios } = await markControls(page);
  const problems: string[] = [];
  const reached = new Set<number>();
  let previous: TabStop | null = null;
  for (let step = 0; step < maxStops; step++) {
    await page.keyboard.press("Tab");
    const stop = await focused(page);
    if (!stop || (stop.index !== null && reached.has(stop.index))) break;
    if (stop.tabIndex > 0) problems.push(`${stop.name} has a positive tabindex, which reorders the page`);
    if (stop.index !== null) reached.add(stop.index);
    if (!stop.focusRing || !stop.changed) problems.push(`no visible focus style on ${stop.name}`);
    if (previous?.form && previous.form === stop.form && !readsInOrder(previous, stop)) {
      problems.push(`in form “${stop.form}”, Tab goes back from ${previous.name} to ${stop.name}`);
    }
    previous = stop;
  }
  // Tab reaches one radio button of a group; the arrow keys choose within it.
  const groups = Object.values(radios);
  names.forEach((name, index) => {
    const group = groups.find((members) => members.includes(index));
    const ok = group ? group.some((member) => reached.has(member)) : reached.has(index);
    if (!ok) problems.push(`Tab never reaches ${name}`);
  });
  await page.evaluate(() => document.querySelector("[data-a11y-start]")?.remove());
  return problems;
}

// Words that leak from code into a message meant for a person.
export const MACHINE_WORDS =
  /graphql|exception|undefined|\bnull\b|\[object|BAD_USER_INPUT|UNAUTHENTICATED|INTERNAL|stack|fetch failed|status \d{3}/i;

/** The messages shown inside the form: field errors and alerts. */
function shownErrors(form: Locator): Promise<{ text: string; field: string | null; focusedField: boolean }[]> {
  return form.evaluate((element) => {
    const errors: { text: string; field: string | null; focusedField: boolean }[] = [];
    for (const field of element.querySelectorAll<HTMLElement>("[aria-invalid='true']")) {
      const described = (field.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
      const text = described.map((id) => document.getElementById(id)?.textContent?.trim() ?? "").join(" ");
      errors.push({ text, field: field.id || field.tagName, focusedField: document.activeElement === field });
    }
    for (const alert of element.querySelectorAll<HTMLElement>("[role='alert']")) {
      errors.push({ text: alert.textContent?.trim() ?? "", field: null, focusedField: false });
    }
    return errors;
  });
}

/**
 * Sends the form from the keyboard (Enter on its submit button) and checks the answer: a message in words beside
 * the field it is about (its description), with focus moved to the first field to fix. `expected` is what the
 * message should say, so a wrong or missing answer fails too.
 */
export async function mistakeProblems(page: Page, form: Locator, expected: RegExp): Promise<string[]> {
  await form.locator("button[type='submit']").first().focus();
  await page.keyboard.press("Enter");
  const answered = await form
    .locator("[aria-invalid='true'], [role='alert']")
    .first()
    .waitFor({ timeout: 15_000 })
    .then(() => true)
    .catch(() => false);
  if (!answered) return ["no field is marked aria-invalid and no alert is announced after sending the mistake"];
  const errors = await shownErrors(form);
  const problems: string[] = [];
  if (!errors.some((error) => expected.test(error.text))) {
    problems.push(`expected a message like ${expected}, got ${JSON.stringify(errors.map((e) => e.text))}`);
  }
  for (const error of errors) {
    if (!error.text) problems.push(`${error.field} is marked invalid but no message describes it`);
    if (MACHINE_WORDS.test(error.text)) problems.push(`“${error.text}” is not in words a person understands`);
  }
  const firstField = errors.find((error) => error.field);
  if (firstField && !firstField.focusedField) {
    const active = await page.evaluate(() => {
      const element = document.activeElement;
      return element ? `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}` : "nothing";
    });
    problems.push(`focus stays on ${active}, not on ${firstField.field}, the field to fix`);
  }
  return problems;
}
