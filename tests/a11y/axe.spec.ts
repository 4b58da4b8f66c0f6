import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { resolve } from "node:path";
import { readBuiltSite, sitePages } from "../../tools/quality/built-site.ts";
import { hydrateIslands } from "./islands.ts";

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: the rules axe can check automatically. */
const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const site = readBuiltSite(resolve(process.env["SITE_DIR"] ?? "dist"));

// Redirect pages show nothing before the browser leaves them; the links gate checks their targets.
for (const { path } of sitePages(site).filter((page) => page.redirectsTo === undefined)) {
  test(`${path} has no WCAG A/AA violations in light or dark mode`, async ({ page }) => {
    const response = await page.goto(path);
    if (!path.endsWith("404.html")) expect(response?.status(), `${path} is served`).toBe(200);
    await hydrateIslands(page);

    const violations: string[] = [];
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
      for (const violation of results.violations) {
        for (const node of violation.nodes) {
          violations.push(
            `[${colorScheme}] ${violation.id} (${violation.impact ?? "?"}): ${violation.help}\n` +
              `    at ${node.target.join(" ")}\n    ${node.failureSummary?.replaceAll("\n", "\n    ") ?? ""}\n    ${violation.helpUrl}`,
          );
        }
      }
    }
    expect(violations, `axe found violations on ${path}`).toEqual([]);
  });
}
