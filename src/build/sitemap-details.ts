import type { AstroIntegration } from "astro";
import sitemap, { type SitemapItem } from "@astrojs/sitemap";
import type { ContentChannel } from "./content-channel.ts";
import { uiLanguages } from "../i18n/index.ts";
import { aliasRedirects } from "../model/redirects.ts";
import { sitemapDetails, type SitemapDetails } from "../model/sitemaps.ts";
import { absoluteUrl, briefUrl, offlineUrl } from "../model/urls.ts";

/**
 * @astrojs/sitemap, told what it cannot see: each page's `lastmod` and hreflang alternates
 * come from the loaded briefs (src/model/sitemaps.ts); alias redirect pages and expired
 * briefs' notices are left out.
 */
export function sitemapWithDetails(channel: ContentChannel, options: { newsSitemap: string }): AstroIntegration {
  let details: (SitemapDetails & { leftOut: Set<string> }) | undefined;
  const detailsOnce = () => {
    if (details) return details;
    const { briefs, expired } = channel.loadedBriefs("The sitemap");
    const found = sitemapDetails(
      briefs,
      uiLanguages,
      aliasRedirects(briefs).map((redirect) => redirect.from),
    );
    // An expired brief's URL shows only a notice (noindex), and the offline pages are for the
    // service worker: no page for search engines to list.
    details = {
      ...found,
      leftOut: new Set([
        ...found.redirects,
        ...expired.map((brief) => absoluteUrl(briefUrl(brief))),
        ...uiLanguages.map((lang) => absoluteUrl(offlineUrl(lang))),
      ]),
    };
    return details;
  };

  const serialize = (item: SitemapItem): SitemapItem | undefined => {
    const { pages, leftOut } = detailsOnce();
    if (leftOut.has(item.url)) return undefined;
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
