import { readFile, rm } from "node:fs/promises";
import type { AstroIntegration } from "astro";
import sitemap, { type SitemapItem } from "@astrojs/sitemap";
import type { SitemapDetails } from "../model/sitemaps.ts";

/** Written by src/pages/[hostFile].ts, read and removed here; never deployed. */
export const SITEMAP_DETAILS_FILE = "_sitemap-details.json";

/**
 * @astrojs/sitemap, told what it cannot see: `lastmod` and hreflang alternates come from
 * the briefs, which live in the content layer that integrations have no access to. A page
 * of the build writes them to a file; this integration, registered just before the
 * sitemap, reads that file once the pages exist and hands each URL its details.
 */
export function sitemapWithDetails(options: { newsSitemap: string }): AstroIntegration[] {
  let details: SitemapDetails = { pages: {}, redirects: [] };
  let redirects = new Set<string>();

  const reader: AstroIntegration = {
    name: "dispatch-sitemap-details",
    hooks: {
      "astro:build:done": async ({ dir }) => {
        const file = new URL(SITEMAP_DETAILS_FILE, dir);
        details = JSON.parse(await readFile(file, "utf8")) as SitemapDetails;
        redirects = new Set(details.redirects);
        await rm(file);
      },
    },
  };

  const serialize = (item: SitemapItem): SitemapItem | undefined => {
    if (redirects.has(item.url)) return undefined;
    const detail = details.pages[item.url];
    if (!detail) return item;
    return { ...item, lastmod: detail.lastmod, ...(detail.links ? { links: detail.links } : {}) };
  };

  return [
    reader,
    sitemap({
      // Pages end in a slash; feeds, robots.txt and host files do not and are no pages.
      filter: (url) => url.endsWith("/"),
      serialize,
      customSitemaps: [options.newsSitemap],
    }),
  ];
}
