import type { UiKey } from "../i18n/en.ts";
import type { Language } from "../i18n/languages.ts";
import { authorsUrl, authorUrl, countriesUrl, countryUrl, tagsUrl, tagUrl } from "./urls.ts";

/** The three ways briefs are grouped into pages: by topic, by country and by byline. */
export type TaxonomyKind = "tag" | "country" | "author";

export interface Taxonomy {
  kind: TaxonomyKind;
  namesOf: (brief: {
    tags: readonly string[];
    countries: readonly string[];
    authors: readonly string[];
  }) => readonly string[];
  /** A term's page (page n of its listing). */
  termUrl: (slug: string, lang: Language, page?: number) => string;
  /** The page listing every term. */
  indexUrl: (lang: Language) => string;
  /** Label of one term ("Topic") and of the index ("Topics"). */
  labelKey: UiKey;
  indexKey: UiKey;
}

export const taxonomies: Record<TaxonomyKind, Taxonomy> = {
  tag: {
    kind: "tag",
    namesOf: (brief) => brief.tags,
    termUrl: tagUrl,
    indexUrl: tagsUrl,
    labelKey: "listing.tag",
    indexKey: "nav.tags",
  },
  country: {
    kind: "country",
    namesOf: (brief) => brief.countries,
    termUrl: countryUrl,
    indexUrl: countriesUrl,
    labelKey: "listing.country",
    indexKey: "nav.countries",
  },
  author: {
    kind: "author",
    namesOf: (brief) => brief.authors,
    termUrl: authorUrl,
    indexUrl: authorsUrl,
    labelKey: "listing.author",
    indexKey: "nav.authors",
  },
};
