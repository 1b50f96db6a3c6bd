import { expect, type Page } from "@playwright/test";

/**
 * Keyboard-only driving: Tab / Shift+Tab to a control, then keys. Reading which element has focus is
 * observation, not interaction, so the journeys stay mouse-free.
 */

/** A short description of the focused element: "tag#id|accessible-ish text". */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return "body#|";
    const labelled = el.getAttribute("aria-label");
    const label =
      labelled ??
      (el instanceof HTMLInputElement ||
      el instanceof HTMLSelectElement ||
      el instanceof HTMLTextAreaElement
        ? (el.labels?.[0]?.textContent ?? "")
        : (el.textContent ?? ""));
    return `${el.tagName.toLowerCase()}#${el.id}|${label.replace(/\s+/g, " ").trim()}`;
  });
}

/** Presses Tab (or Shift+Tab) until the focused element matches: an id, or a pattern on "tag#id|text". */
export async function tabTo(
  page: Page,
  target: string | RegExp,
  { backwards = false, max = 150 }: { backwards?: boolean; max?: number } = {},
): Promise<void> {
  const matches = (d: string) =>
    typeof target === "string" ? d.split("|")[0]?.split("#")[1] === target : target.test(d);
  const seen: string[] = [];
  for (let i = 0; i <= max; i++) {
    const d = await focused(page);
    if (matches(d)) return;
    seen.push(d);
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Tab never reached ${String(target)}; last stops: ${seen.join(" → ")}`);
}

/** Replaces the focused text or number field's content by typing. */
export async function typeOver(page: Page, text: string): Promise<void> {
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(text);
}

/** Changes the focused closed <select> with the arrow keys until the wanted option is chosen. */
export async function arrowSelect(page: Page, value: string): Promise<void> {
  const state = () =>
    page.evaluate(() => {
      const s = document.activeElement as HTMLSelectElement;
      return { value: s.value, values: Array.from(s.options).map((o) => o.value) };
    });
  const { value: current, values } = await state();
  const from = values.indexOf(current);
  const to = values.indexOf(value);
  if (to < 0) throw new Error(`No option ${value} in ${values.join(", ")}`);
  const key = to > from ? "ArrowDown" : "ArrowUp";
  for (let i = 0; i < Math.abs(to - from); i++) await page.keyboard.press(key);
  expect((await state()).value).toBe(value);
}
