import { site } from "../site.config.ts";
import type { Language } from "../i18n/languages.ts";
import type { TaxonomyKind } from "./taxonomies.ts";

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

/**
 * Absolute URL on the deployed site, for canonical links, feeds and share links.
 * A path starting with `/` is taken as already built by these helpers (it includes the
 * base path); any other path is relative to the site's base: `absoluteUrl(briefUrl(b))`
 * and `absoluteUrl("rss.xml")` are both right.
 */
export function absoluteUrl(path: string): string {
  return `${site.url}${path.startsWith("/") ? path : sitePath(path)}`;
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

/** `path` followed by `n/` for page n > 1: page 1 of a listing has no number in its URL. */
function paged(path: string, page: number): string {
  return page > 1 ? `${path}${page}/` : path;
}

export function tagUrl(slug: string, lang: Language = site.defaultLanguage, page = 1): string {
  return sitePath(paged(`${languagePrefix(lang)}tag/${slug}/`, page));
}

export function countryUrl(slug: string, lang: Language = site.defaultLanguage, page = 1): string {
  return sitePath(paged(`${languagePrefix(lang)}country/${slug}/`, page));
}

export function authorUrl(slug: string, lang: Language = site.defaultLanguage, page = 1): string {
  return sitePath(paged(`${languagePrefix(lang)}author/${slug}/`, page));
}

/** Index pages listing every tag, country or author of a language. */
export function tagsUrl(lang: Language = site.defaultLanguage): string {
  return sitePath(`${languagePrefix(lang)}tags/`);
}

export function countriesUrl(lang: Language = site.defaultLanguage): string {
  return sitePath(`${languagePrefix(lang)}countries/`);
}

export function authorsUrl(lang: Language = site.defaultLanguage): string {
  return sitePath(`${languagePrefix(lang)}authors/`);
}

/** `/archive/`, `/archive/2012/`, `/archive/2012/10/` (and `/archive/2012/10/2/` for page 2). */
export function archiveUrl(lang: Language = site.defaultLanguage, year?: number, month?: number, page = 1): string {
  const parts = [year, month && String(month).padStart(2, "0")].filter(Boolean).join("/");
  return sitePath(paged(`${languagePrefix(lang)}archive/${parts ? `${parts}/` : ""}`, page));
}

export function searchUrl(lang: Language = site.defaultLanguage): string {
  return sitePath(`${languagePrefix(lang)}search/`);
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

/** Route parameter of a paginated listing (`[...page]`): undefined for page 1, whose URL has no number. */
export function pageParam(page: number): string | undefined {
  return page > 1 ? String(page) : undefined;
}

/** Where a brief's generated social card is written, relative to the site root (no base path). */
export function socialCardPath(brief: { slug: string }): string {
  return `social/${brief.slug}.png`;
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

/** RSS feed of one tag, country or author, beside its page: `/tag/coca/rss.xml`. */
export function termFeedUrl(taxonomy: TaxonomyKind, slug: string): string {
  return sitePath(`${taxonomy}/${slug}/rss.xml`);
}

/** Index of the sitemaps @astrojs/sitemap writes. */
export function sitemapIndexUrl(): string {
  return sitePath("sitemap-index.xml");
}

/** Google News sitemap of the latest briefs. */
export function newsSitemapUrl(): string {
  return sitePath("news-sitemap.xml");
}

/**
 * A path built by these helpers, as it sits in the built output: without the base path,
 * which the host adds by serving `dist/` under it (`/dispatch/tag/coca/` → `/tag/coca/`).
 */
export function outputPath(path: string): string {
  const base = sitePath("");
  return path.startsWith(base) ? `/${path.slice(base.length)}` : path;
}

/** The rules for crawlers (`src/pages/robots.txt.ts`). */
export function robotsUrl(): string {
  return sitePath("robots.txt");
}

/** The page hosts serve for an unknown address (`src/pages/404.astro`). */
export function notFoundUrl(): string {
  return sitePath("404.html");
}

/** Every corrected brief of a language, most recently corrected first. */
export function correctionsUrl(lang: Language = site.defaultLanguage): string {
  return sitePath(`${languagePrefix(lang)}corrections/`);
}

/** RSS feed of a language's corrections, beside their page. */
export function correctionsFeedUrl(lang: Language = site.defaultLanguage): string {
  return sitePath(`${languagePrefix(lang)}corrections/rss.xml`);
}

/** The page a reader gets offline for a page not saved for reading offline. */
export function offlineUrl(lang: Language = site.defaultLanguage): string {
  return sitePath(`${languagePrefix(lang)}offline/`);
}
