import { termSlug } from "../lib/slugs.ts";

/** A tag, country or author as one page: every spelling of it grouped under one slug. */
export interface Term {
  slug: string;
  /** The spelling readers see: the most used one; on a tie, accented, then capitalised. */
  name: string;
  count: number;
}

interface Tally {
  slug: string;
  spellings: Map<string, number>;
  count: number;
}

function accentScore(name: string): number {
  return name.normalize("NFD").length - name.length;
}

/** Editors' usual casing ("Coca") reads better than all-lower or shouting ("COCA"). */
function casingScore(name: string): number {
  if (name === name.toUpperCase() && name !== name.toLowerCase()) return 0;
  const initial = name.charAt(0);
  return initial === initial.toUpperCase() ? 2 : 1;
}

function displayName(spellings: Map<string, number>): string {
  return [...spellings.entries()].sort(
    ([a, countA], [b, countB]) =>
      countB - countA || accentScore(b) - accentScore(a) || casingScore(b) - casingScore(a) || a.localeCompare(b, "en"),
  )[0]![0];
}

/**
 * Groups term names case- and accent-insensitively: `Coca` and `coca` are one tag,
 * `Narcotráfico` keeps its accent on screen and gets the slug `narcotrafico`.
 * Each item counts once per term even if it repeats a spelling.
 * Sorted by count, then name, so pages are stable from build to build.
 */
export function groupTerms<T>(items: readonly T[], namesOf: (item: T) => readonly string[]): Term[] {
  const tallies = new Map<string, Tally>();
  for (const item of items) {
    const seen = new Set<string>();
    for (const raw of namesOf(item)) {
      const name = raw.normalize("NFC").trim();
      const slug = termSlug(name);
      let tally = tallies.get(slug);
      if (!tally) {
        tally = { slug, spellings: new Map(), count: 0 };
        tallies.set(slug, tally);
      }
      tally.spellings.set(name, (tally.spellings.get(name) ?? 0) + 1);
      if (!seen.has(slug)) {
        seen.add(slug);
        tally.count += 1;
      }
    }
  }
  return [...tallies.values()]
    .map((tally) => ({ slug: tally.slug, name: displayName(tally.spellings), count: tally.count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "en"));
}

/** One term's page: the term and every item carrying it, in the order the items were given. */
export interface TermPage<T> {
  term: Term;
  items: T[];
}

/**
 * Every term's page in one pass over the items, so a 10,000-brief archive with a thousand
 * tags costs one walk rather than one filter per tag. Grouping and
 * order are those of `groupTerms`.
 */
export function termPages<T>(items: readonly T[], namesOf: (item: T) => readonly string[]): TermPage<T>[] {
  const members = new Map<string, T[]>();
  for (const item of items) {
    const slugs = new Set(namesOf(item).map((name) => termSlug(name.normalize("NFC").trim())));
    for (const slug of slugs) {
      let list = members.get(slug);
      if (!list) members.set(slug, (list = []));
      list.push(item);
    }
  }
  return groupTerms(items, namesOf).map((term) => ({ term, items: members.get(term.slug) ?? [] }));
}
