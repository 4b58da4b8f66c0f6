import type { Page } from "@playwright/test";

/**
 * Brings every island into view so `client:visible` ones hydrate, then waits (up to a few
 * seconds) until Astro has hydrated them all: the gates check the page a reader ends up with.
 * An island that never hydrates (e.g. `client:media` not matching) keeps its server HTML.
 */
export async function hydrateIslands(page: Page): Promise<void> {
  const islands = page.locator("astro-island");
  const count = await islands.count();
  if (count === 0) return;
  for (let index = 0; index < count; index += 1) await islands.nth(index).scrollIntoViewIfNeeded();
  await page
    .waitForFunction(() => document.querySelector("astro-island[ssr]") === null, undefined, { timeout: 5_000 })
    .catch(() => undefined);
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => {
    window.scrollTo(0, 0);
  });
}
