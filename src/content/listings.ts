import type { PaginateFunction } from "astro";
import { authorProfiles, briefsIn } from "./briefs.ts";
import { withCacheKeys } from "./page-cache.ts";
import type { AuthorProfile } from "../model/authors.ts";
import { LISTING_PAGE_SIZE } from "../lib/pagination.ts";
import { languageParam } from "../model/urls.ts";
import { uiLanguages } from "../i18n/index.ts";
import { archiveYears, type ArchiveYear } from "../model/archive.ts";
import type { Brief } from "../model/briefs.ts";
import { taxonomies, type TaxonomyKind } from "../model/taxonomies.ts";
import { groupTerms, termPages, type Term } from "../model/terms.ts";
import type { Language } from "../i18n/languages.ts";
import { site } from "../site.config.ts";

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

/** Props of one page of a term's listing (`src/pages/[...lang]/<taxonomy>/[slug]/[...page].astro`). */
export interface TermPageProps {
  lang: Language;
  term: Term;
  /** Only author pages have one, and only when `content/authors/` describes the author. */
  profile?: AuthorProfile | undefined;
}

/**
 * `getStaticPaths` of a taxonomy's term pages: every term in every language, paginated.
 * The tag, country and author routes differ only in which taxonomy they pass.
 */
export async function termPagePaths(kind: TaxonomyKind, paginate: PaginateFunction) {
  const profiles = kind === "author" ? await authorProfiles() : new Map<string, AuthorProfile>();
  return withCacheKeys(
    (await termListings(kind)).flatMap(({ lang, term, briefs }) =>
      paginate(briefs, {
        pageSize: LISTING_PAGE_SIZE,
        params: { lang: languageParam(lang), slug: term.slug },
        props: { lang, term, profile: profiles.get(term.slug) } satisfies TermPageProps,
      }),
    ),
  );
}

/** Props of a taxonomy's index page (`src/pages/[...lang]/<taxonomy>s/index.astro`). */
export interface TermIndexProps {
  lang: Language;
  /** Every term of the taxonomy in that language, with its count. */
  terms: Term[];
}

/** `getStaticPaths` of a taxonomy's index pages: one per language. */
export async function termIndexPaths(kind: TaxonomyKind) {
  return Promise.all(
    uiLanguages.map(async (lang) => ({
      params: { lang: languageParam(lang) },
      props: { lang, terms: groupTerms(await briefsIn(lang), taxonomies[kind].namesOf) } satisfies TermIndexProps,
    })),
  );
}

/** Each language's archive by year and month, on the newsroom's calendar. */
export async function archives(): Promise<{ lang: Language; years: ArchiveYear<Brief>[] }[]> {
  return Promise.all(
    uiLanguages.map(async (lang) => ({ lang, years: archiveYears(await briefsIn(lang), site.timeZone) })),
  );
}
