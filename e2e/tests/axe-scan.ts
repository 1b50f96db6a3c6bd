import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

type Violation = { state: string; width: number; id: string; impact: string; nodes: string[] };

/**
 * Scans screens with axe at desktop (1280) and tablet (768) width and collects serious and critical
 * violations and sideways scrolling on the tablet; `expectClean` fails with all of them listed. The
 * one scan every journey uses (keyboard-and-a11y, note-life, form-faults). `check` runs at each width
 * after the scan, for what a state must also show there.
 */
export function axeScanner(page: Page) {
  const problems: Violation[] = [];
  const overflow: string[] = [];
  return {
    async scan(state: string, check?: (width: number) => Promise<void>): Promise<void> {
      const original = page.viewportSize();
      for (const width of [1280, 768]) {
        await page.setViewportSize({ width, height: width === 1280 ? 900 : 1024 });
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
        const result = await new AxeBuilder({ page }).analyze();
        for (const v of result.violations) {
          if (v.impact === "serious" || v.impact === "critical") {
            problems.push({
              state,
              width,
              id: v.id,
              impact: v.impact,
              nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
            });
          }
        }
        if (width === 768) {
          const { scrollWidth, innerWidth } = await page.evaluate(() => ({
            scrollWidth: document.scrollingElement?.scrollWidth ?? 0,
            innerWidth: window.innerWidth,
          }));
          if (scrollWidth > innerWidth) {
            overflow.push(`${state}: scrollWidth ${scrollWidth} > ${innerWidth}`);
          }
        }
        await check?.(width);
      }
      if (original) await page.setViewportSize(original);
    },
    expectClean(): void {
      const report = problems
        .map((p) => `${p.state} @${p.width}px: ${p.impact} ${p.id} → ${p.nodes.join(" | ")}`)
        .join("\n");
      if (report) console.log(`axe serious/critical violations:\n${report}`);
      expect(problems, `axe serious/critical violations:\n${report}`).toEqual([]);
      expect(overflow, "pages that scroll sideways at 768 px").toEqual([]);
    },
  };
}
