import type { Brief } from "./briefs.ts";
import { escapeXml } from "../lib/escape.ts";
import { taxonomies } from "./taxonomies.ts";
import { termPages } from "./terms.ts";
import { absoluteUrl, briefUrl, briefsUrl, homeUrl, newsSitemapUrl, newsUrl, sitemapIndexUrl } from "./urls.ts";
import type { Language } from "../i18n/languages.ts";

/** What the sitemap says about one page beyond its URL. */
export interface SitemapDetail {
  /** W3C date-time of the page's last substantive change. */
  lastmod: string;
  /** The page in every language it is translated into, itself included (hreflang). */
  links?: { lang: string; url: string }[];
}

/**
 * Details @astrojs/sitemap cannot know, keyed by absolute page URL: `lastmod` from each
 * brief's `updated`/`date` (a listing takes its newest brief's), and hreflang alternates
 * between briefs sharing a `translationKey`. `redirects` are alias pages, kept out.
 */
export interface SitemapDetails {
  pages: Record<string, SitemapDetail>;
  redirects: string[];
}

function newest(briefs: readonly Brief[]): string | undefined {
  let latest = -Infinity;
  for (const brief of briefs) latest = Math.max(latest, brief.modified.getTime());
  return Number.isFinite(latest) ? new Date(latest).toISOString() : undefined;
}

export function sitemapDetails(
  briefs: readonly Brief[],
  languages: readonly Language[],
  redirectPaths: readonly string[],
): SitemapDetails {
  const pages: Record<string, SitemapDetail> = {};
  const setListing = (path: string, listed: readonly Brief[]) => {
    const lastmod = newest(listed);
    if (lastmod) pages[absoluteUrl(path)] = { lastmod };
  };

  const translations = new Map<string, Brief[]>();
  for (const brief of briefs) {
    if (!brief.translationKey) continue;
    translations.set(brief.translationKey, [...(translations.get(brief.translationKey) ?? []), brief]);
  }
  for (const brief of briefs) {
    const group = brief.translationKey ? (translations.get(brief.translationKey) ?? []) : [];
    pages[absoluteUrl(briefUrl(brief))] = {
      lastmod: brief.modified.toISOString(),
      ...(group.length > 1
        ? { links: group.map((member) => ({ lang: member.lang, url: absoluteUrl(briefUrl(member)) })) }
        : {}),
    };
  }

  for (const lang of languages) {
    const inLanguage = briefs.filter((brief) => brief.lang === lang);
    for (const path of [homeUrl(lang), newsUrl(lang), briefsUrl(1, lang)]) setListing(path, inLanguage);
  }
  for (const lang of languages) {
    const inLanguage = briefs.filter((brief) => brief.lang === lang);
    for (const taxonomy of Object.values(taxonomies)) {
      for (const { term, items } of termPages(inLanguage, taxonomy.namesOf))
        setListing(taxonomy.termUrl(term.slug, lang), items);
    }
  }
  return { pages, redirects: redirectPaths.map(absoluteUrl) };
}

/** Google News only lists articles published in the last two days. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
/** …and at most 1,000 per sitemap. */
export const NEWS_LIMIT = 1000;

/** Briefs published within two days before `now`, newest first (a future date is not news yet). */
export function recentBriefs(briefs: readonly Brief[], now: Date): Brief[] {
  const end = now.getTime();
  return briefs
    .filter((brief) => brief.date.getTime() <= end && end - brief.date.getTime() <= NEWS_WINDOW_MS)
    .slice(0, NEWS_LIMIT);
}

/**
 * Google News sitemap (`news:news` entries) of the briefs published in the two days
 * before `now`, the build's time. An empty `urlset` is valid and simply lists nothing.
 */
export function newsSitemapXml(briefs: readonly Brief[], now: Date, publicationName: string): string {
  const entries = recentBriefs(briefs, now).map((brief) =>
    [
      "<url>",
      `<loc>${escapeXml(absoluteUrl(briefUrl(brief)))}</loc>`,
      "<news:news>",
      `<news:publication><news:name>${escapeXml(publicationName)}</news:name><news:language>${brief.lang}</news:language></news:publication>`,
      `<news:publication_date>${brief.date.toISOString()}</news:publication_date>`,
      `<news:title>${escapeXml(brief.title)}</news:title>`,
      "</news:news>",
      "</url>",
    ].join(""),
  );
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">`,
    ...entries,
    "</urlset>",
    "",
  ].join("\n");
}

/** robots.txt: everything may be crawled; both sitemaps are named with absolute URLs. */
export function robotsTxt(): string {
  return [
    "User-agent: *",
    "Allow: /",
    "",
    `Sitemap: ${absoluteUrl(sitemapIndexUrl())}`,
    `Sitemap: ${absoluteUrl(newsSitemapUrl())}`,
    "",
  ].join("\n");
}
