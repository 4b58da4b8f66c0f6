import type { Language } from "../i18n/languages.ts";

/** What linking translations needs to know about a brief. */
export interface Translatable {
  slug: string;
  lang: Language;
  /** Shared by a brief and its translations (front matter `translationKey`). */
  translationKey?: string | undefined;
}

/**
 * For each brief, its translations: the other briefs with the same `translationKey`, one
 * per language. If an editor gives one key to two briefs in the same language, the first
 * in the given order (newest first, as `publishedBriefs` sorts) is the one linked.
 */
export function translationIndex<T extends Translatable>(briefs: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, Map<Language, T>>();
  for (const brief of briefs) {
    if (!brief.translationKey) continue;
    let group = groups.get(brief.translationKey);
    if (!group) groups.set(brief.translationKey, (group = new Map<Language, T>()));
    if (!group.has(brief.lang)) group.set(brief.lang, brief);
  }
  const index = new Map<string, T[]>();
  for (const brief of briefs) {
    const group = brief.translationKey ? groups.get(brief.translationKey) : undefined;
    const others = group ? [...group.values()].filter((other) => other.slug !== brief.slug) : [];
    index.set(brief.slug, others);
  }
  return index;
}

/** One `<link rel="alternate">`: a language code (or `x-default`) and the page in it. */
export interface AlternateLink {
  hreflang: string;
  href: string;
}

/**
 * `hreflang` links for a page that exists in several languages, itself included, plus
 * `x-default` pointing at the default language's version (else the first one given), so
 * every version of the page lists the same set.
 */
export function alternateLinks(
  versions: readonly { lang: Language; href: string }[],
  defaultLanguage: Language,
): AlternateLink[] {
  if (versions.length < 2) return [];
  const fallback = versions.find((version) => version.lang === defaultLanguage) ?? versions[0]!;
  return [
    ...versions.map((version) => ({ hreflang: version.lang, href: version.href })),
    { hreflang: "x-default", href: fallback.href },
  ];
}
