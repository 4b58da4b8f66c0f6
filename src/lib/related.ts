import { termSlug } from "./slugs.ts";

export interface RelatableBrief {
  slug: string;
  date: Date;
  tags: readonly string[];
  countries: readonly string[];
}

function termsOf(brief: RelatableBrief): string[] {
  return [
    ...new Set([
      ...brief.tags.map((tag) => `tag:${termSlug(tag)}`),
      ...brief.countries.map((country) => `country:${termSlug(country)}`),
    ]),
  ];
}

/**
 * For every brief, the `limit` most related others: shared tags and countries, each
 * weighted by rarity (a shared rare tag says more than a shared "Peru"), newest first on
 * a tie, then by slug so builds are reproducible. Uses an inverted index, so the cost
 * grows with the number of shared terms, not with the square of the archive.
 * Briefs that share nothing are padded with the latest briefs so cards never run dry.
 */
export function relatedBriefs<T extends RelatableBrief>(briefs: readonly T[], limit = 3): Map<string, T[]> {
  const postings = new Map<string, number[]>();
  const briefTerms = briefs.map(termsOf);
  briefTerms.forEach((terms, index) => {
    for (const term of terms) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push(index);
    }
  });
  const weight = new Map<string, number>();
  for (const [term, list] of postings) weight.set(term, Math.log(1 + briefs.length / list.length));

  const newestFirst = briefs
    .map((_, index) => index)
    .sort((a, b) => compareRecency(briefs[a]!, briefs[b]!));

  const result = new Map<string, T[]>();
  briefs.forEach((brief, index) => {
    const scores = new Map<number, number>();
    for (const term of briefTerms[index]!) {
      const termWeight = weight.get(term)!;
      for (const other of postings.get(term)!) {
        if (other !== index) scores.set(other, (scores.get(other) ?? 0) + termWeight);
      }
    }
    const ranked = [...scores.entries()]
      .sort(([a, scoreA], [b, scoreB]) => scoreB - scoreA || compareRecency(briefs[a]!, briefs[b]!))
      .slice(0, limit)
      .map(([other]) => other);
    for (const other of newestFirst) {
      if (ranked.length >= limit) break;
      if (other !== index && !ranked.includes(other)) ranked.push(other);
    }
    result.set(brief.slug, ranked.map((other) => briefs[other]!));
  });
  return result;
}

function compareRecency(a: RelatableBrief, b: RelatableBrief): number {
  return b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug, "en");
}
