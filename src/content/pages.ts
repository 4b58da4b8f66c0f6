import { allBriefs, briefsIn } from "./briefs.ts";
import { organizationNews } from "./organization.ts";
import { uiLanguages } from "../i18n/index.ts";
import type { Language } from "../i18n/languages.ts";
import type { Brief } from "../model/briefs.ts";
import { homePage, type HomePage } from "../model/home.ts";
import { offlinePage, type OfflinePage } from "../model/offline.ts";
import type { OrganizationItem } from "../model/organization.ts";
import { aliasRedirects, type AliasRedirect } from "../model/redirects.ts";
import { searchFilterChoices, type SearchFilterKey } from "../model/search-document.ts";
import { searchShards } from "../model/search-shards.ts";
import { languageParam } from "../model/urls.ts";
import { site } from "../site.config.ts";

/** Props of a language's home page. */
export interface HomeProps {
  lang: Language;
  home: HomePage<Brief>;
  organizationNews: OrganizationItem[];
}

/** `getStaticPaths` of each language's home page. */
export async function homePaths() {
  const news = await organizationNews();
  return Promise.all(
    uiLanguages.map(async (lang) => ({
      params: { lang: languageParam(lang) },
      props: { lang, home: homePage(await briefsIn(lang)), organizationNews: news } satisfies HomeProps,
    })),
  );
}

/** Props of a language's search page. */
export interface SearchPageProps {
  lang: Language;
  /** The keys of the search index's shards, newest first (the search index builds the same ones). */
  shardKeys: string[];
  /** Every value of each filter the search form offers. */
  filterChoices: Record<SearchFilterKey, string[]>;
}

/** `getStaticPaths` of each language's search page. */
export async function searchPagePaths() {
  const briefs = await allBriefs();
  const shardKeys = searchShards(briefs, site.searchShardSize).map((shard) => shard.key);
  const filterChoices = searchFilterChoices(briefs);
  return uiLanguages.map((lang) => ({
    params: { lang: languageParam(lang) },
    props: { lang, shardKeys, filterChoices } satisfies SearchPageProps,
  }));
}

/** Props of the 404 page: static hosts serve one for every language, so it speaks the default one. */
export async function notFoundProps(): Promise<{ lang: Language; latest: Brief[] }> {
  const lang = site.defaultLanguage;
  return { lang, latest: (await briefsIn(lang)).slice(0, 6) };
}

/**
 * `getStaticPaths` of the pages at briefs' old addresses (`aliases`). No cacheKey: Astro's
 * incremental cache (7.3) cannot store a page whose first path segment looks like a URL
 * scheme (an alias such as `javascript:…`), and these small pages are cheap.
 */
export async function aliasPaths() {
  return aliasRedirects(await allBriefs()).map((redirect) => ({
    params: { alias: redirect.alias },
    props: { redirect } satisfies { redirect: AliasRedirect },
  }));
}

/** Props of a language's offline page. */
export interface OfflinePageProps {
  page: OfflinePage;
}

/** `getStaticPaths` of each language's offline page; none when `offlineReading` is off. */
export function offlinePagePaths() {
  if (!site.offlineReading) return [];
  return uiLanguages.map((lang) => ({
    params: { lang: languageParam(lang) },
    props: { page: offlinePage(lang) } satisfies OfflinePageProps,
  }));
}
