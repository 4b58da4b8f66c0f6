/**
 * Lighthouse gate: mobile profile (simulated throttling) on the home page, an article, the
 * sample article with images (when built) and a tag page of the built site, served locally;
 * every category must score at least 0.98.
 * Usage: npm run test:lighthouse   (SITE_DIR=<dist> to audit another build)
 */
import { chromium } from "@playwright/test";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { resolve } from "node:path";
import { readBuiltSite, sampleArticle, sitePages, type SitePage } from "./built-site.ts";
import { chromiumArgs, chromiumPath } from "./chromium.ts";
import { serveStatic } from "./static-server.ts";

const minimumScore = 0.98;
const categories = ["performance", "accessibility", "best-practices", "seo"] as const;
const chromeFlags = ["--headless=new", ...chromiumArgs];

const site = readBuiltSite(resolve(process.env["SITE_DIR"] ?? "dist"));
const pages = sitePages(site);
const pick = (pattern: RegExp): SitePage => {
  const page = pages.find((candidate) => pattern.test(candidate.path.slice(site.basePath.length)));
  if (!page) throw new Error(`No page in ${site.dir} matches ${pattern}`);
  return page;
};
// The sample brief with a lead and a body image, when the build has it (the bundled content does).
const imageArticle = pages.find((candidate) => candidate.path.endsWith("/news/brief/sample-brief-with-images/"));
const audited = [
  { name: "home", page: pick(/^$/) },
  { name: "article", page: sampleArticle(site, pages) ?? pick(/^news\/brief\/[^/]+\/$/) },
  ...(imageArticle ? [{ name: "image", page: imageArticle }] : []),
  { name: "tag", page: pick(/^tag\/[^/]+\/$/) },
];

// Debian's Chromium as everywhere in the tests, else Playwright's own.
const chromePath = chromiumPath() ?? chromium.executablePath();
const server = await serveStatic(site.dir, site.basePath);
const chrome = await launch({ chromeFlags, chromePath });
const failures: string[] = [];
try {
  console.log(`Lighthouse ${minimumScore} minimum, mobile profile, ${server.origin}`);
  console.log(["page".padEnd(8), ...categories.map((category) => category.padStart(15)), "  url"].join(""));
  for (const { name, page } of audited) {
    const result = await lighthouse(`${server.origin}${page.path}`, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...categories],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${page.path}: ${lhr.runtimeError.message}`);
    const scores = categories.map((category) => lhr.categories[category]?.score ?? 0);
    console.log([name.padEnd(8), ...scores.map((score) => score.toFixed(2).padStart(15)), `  ${page.path}`].join(""));
    categories.forEach((category, index) => {
      const score = scores[index] ?? 0;
      if (score >= minimumScore) return;
      // Name the audits that cost points, so a failure says what to fix.
      const lost = (lhr.categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${ref.id} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score})`);
      failures.push(
        `${name} ${page.path}: ${category} ${score.toFixed(2)} < ${minimumScore}; losing on ${lost.join(", ") || "?"}`,
      );
    });
  }
} finally {
  chrome.kill();
  await server.close();
}

if (failures.length > 0) {
  console.error(`\nLighthouse budget missed:\n${failures.map((line) => `  - ${line}`).join("\n")}`);
  process.exit(1);
}
console.log(`\nAll ${audited.length} pages score at least ${minimumScore} in every category.`);
