import { termSlug } from "../../src/lib/slugs.ts";
import type { WxrCategory, WxrTerm } from "./wxr-stream.ts";

/** How WordPress terms become Dispatch tags and countries. */
export interface TaxonomyOptions {
  /** Categories become tags (otherwise only post tags do). */
  categoriesAsTags: boolean;
  /** Categories never used, by name or nicename (WordPress's default "Uncategorized"). */
  ignoredCategories: readonly string[];
  /** Custom taxonomies whose terms are countries, e.g. `country`. */
  countryTaxonomies: readonly string[];
  /** Categories that are themselves countries, by name or nicename. */
  countryCategories: readonly string[];
  /** Categories whose sub-categories (at any depth) are countries, e.g. `Countries`. */
  countryParents: readonly string[];
}

export const defaultTaxonomyOptions: TaxonomyOptions = {
  categoriesAsTags: true,
  ignoredCategories: ["uncategorized"],
  countryTaxonomies: [],
  countryCategories: [],
  countryParents: [],
};

export interface MappedTerms {
  tags: string[];
  countries: string[];
}

/** Names compare as the site groups them: `Coca`, `coca` and `cöca` are one. */
function matcher(names: readonly string[]): (term: { name: string; nicename: string }) => boolean {
  const wanted = new Set(names.map(termSlug));
  return (term) => wanted.has(termSlug(term.name)) || wanted.has(termSlug(term.nicename));
}

/** Nicenames of a category's ancestors, nearest first; stops on a cycle. */
function ancestorsOf(
  nicename: string,
  categories: ReadonlyMap<string, WxrCategory>,
): { name: string; nicename: string }[] {
  const ancestors: { name: string; nicename: string }[] = [];
  const seen = new Set([nicename]);
  let parent = categories.get(nicename)?.parent ?? "";
  while (parent && !seen.has(parent)) {
    seen.add(parent);
    ancestors.push({ nicename: parent, name: categories.get(parent)?.name ?? parent });
    parent = categories.get(parent)?.parent ?? "";
  }
  return ancestors;
}

function addUnique(list: string[], name: string): void {
  const slug = termSlug(name);
  if (name && !list.some((existing) => termSlug(existing) === slug)) list.push(name);
}

/**
 * Splits a post's WordPress terms into Dispatch tags and countries. Post formats, menus
 * and taxonomies not configured are ignored; duplicates (case- and accent-insensitive)
 * are dropped, keeping the export's order.
 */
export function mapTerms(
  terms: readonly WxrTerm[],
  categories: ReadonlyMap<string, WxrCategory>,
  options: TaxonomyOptions,
): MappedTerms {
  const isIgnored = matcher(options.ignoredCategories);
  const isCountryCategory = matcher(options.countryCategories);
  const isCountryParent = matcher(options.countryParents);
  const countryTaxonomies = new Set(options.countryTaxonomies);
  const tags: string[] = [];
  const countries: string[] = [];
  for (const term of terms) {
    if (countryTaxonomies.has(term.domain)) {
      addUnique(countries, term.name);
    } else if (term.domain === "post_tag") {
      addUnique(tags, term.name);
    } else if (term.domain === "category") {
      if (isCountryCategory(term) || ancestorsOf(term.nicename, categories).some(isCountryParent)) {
        addUnique(countries, term.name);
      } else if (options.categoriesAsTags && !isIgnored(term) && !isCountryParent(term)) {
        addUnique(tags, term.name);
      }
    }
  }
  return { tags, countries };
}
