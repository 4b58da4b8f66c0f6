import type { AstroIntegration } from "astro";
import sitemap, { type SitemapItem } from "@astrojs/sitemap";
import type { ContentChannel } from "./content-channel.ts";
import { uiLanguages } from "../i18n/index.ts";
import { aliasRedirects } from "../model/redirects.ts";
import { sitemapDetails, type SitemapDetails } from "../model/sitemaps.ts";

/**
 * @astrojs/sitemap, told what it cannot see: each page's `lastmod` and hreflang alternates
 * come from the loaded briefs (src/model/sitemaps.ts), and alias redirect pages are left out.
 */
export function sitemapWithDetails(channel: ContentChannel, options: { newsSitemap: string }): AstroIntegration {
  let details: (SitemapDetails & { redirected: Set<string> }) | undefined;
  const detailsOnce = () => {
    if (details) return details;
    const { briefs } = channel.loadedBriefs("The sitemap");
    const found = sitemapDetails(
      briefs,
      uiLanguages,
      aliasRedirects(briefs).map((redirect) => redirect.from),
    );
    details = { ...found, redirected: new Set(found.redirects) };
    return details;
  };

  const serialize = (item: SitemapItem): SitemapItem | undefined => {
    const { pages, redirected } = detailsOnce();
    if (redirected.has(item.url)) return undefined;
    const detail = pages[item.url];
    if (!detail) return item;
    return { ...item, lastmod: detail.lastmod, ...(detail.links ? { links: detail.links } : {}) };
  };

  return sitemap({
    // Pages end in a slash; feeds and robots.txt do not and are no pages.
    filter: (url) => url.endsWith("/"),
    serialize,
    customSitemaps: [options.newsSitemap],
  });
}
