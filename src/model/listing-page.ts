import { monthName, t } from "../i18n/index.ts";
import type { Language } from "../i18n/languages.ts";
import { LISTING_PAGE_SIZE, pageLinks, type PageSlice } from "../lib/pagination.ts";
import { site } from "../site.config.ts";
import type { AuthorProfile } from "./authors.ts";
import { breadcrumbTrail, type Crumb } from "./breadcrumbs.ts";
import type { Brief } from "./briefs.ts";
import { termFeedLink, type FeedLink } from "./feeds.ts";
import type { Taxonomy } from "./taxonomies.ts";
import type { Term } from "./terms.ts";
import { archiveUrl, briefsUrl, newsUrl } from "./urls.ts";

/** A pagination bar with every link resolved: plain data, so a page's cache key can cover it. */
export interface PaginationBar {
  current: number;
  last: number;
  /** The previous (newer) and next (older) page, where there is one. */
  newer?: string | undefined;
  older?: string | undefined;
  /** Numbered links and gaps, as `pageLinks` chooses them. */
  links: ({ page: number; href: string; current: boolean } | { gap: true })[];
}

export function paginationBar(current: number, last: number, hrefFor: (page: number) => string): PaginationBar {
  return {
    current,
    last,
    newer: current > 1 ? hrefFor(current - 1) : undefined,
    older: current < last ? hrefFor(current + 1) : undefined,
    links: pageLinks(current, last).map((link) => ("gap" in link ? link : { ...link, href: hrefFor(link.page) })),
  };
}

/** "1 brief", "12 briefs". */
export function briefCount(lang: Language, count: number): string {
  return count === 1 ? t(lang, "listing.countOne") : t(lang, "listing.count", { count });
}

/** What one page of a list of briefs shows (news, all briefs, a month, a tag, a country, an author). */
export interface ListingPage {
  lang: Language;
  /** The heading. */
  title: string;
  /** Small label above the heading ("Topic", "Country"). */
  kicker?: string | undefined;
  /** The `<title>` and the trail's last step: the heading, with "(Page n)" after the first page. */
  pageTitle: string;
  description: string;
  /** Site path of this page. */
  path: string;
  /** The briefs on this page. */
  briefs: Brief[];
  /** The whole listing's count, across pages. */
  countText: string;
  trail: Crumb[];
  pagination?: PaginationBar | undefined;
  /** This listing's own feed (a tag's, a country's…), for auto-discovery. */
  feed?: FeedLink | undefined;
  /** An author's profile, shown above the briefs of their page. */
  profile?: AuthorProfile | undefined;
}

interface ListingParts {
  title: string;
  kicker?: string;
  description: string;
  /** Steps between Home and this page. */
  ancestors: { label: string; href: string }[];
  feed?: FeedLink;
  profile?: AuthorProfile | undefined;
}

function listingPage(
  lang: Language,
  parts: ListingParts,
  slice: PageSlice<Brief>,
  urlOf: (page: number) => string,
  paginated = true,
): ListingPage {
  const pageTitle =
    paginated && slice.page > 1 ? `${parts.title} (${t(lang, "pagination.page", { page: slice.page })})` : parts.title;
  return {
    lang,
    title: parts.title,
    kicker: parts.kicker,
    pageTitle,
    description: parts.description,
    path: urlOf(slice.page),
    briefs: slice.items,
    countText: briefCount(lang, slice.total),
    trail: breadcrumbTrail(lang, parts.ancestors, pageTitle),
    pagination: paginated ? paginationBar(slice.page, slice.last, urlOf) : undefined,
    feed: parts.feed,
    profile: parts.profile,
  };
}

/** The news page: the newest briefs of one language (`briefs`, newest first), unpaginated. */
export function newsListing(lang: Language, briefs: readonly Brief[]): ListingPage {
  const firstPage = { items: briefs.slice(0, LISTING_PAGE_SIZE), page: 1, last: 1, total: briefs.length };
  const parts = { title: t(lang, "nav.news"), description: site.description, ancestors: [] };
  return listingPage(lang, parts, firstPage, () => newsUrl(lang), false);
}

/** One page of every brief of a language. */
export function briefsListing(lang: Language, slice: PageSlice<Brief>): ListingPage {
  const parts = {
    title: t(lang, "listing.allBriefs"),
    description: site.description,
    ancestors: [{ label: t(lang, "nav.news"), href: newsUrl(lang) }],
  };
  return listingPage(lang, parts, slice, (page) => briefsUrl(page, lang));
}

/** One page of a month of the archive. */
export function archiveMonthListing(lang: Language, year: number, month: number, slice: PageSlice<Brief>): ListingPage {
  const title = t(lang, "archive.month", { month: monthName(month, lang), year });
  const parts = {
    title,
    kicker: t(lang, "nav.archive"),
    description: `${title}. ${site.description}`,
    ancestors: [
      { label: t(lang, "nav.archive"), href: archiveUrl(lang) },
      { label: String(year), href: archiveUrl(lang, year) },
    ],
  };
  return listingPage(lang, parts, slice, (page) => archiveUrl(lang, year, month, page));
}

/** One page of a tag's, country's or author's briefs; an author's page may carry a profile. */
export function termListing(
  taxonomy: Taxonomy,
  term: Term,
  lang: Language,
  slice: PageSlice<Brief>,
  profile?: AuthorProfile,
): ListingPage {
  const label = t(lang, taxonomy.labelKey);
  const parts = {
    title: term.name,
    kicker: label,
    description: profile?.bio ?? `${label}: ${term.name}. ${site.description}`,
    ancestors: [{ label: t(lang, taxonomy.indexKey), href: taxonomy.indexUrl(lang) }],
    feed: termFeedLink(taxonomy.kind, term),
    profile,
  };
  return listingPage(lang, parts, slice, (page) => taxonomy.termUrl(term.slug, lang, page));
}
