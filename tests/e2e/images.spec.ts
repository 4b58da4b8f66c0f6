import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const samplePath = "/news/brief/sample-brief-with-images/";
const guidePath = "/news/brief/adding-images/";
const phone = { width: 390, height: 844 };
const density = 2;

test.use({ viewport: phone, deviceScaleFactor: density, isMobile: true, hasTouch: true });

/** Sums every layout shift from the first paint, as the Cumulative Layout Shift metric does (without its windows). */
async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const record = window as unknown as { layoutShift: number };
    record.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) record.layoutShift += entry.value;
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** Scrolls to the end so lazy images load, then waits until every image has loaded. */
async function loadEveryImage(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.scrollTo(0, document.body.scrollHeight);
  });
  await page.waitForFunction(() => [...document.images].every((image) => image.complete && image.naturalWidth > 0));
}

test("the lead image loads at about the phone's width in device pixels, not the original", async ({ page }) => {
  await page.goto(samplePath);
  const lead = page.locator(".brief__image img");
  await expect(lead).toHaveJSProperty("complete", true);
  const { currentSrc, shownWidth } = await lead.evaluate((image: HTMLImageElement) => ({
    currentSrc: image.currentSrc,
    shownWidth: image.getBoundingClientRect().width,
  }));
  const needed = shownWidth * density;
  // Encoded files are named by their width in pixels (naturalWidth is in CSS pixels once a srcset applies).
  const loadedWidth = Number(/\/_images\/\w+-(\d+)\.avif$/.exec(currentSrc)?.[1]);
  // The smallest encoded width at or above what the screen needs: 800 px for a 358 px slot at 2x, not the 1600 px original.
  expect(loadedWidth).toBeGreaterThanOrEqual(needed);
  expect(loadedWidth).toBeLessThan(needed * 1.5);
});

test("images cause no layout shift while the page and its lazy images load", async ({ page }) => {
  await recordLayoutShifts(page);
  await page.goto(samplePath);
  await loadEveryImage(page);
  expect(await page.locator(".brief__body picture img").getAttribute("loading")).toBe("lazy");
  // Shifts are reported after the frame they happen in.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift)).toBe(0);
});

for (const path of [samplePath, guidePath, "/news/brief/"]) {
  test(`${path} has no axe violations with its images loaded`, async ({ page }) => {
    await page.goto(path);
    await loadEveryImage(page);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
}
