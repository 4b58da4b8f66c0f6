import { authorProfiles, briefsIn } from "./briefs.ts";
import { withCacheKeys } from "./page-cache.ts";
import { uiLanguages } from "../i18n/index.ts";
import type { Language } from "../i18n/languages.ts";
import { pageSlices } from "../lib/pagination.ts";
import { archiveYears, type ArchiveYear } from "../model/archive.ts";
import type { AuthorProfile } from "../model/authors.ts";
import type { Brief } from "../model/briefs.ts";
import { archiveMonthListing, briefsListing, newsListing, termListing, type ListingPage } from "../model/listing-page.ts";
import { taxonomies, type TaxonomyKind } from "../model/taxonomies.ts";
import { groupTerms, termPages, type Term } from "../model/terms.ts";
import { languageParam, pageParam } from "../model/urls.ts";
import { site } from "../site.config.ts";

/** Props of every page laid out by ListingLayout: all it shows, so its cache key covers all of it. */
export interface ListingProps {
  listing: ListingPage;
}

/** `getStaticPaths` of each language's news page (its newest briefs). */
export async function newsPaths() {
  return Promise.all(
    uiLanguages.map(async (lang) => ({
      params: { lang: languageParam(lang) },
      props: { listing: newsListing(lang, await briefsIn(lang)) } satisfies ListingProps,
    })),
  );
}

/** `getStaticPaths` of the paginated list of all briefs, per language. */
export async function allBriefsPaths() {
  const perLanguage = await Promise.all(
    uiLanguages.map(async (lang) =>
      pageSlices(await briefsIn(lang)).map((slice) => ({
        params: { lang: languageParam(lang), page: pageParam(slice.page) },
        props: { listing: briefsListing(lang, slice) } satisfies ListingProps,
      })),
    ),
  );
  return withCacheKeys(perLanguage.flat());
}

/** Every term page of one taxonomy, per language: the briefs of that language carrying the term. */
export async function termListings(kind: TaxonomyKind): Promise<{ lang: Language; term: Term; briefs: Brief[] }[]> {
  const perLanguage = await Promise.all(
    uiLanguages.map(async (lang) =>
      termPages(await briefsIn(lang), taxonomies[kind].namesOf).map(({ term, items }) => ({
        lang,
        term,
        briefs: items,
      })),
    ),
  );
  return perLanguage.flat();
}

/**
 * `getStaticPaths` of a taxonomy's term pages: every term in every language, paginated.
 * The tag, country and author routes differ only in which taxonomy they pass; author
 * pages carry the author's profile when `content/authors/` describes them.
 */
export async function termPagePaths(kind: TaxonomyKind) {
  const profiles = kind === "author" ? await authorProfiles() : new Map<string, AuthorProfile>();
  return withCacheKeys(
    (await termListings(kind)).flatMap(({ lang, term, briefs }) =>
      pageSlices(briefs).map((slice) => ({
        params: { lang: languageParam(lang), slug: term.slug, page: pageParam(slice.page) },
        props: {
          listing: termListing(taxonomies[kind], term, lang, slice, profiles.get(term.slug)),
        } satisfies ListingProps,
      })),
    ),
  );
}

/** Props of a taxonomy's index page (`src/pages/[...lang]/<taxonomy>s/index.astro`). */
export interface TermIndexProps {
  lang: Language;
  /** Every term of the taxonomy in that language, with its count. */
  terms: Term[];
  /** On the authors' index: the profiles of `content/authors/`, by slug, to show a role beside the name. */
  profiles?: Map<string, AuthorProfile> | undefined;
}

/** `getStaticPaths` of a taxonomy's index pages: one per language. */
export async function termIndexPaths(kind: TaxonomyKind) {
  const profiles = kind === "author" ? await authorProfiles() : undefined;
  return Promise.all(
    uiLanguages.map(async (lang) => ({
      params: { lang: languageParam(lang) },
      props: {
        lang,
        terms: groupTerms(await briefsIn(lang), taxonomies[kind].namesOf),
        profiles,
      } satisfies TermIndexProps,
    })),
  );
}

/** Each language's archive by year and month, on the newsroom's calendar. */
async function archives(): Promise<{ lang: Language; years: ArchiveYear<Brief>[] }[]> {
  return Promise.all(
    uiLanguages.map(async (lang) => ({ lang, years: archiveYears(await briefsIn(lang), site.timeZone) })),
  );
}

/** Props of an archive page: every year (the archive's front page) or one year. */
export interface ArchiveProps {
  lang: Language;
  years: ArchiveYear<Brief>[];
  /** Set on a year's page. */
  year?: number;
}

/** `getStaticPaths` of each language's archive front page. */
export async function archiveIndexPaths() {
  return (await archives()).map(({ lang, years }) => ({
    params: { lang: languageParam(lang) },
    props: { lang, years } satisfies ArchiveProps,
  }));
}

/** `getStaticPaths` of each year's archive page. */
export async function archiveYearPaths() {
  return (await archives()).flatMap(({ lang, years }) =>
    years.map((year) => ({
      params: { lang: languageParam(lang), year: String(year.year) },
      props: { lang, years: [year], year: year.year } satisfies ArchiveProps,
    })),
  );
}

/** `getStaticPaths` of each month's archive listing, paginated. */
export async function archiveMonthPaths() {
  return withCacheKeys(
    (await archives()).flatMap(({ lang, years }) =>
      years.flatMap(({ months }) =>
        months.flatMap(({ year, month, items }) =>
          pageSlices(items).map((slice) => ({
            params: {
              lang: languageParam(lang),
              year: String(year),
              month: String(month).padStart(2, "0"),
              page: pageParam(slice.page),
            },
            props: { listing: archiveMonthListing(lang, year, month, slice) } satisfies ListingProps,
          })),
        ),
      ),
    ),
  );
}
