import { site } from "../site.config.ts";
import type { Language } from "../schemas/brief.ts";

/**
 * The one place site paths are built. Every link, asset, feed and canonical URL goes
 * through `sitePath` or `absoluteUrl`, so a deployment under a sub-path (`BASE_PATH`)
 * or on another host (`SITE_URL`) changes nothing in templates.
 * Pages are directories (`/news/brief/x/`), so every page path ends with a slash.
 */
export function sitePath(path: string): string {
  const relative = path.replace(/^\/+/, "");
  return `${site.basePath}${relative}`;
}

/** Absolute URL on the deployed site, for canonical links, feeds and share links. */
export function absoluteUrl(path: string): string {
  return `${site.url}${sitePath(path)}`;
}

/** Path prefix of a language's pages: English lives at the root, others under `/<lang>/`. */
export function languagePrefix(lang: Language): string {
  return lang === site.defaultLanguage ? "" : `${lang}/`;
}

export function homeUrl(lang: Language = site.defaultLanguage): string {
  return sitePath(languagePrefix(lang));
}

export function newsUrl(lang: Language = site.defaultLanguage): string {
  return sitePath(`${languagePrefix(lang)}news/`);
}

/** The paginated list of all briefs; page 1 has no number in its URL. */
export function briefsUrl(page = 1, lang: Language = site.defaultLanguage): string {
  return sitePath(`${languagePrefix(lang)}news/brief/${page > 1 ? `${page}/` : ""}`);
}

export function briefUrl(brief: { slug: string; lang: Language }): string {
  return sitePath(`${languagePrefix(brief.lang)}news/brief/${brief.slug}/`);
}

export function tagUrl(slug: string): string {
  return sitePath(`tag/${slug}/`);
}

export function countryUrl(slug: string): string {
  return sitePath(`country/${slug}/`);
}

export function authorUrl(slug: string): string {
  return sitePath(`author/${slug}/`);
}

/** A file in `public/` (logo, favicon, card images). */
export function assetUrl(path: string): string {
  return sitePath(path);
}

/** A page of the organization's own news (`content/organization/`). */
export function organizationUrl(id: string): string {
  return sitePath(`organization/${id}/`);
}

/** Route parameter for `src/pages/[...lang]/`: undefined for the default language's root. */
export function languageParam(lang: Language): string | undefined {
  return languagePrefix(lang).replace(/\/$/, "") || undefined;
}

/**
 * Absolute URL of a path the helpers above built (it already carries the base path),
 * for canonical and Open Graph URLs, feeds and sitemaps.
 */
export function absoluteHref(builtPath: string): string {
  return new URL(builtPath, `${site.url}/`).href;
}

/** The three formats every site-wide and per-language feed is published in. */
export type FeedFormat = "rss" | "atom" | "json";

const feedFiles: Record<FeedFormat, string> = { rss: "rss.xml", atom: "atom.xml", json: "feed.json" };

/**
 * A site feed: every brief when `lang` is omitted (`/rss.xml`), else one language's
 * (`/en/rss.xml`, `/es/rss.xml`). Each language gets its own folder, the default one too,
 * so the whole-site feed and the English feed never share a URL.
 */
export function feedUrl(format: FeedFormat, lang?: Language): string {
  return sitePath(`${lang ? `${lang}/` : ""}${feedFiles[format]}`);
}

/** The kinds of term with a page and an RSS feed of their own. */
export type TaxonomyKind = "tag" | "country" | "author";

/** RSS feed of one tag, country or author, beside its page: `/tag/coca/rss.xml`. */
export function termFeedUrl(taxonomy: TaxonomyKind, slug: string): string {
  return sitePath(`${taxonomy}/${slug}/rss.xml`);
}

/** Page of one tag, country or author (in the default language). */
export function termUrl(taxonomy: TaxonomyKind, slug: string): string {
  const pageOf = { tag: tagUrl, country: countryUrl, author: authorUrl }[taxonomy];
  return pageOf(slug);
}

/** Index of the sitemaps @astrojs/sitemap writes. */
export function sitemapIndexUrl(): string {
  return sitePath("sitemap-index.xml");
}

/** Google News sitemap of the latest briefs. */
export function newsSitemapUrl(): string {
  return sitePath("news-sitemap.xml");
}
