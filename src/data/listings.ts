import { briefsIn } from "./briefs.ts";
import { uiLanguages } from "../i18n/index.ts";
import { archiveYears, type ArchiveYear } from "../lib/archive.ts";
import type { Brief } from "../lib/briefs.ts";
import { taxonomies, type TaxonomyKind } from "../lib/taxonomies.ts";
import { groupTerms, termPages, type Term } from "../lib/terms.ts";
import type { Language } from "../schemas/brief.ts";
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

/** Every term of one taxonomy with its count, per language, for the index pages. */
export async function termIndexes(kind: TaxonomyKind): Promise<{ lang: Language; terms: Term[] }[]> {
  return Promise.all(
    uiLanguages.map(async (lang) => ({ lang, terms: groupTerms(await briefsIn(lang), taxonomies[kind].namesOf) })),
  );
}

/** Each language's archive by year and month, on the newsroom's calendar. */
export async function archives(): Promise<{ lang: Language; years: ArchiveYear<Brief>[] }[]> {
  return Promise.all(
    uiLanguages.map(async (lang) => ({ lang, years: archiveYears(await briefsIn(lang), site.timeZone) })),
  );
}
