import { t } from "../i18n/index.ts";
import type { Language } from "../i18n/languages.ts";
import { site, withOrg } from "../site.config.ts";
import { breadcrumbTrail, type Crumb } from "./breadcrumbs.ts";
import type { Brief } from "./briefs.ts";
import { feedEntry, FEED_LIMIT, type Feed, type FeedEntry, type FeedLink } from "./feeds.ts";
import { absoluteUrl, briefUrl, correctionsFeedUrl, correctionsUrl } from "./urls.ts";

/** One correction as the front matter gives it (`corrections: [{ date, text }]`). */
export interface Correction {
  date: Date;
  text: string;
}

/** A brief's corrections in the order they happened, as the end of its article lists them. */
export function correctionsInOrder(brief: Pick<Brief, "corrections">): Correction[] {
  return [...brief.corrections].sort((a, b) => a.date.getTime() - b.date.getTime());
}

/** The date of a brief's newest correction; undefined for a brief never corrected. */
export function lastCorrected(brief: Pick<Brief, "corrections">): Date | undefined {
  return correctionsInOrder(brief).at(-1)?.date;
}

/** Corrected briefs, the most recently corrected first (ties: newest brief first, then slug). */
export function correctedBriefs(briefs: readonly Brief[]): Brief[] {
  return briefs
    .filter((brief) => brief.corrections.length > 0)
    .sort(
      (a, b) =>
        (lastCorrected(b)?.getTime() ?? 0) - (lastCorrected(a)?.getTime() ?? 0) ||
        b.date.getTime() - a.date.getTime() ||
        a.slug.localeCompare(b.slug, "en"),
    );
}

/** What `/corrections/` (and `/es/corrections/`) shows. */
export interface CorrectionsPage {
  lang: Language;
  title: string;
  description: string;
  /** Site path of the page. */
  path: string;
  trail: Crumb[];
  /** Each corrected brief with its corrections, newest correction first. */
  items: { brief: Brief; corrections: Correction[] }[];
  feed: FeedLink;
}

/** The corrections page of one language, from that language's published briefs. */
export function correctionsPage(lang: Language, briefs: readonly Brief[]): CorrectionsPage {
  const title = t(lang, "corrections.title");
  return {
    lang,
    title,
    description: withOrg(t(lang, "corrections.description")),
    path: correctionsUrl(lang),
    trail: breadcrumbTrail(lang, [], title),
    items: correctedBriefs(briefs.filter((brief) => brief.lang === lang)).map((brief) => ({
      brief,
      corrections: correctionsInOrder(brief).reverse(),
    })),
    feed: {
      href: correctionsFeedUrl(lang),
      type: "application/rss+xml",
      title: `${site.name}: ${t(lang, "corrections.feedTitle")} – RSS`,
    },
  };
}

/**
 * One feed entry per correction, newest first: a corrections feed is read for what
 * changed, so each correction is its own item, linked to the corrections list at the end
 * of its brief (`#corrections`), with its own id so readers show each one once.
 */
export function correctionsFeed(lang: Language, briefs: readonly Brief[]): Feed {
  const entries: FeedEntry[] = correctedBriefs(briefs.filter((brief) => brief.lang === lang)).flatMap((brief) => {
    const base = feedEntry(brief);
    return correctionsInOrder(brief).map((correction, index) => ({
      ...base,
      url: `${absoluteUrl(briefUrl(brief))}#correction-${index + 1}`,
      title: `${t(lang, "corrections.heading")}: ${base.title}`,
      summary: correction.text,
      published: correction.date,
      updated: correction.date,
    }));
  });
  entries.sort((a, b) => b.published.getTime() - a.published.getTime() || a.url.localeCompare(b.url, "en"));
  const title = `${site.name}: ${t(lang, "corrections.feedTitle")}`;
  return {
    title,
    description: withOrg(t(lang, "corrections.description")),
    homeUrl: absoluteUrl(correctionsUrl(lang)),
    lang,
    selfUrls: { rss: absoluteUrl(correctionsFeedUrl(lang)) },
    entries: entries.slice(0, FEED_LIMIT),
  };
}
