import type { RSSOptions } from "@astrojs/rss";
import type { Brief } from "./briefs.ts";
import { isoInTimeZone } from "../lib/dates.ts";
import { withAbsoluteUrls } from "../lib/absolute-urls.ts";
import { escapeXml } from "../lib/escape.ts";
import { termSlug } from "../lib/slugs.ts";
import { taxonomies, type TaxonomyKind } from "./taxonomies.ts";
import type { Term } from "./terms.ts";
import { previewImageUrl } from "./images.ts";
import { absoluteUrl, authorUrl, briefUrl, feedUrl, homeUrl, termFeedUrl, type FeedFormat } from "./urls.ts";
import { t } from "../i18n/index.ts";
import type { Language } from "../i18n/languages.ts";
import { site } from "../site.config.ts";

/**
 * Feeds as pure data first (`Feed`), then one small writer per format: RSS 2.0 through
 * @astrojs/rss, Atom 1.0 and JSON Feed 1.1 written here. Keeping the model separate means
 * the three formats can never disagree on which briefs, links or dates a feed carries.
 */

/** Newest briefs per feed: enough for a reader that polls daily, small enough to fetch often. */
export const FEED_LIMIT = 50;

export interface FeedAuthor {
  name: string;
  /** Absolute URL of the author's page. */
  url: string;
}

export interface FeedEntry {
  /** Absolute canonical URL; also the entry's permanent id. */
  url: string;
  title: string;
  /** The whole summary, as plain text (never cut short). */
  summary: string;
  published: Date;
  updated: Date;
  authors: FeedAuthor[];
  /** Tags, then countries, as editors spelled them. */
  categories: string[];
  lang: Language;
  /** Absolute URL of the lead image, if any. */
  image?: string;
  /** The whole sanitised body as HTML, every link and image absolute (full-text feeds only). */
  content?: string;
}

export interface Feed {
  title: string;
  description: string;
  /** Absolute URL of the page the feed mirrors. */
  homeUrl: string;
  /** Set when every entry is in one language. */
  lang?: Language;
  /** Absolute URL of the feed in each format it is published in. */
  selfUrls: Partial<Record<FeedFormat, string>>;
  entries: FeedEntry[];
}

/** XML 1.0 forbids most control characters, even escaped; one stray byte breaks a whole feed. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are removed.
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function clean(text: string): string {
  return text.replace(XML_FORBIDDEN, "");
}

/**
 * One brief as a feed entry; with its rendered `body` (sanitised HTML), a full-text entry
 * whose links and images point back at the site, since a feed reader is not on it.
 */
export function feedEntry(brief: Brief, body?: string): FeedEntry {
  const url = absoluteUrl(briefUrl(brief));
  return {
    url,
    title: clean(brief.title),
    summary: clean(brief.summary),
    published: brief.date,
    updated: brief.modified,
    authors: brief.authors.map((name) => ({ name: clean(name), url: absoluteUrl(authorUrl(termSlug(name))) })),
    categories: [...new Set([...brief.tags, ...brief.countries].map(clean))],
    lang: brief.lang,
    ...(brief.leadImage ? { image: previewImageUrl(brief.leadImage) } : {}),
    ...(body ? { content: withAbsoluteUrls(clean(body), url) } : {}),
  };
}

const taxonomyLabel = { tag: "listing.tag", country: "listing.country", author: "listing.author" } as const;

/**
 * The whole site's feed (`lang` omitted) or one language's. `briefs` are the build's
 * published briefs, newest first; drafts never reach this function. With `bodies` (each
 * brief's rendered HTML by id: `fullTextFeeds` in site.config.ts) entries carry the whole brief.
 */
export function siteFeed(briefs: readonly Brief[], lang?: Language, bodies?: ReadonlyMap<string, string>): Feed {
  const chosen = lang ? briefs.filter((brief) => brief.lang === lang) : briefs;
  const chromeLang = lang ?? site.defaultLanguage;
  return {
    title: lang ? `${site.name} (${t(lang, "brief.languageName")})` : site.name,
    description: site.description,
    homeUrl: absoluteUrl(homeUrl(chromeLang)),
    ...(lang ? { lang } : {}),
    selfUrls: {
      rss: absoluteUrl(feedUrl("rss", lang)),
      atom: absoluteUrl(feedUrl("atom", lang)),
      json: absoluteUrl(feedUrl("json", lang)),
    },
    entries: chosen.slice(0, FEED_LIMIT).map((brief) => feedEntry(brief, bodies?.get(brief.id))),
  };
}

/**
 * RSS feed of one tag, country or author; `briefs` are that term's briefs, newest first.
 * Summaries only, whatever `fullTextFeeds` says: thousands of term feeds each repeating
 * whole briefs would multiply the output's size for readers the site feeds already serve.
 * It links to the term's page in the language of its newest brief: a tag used only in
 * Spanish briefs has a page under /es/ and none at the root.
 */
export function termFeed(taxonomy: TaxonomyKind, term: Pick<Term, "slug" | "name">, briefs: readonly Brief[]): Feed {
  const label = t(site.defaultLanguage, taxonomyLabel[taxonomy]);
  return {
    title: `${site.name}: ${label}: ${clean(term.name)}`,
    description: `${label}: ${clean(term.name)}. ${site.description}`,
    homeUrl: absoluteUrl(taxonomies[taxonomy].termUrl(term.slug, briefs[0]?.lang ?? site.defaultLanguage)),
    selfUrls: { rss: absoluteUrl(termFeedUrl(taxonomy, term.slug)) },
    entries: briefs.slice(0, FEED_LIMIT).map((brief) => feedEntry(brief)),
  };
}

/** The feed's last change: its newest entry's update, else `fallback` (an empty feed). */
export function feedUpdated(feed: Feed, fallback: Date): Date {
  const times = feed.entries.map((entry) => entry.updated.getTime());
  return times.length > 0 ? new Date(Math.max(...times)) : fallback;
}

const DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";
const ATOM = "http://www.w3.org/2005/Atom";

/**
 * Options for @astrojs/rss. It escapes titles, descriptions and categories for XML itself;
 * `customData` is raw XML, so everything placed there is escaped here. Authors go in
 * `dc:creator` because RSS's own `<author>` must be an e-mail address.
 */
export function rssOptions(feed: Feed): RSSOptions {
  const self = feed.selfUrls.rss;
  const channelExtras = [
    feed.lang ? `<language>${feed.lang}</language>` : "",
    self ? `<atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>` : "",
    feed.entries[0] ? `<lastBuildDate>${feedUpdated(feed, new Date(0)).toUTCString()}</lastBuildDate>` : "",
  ];
  return {
    title: feed.title,
    description: feed.description,
    site: feed.homeUrl,
    xmlns: { atom: ATOM, dc: DUBLIN_CORE },
    customData: channelExtras.join(""),
    items: feed.entries.map((entry) => ({
      title: entry.title,
      link: entry.url,
      pubDate: entry.published,
      // An RSS description is HTML, so a summary's literal `<` must reach readers as `&lt;`
      // (@astrojs/rss then escapes the whole for XML once more).
      description: escapeXml(entry.summary),
      categories: entry.categories,
      ...(entry.content ? { content: entry.content } : {}),
      customData: entry.authors.map((author) => `<dc:creator>${escapeXml(author.name)}</dc:creator>`).join(""),
    })),
  };
}

function atomEntry(entry: FeedEntry, timeZone: string): string {
  const lines = [
    `<entry xml:lang="${entry.lang}">`,
    `<id>${escapeXml(entry.url)}</id>`,
    `<title type="text">${escapeXml(entry.title)}</title>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
    `<published>${isoInTimeZone(entry.published, timeZone)}</published>`,
    `<updated>${isoInTimeZone(entry.updated, timeZone)}</updated>`,
    ...entry.authors.map(
      (author) => `<author><name>${escapeXml(author.name)}</name><uri>${escapeXml(author.url)}</uri></author>`,
    ),
    ...entry.categories.map((category) => `<category term="${escapeXml(category)}"/>`),
    `<summary type="text">${escapeXml(entry.summary)}</summary>`,
    ...(entry.content ? [`<content type="html">${escapeXml(entry.content)}</content>`] : []),
    `</entry>`,
  ];
  return lines.join("\n");
}

/** Atom 1.0 document. `now` only dates a feed that has no entries yet. */
export function atomXml(feed: Feed, now: Date, timeZone = site.timeZone): string {
  const self = feed.selfUrls.atom ?? feed.homeUrl;
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="${ATOM}"${feed.lang ? ` xml:lang="${feed.lang}"` : ""}>`,
    `<id>${escapeXml(self)}</id>`,
    `<title type="text">${escapeXml(feed.title)}</title>`,
    `<subtitle type="text">${escapeXml(feed.description)}</subtitle>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(feed.homeUrl)}"/>`,
    `<updated>${isoInTimeZone(feedUpdated(feed, now), timeZone)}</updated>`,
    `<author><name>${escapeXml(site.name)}</name><uri>${escapeXml(absoluteUrl(homeUrl()))}</uri></author>`,
    `<generator>Dispatch</generator>`,
    ...feed.entries.map((entry) => atomEntry(entry, timeZone)),
    `</feed>`,
  ];
  return `${lines.join("\n")}\n`;
}

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) as a plain object. */
export function jsonFeed(feed: Feed, timeZone = site.timeZone) {
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: feed.title,
    home_page_url: feed.homeUrl,
    ...(feed.selfUrls.json ? { feed_url: feed.selfUrls.json } : {}),
    description: feed.description,
    ...(feed.lang ? { language: feed.lang } : {}),
    authors: [{ name: site.name, url: absoluteUrl(homeUrl()) }],
    items: feed.entries.map((entry) => ({
      id: entry.url,
      url: entry.url,
      title: entry.title,
      // JSON Feed requires a content field: the whole brief in a full-text feed, else its summary.
      ...(entry.content ? { content_html: entry.content } : { content_text: entry.summary }),
      summary: entry.summary,
      ...(entry.image ? { image: entry.image } : {}),
      date_published: isoInTimeZone(entry.published, timeZone),
      date_modified: isoInTimeZone(entry.updated, timeZone),
      authors: entry.authors,
      tags: entry.categories,
      language: entry.lang,
    })),
  };
}

/** One `<link rel="alternate">` a page's head advertises. */
export interface FeedLink {
  href: string;
  type: "application/rss+xml" | "application/atom+xml" | "application/feed+json";
  title: string;
}

const mediaTypes: Record<FeedFormat, FeedLink["type"]> = {
  rss: "application/rss+xml",
  atom: "application/atom+xml",
  json: "application/feed+json",
};

const formatNames: Record<FeedFormat, string> = { rss: "RSS", atom: "Atom", json: "JSON Feed" };

/**
 * Feeds every page advertises: its own language's, then the whole site's.
 * Hrefs are site paths; the layout leaves them relative to the page's origin.
 */
export function siteFeedLinks(lang: Language): FeedLink[] {
  const formats: FeedFormat[] = ["rss", "atom", "json"];
  const languageName = t(lang, "brief.languageName");
  return [
    ...formats.map((format) => ({
      href: feedUrl(format, lang),
      type: mediaTypes[format],
      title: `${site.name} (${languageName}) – ${formatNames[format]}`,
    })),
    ...formats.map((format) => ({
      href: feedUrl(format),
      type: mediaTypes[format],
      title: `${site.name} – ${formatNames[format]}`,
    })),
  ];
}

/** The RSS feed a tag, country or author page advertises. */
export function termFeedLink(taxonomy: TaxonomyKind, term: Pick<Term, "slug" | "name">): FeedLink {
  const label = t(site.defaultLanguage, taxonomyLabel[taxonomy]);
  return {
    href: termFeedUrl(taxonomy, term.slug),
    type: mediaTypes.rss,
    title: `${site.name}: ${label}: ${term.name} – RSS`,
  };
}
