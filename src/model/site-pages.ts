import { languages, type Language } from "../i18n/languages.ts";
import { taxonomies } from "./taxonomies.ts";
import { serviceWorkerUrl } from "./offline.ts";
import {
  archiveUrl,
  authorsUrl,
  briefsUrl,
  correctionsFeedUrl,
  correctionsUrl,
  countriesUrl,
  feedUrl,
  homeUrl,
  newsSitemapUrl,
  newsUrl,
  notFoundUrl,
  offlineUrl,
  organizationUrl,
  outputPath,
  robotsUrl,
  searchUrl,
  sitemapIndexUrl,
  socialCardPath,
  tagsUrl,
  termFeedUrl,
  type FeedFormat,
} from "./urls.ts";

/** One kind of address Dispatch itself writes, which no brief may claim as an alias. */
export interface SitePageFamily {
  /** What an editor is told the alias collides with: "Dispatch's search page". */
  name: string;
  /** True for a base-relative path without slashes at either end (`search`, `tag/coca/2`) of this family. */
  matches: (path: string) => boolean;
}

/** Stands for "any slug" when a URL builder is asked where a family of pages lives. */
const SLOT = "\u0000";

/** A built URL as a base-relative path without slashes at either end: `/dispatch/tags/` → `tags`. */
function bare(url: string): string {
  return outputPath(url).replace(/^\/+|\/+$/g, "");
}

/** The folder a builder puts every slug's pages in: `tagUrl(SLOT)` → `tag`. */
function folderOf(url: string): string {
  return bare(url.slice(0, url.indexOf(SLOT)));
}

function page(name: string, url: string): SitePageFamily {
  const path = bare(url);
  return { name, matches: (candidate) => candidate === path };
}

/** The folder and everything under it: term pages with their feeds and page numbers, archive months. */
function folder(name: string, path: string): SitePageFamily {
  return { name, matches: (candidate) => candidate === path || candidate.startsWith(`${path}/`) };
}

/**
 * The numbered pages of the brief listing (`news/brief/`, `news/brief/2/`, …). A brief's own
 * address beside them is not a family: an alias may keep a renamed brief's old address, and
 * the loader checks aliases against the briefs that exist.
 */
function listing(name: string, lang: Language): SitePageFamily {
  const first = bare(briefsUrl(1, lang));
  const numbered = new RegExp(`^${bare(briefsUrl(2, lang)).replace(/2$/, "\\d+")}$`);
  return { name, matches: (candidate) => candidate === first || numbered.test(candidate) };
}

function pattern(name: string, paths: RegExp): SitePageFamily {
  return { name, matches: (candidate) => paths.test(candidate) };
}

const feedFormats: FeedFormat[] = ["rss", "atom", "json"];

/**
 * Every address family Dispatch generates, in every language, derived from the URL builders
 * in urls.ts (so a route that moves moves here too). An alias that matches one would be a
 * second page at the same address, which Astro rejects with an error that names no brief;
 * the content loader checks aliases against this list first (src/build/loader/brief-addresses.ts).
 */
export function sitePageFamilies(): SitePageFamily[] {
  const perLanguage = languages.flatMap((lang) => [
    page(`Dispatch's home page (${lang})`, homeUrl(lang)),
    page(`Dispatch's news page (${lang})`, newsUrl(lang)),
    listing(`Dispatch's brief listing (${lang})`, lang),
    page(`Dispatch's search page (${lang})`, searchUrl(lang)),
    page(`Dispatch's tags page (${lang})`, tagsUrl(lang)),
    page(`Dispatch's countries page (${lang})`, countriesUrl(lang)),
    page(`Dispatch's authors page (${lang})`, authorsUrl(lang)),
    folder(`Dispatch's archive pages (${lang})`, bare(archiveUrl(lang))),
    ...Object.values(taxonomies).map((taxonomy) =>
      folder(`Dispatch's ${taxonomy.kind} pages (${lang})`, folderOf(taxonomy.termUrl(SLOT, lang))),
    ),
    ...feedFormats.map((format) => page(`Dispatch's ${format} feed (${lang})`, feedUrl(format, lang))),
    page(`Dispatch's corrections page (${lang})`, correctionsUrl(lang)),
    page(`Dispatch's corrections feed (${lang})`, correctionsFeedUrl(lang)),
    page(`Dispatch's offline page (${lang})`, offlineUrl(lang)),
  ]);
  return [
    ...perLanguage,
    ...Object.values(taxonomies).map((taxonomy) =>
      folder(`Dispatch's ${taxonomy.kind} feeds`, folderOf(termFeedUrl(taxonomy.kind, SLOT))),
    ),
    ...feedFormats.map((format) => page(`Dispatch's site-wide ${format} feed`, feedUrl(format))),
    page("Dispatch's sitemap index", sitemapIndexUrl()),
    // @astrojs/sitemap numbers the sitemaps it lists in the index: sitemap-0.xml, sitemap-1.xml, …
    pattern("Dispatch's sitemaps", new RegExp(`^${bare(sitemapIndexUrl()).replace("index.xml", "\\d+\\.xml")}$`)),
    page("Dispatch's news sitemap", newsSitemapUrl()),
    page("Dispatch's robots.txt", robotsUrl()),
    page("Dispatch's 404 page", notFoundUrl()),
    page("Dispatch's 404 page", notFoundUrl().replace(/\.html$/, "")),
    folder("Dispatch's organization pages", folderOf(organizationUrl(SLOT))),
    folder("Dispatch's social cards", folderOf(socialCardPath({ slug: SLOT }))),
    page("Dispatch's service worker", serviceWorkerUrl()),
    // Folders that tools write into the output, named by those tools rather than by a URL builder.
    folder("the search index (Pagefind's folder)", "pagefind"),
    folder("Astro's asset folder", "_astro"),
    folder("the encoded images' folder", "_images"),
    folder("the editing UI", "admin"),
  ];
}

/** The family a base-relative path (no slashes at either end) belongs to, if Dispatch writes it. */
export function sitePageAt(path: string, families = sitePageFamilies()): SitePageFamily | undefined {
  return families.find((family) => family.matches(path));
}
