import { termSlug } from "../lib/slugs.ts";

/** What related-content scoring reads from a brief. */
export interface RelatableBrief {
  slug: string;
  date: Date;
  lang: string;
  title: string;
  summary: string;
  tags: readonly string[];
  countries: readonly string[];
  translationKey?: string | undefined;
  draft?: boolean;
}

/**
 * The knobs of the score, documented in docs/adr/0005-related-content-score.md.
 * score(a, b) = (Σ idf of shared tags and countries + text × cosine(title + summary))
 *               × (sameLanguage if b is in a's language)
 *               × (1 + recency × freshness of b, 0 for the oldest brief … 1 for the newest)
 */
export const relatedWeights = {
  text: 4,
  sameLanguage: 1.5,
  recency: 0.15,
  /**
   * A feature (tag, country or word) shared by more briefs than this is only followed to
   * the `commonFeatureWindow` briefs nearest in time, which keeps the cost linear: a country
   * on half of 50,000 briefs would otherwise make every one of them a candidate of every other.
   */
  commonFeatureWindow: 40,
  /**
   * Only a brief's most distinctive words (highest tf-idf) take part in text similarity:
   * the rest barely move a cosine, and each one kept costs a walk through its postings.
   */
  wordsPerBrief: 10,
};

/** Words too common in either language to say anything about a brief's subject. */
const STOPWORDS = new Set(
  (
    "the and for with that from this into over under about after their they have has had was were " +
    "will would said says its than then been being more most also which who whom what when where " +
    "los las del por para con una uno unos unas que como sus entre desde sobre tras pero fue han " +
    "este esta estos estas ese esa son ser del sin mas muy"
  ).split(" "),
);

/** Lower-case, accent-folded words of three letters or more, without stopwords or bare numbers. */
export function textTokens(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length >= 3 && !STOPWORDS.has(word) && !/^\d+$/.test(word));
}

/**
 * The inverted index in flat typed arrays (one entry per brief-feature pair), which is what
 * keeps 50,000 briefs fast: feature `f`'s postings are `postingBrief[start[f]…start[f+1])`,
 * oldest brief first, each with the weight that brief gives the feature.
 */
interface Index {
  isWord: Uint8Array;
  start: Int32Array;
  postingBrief: Int32Array;
  postingWeight: Float64Array;
  /** Brief `b`'s features are `featureOf[briefStart[b]…briefStart[b+1])`, at `positionOf` in their postings. */
  briefStart: Int32Array;
  featureOf: Int32Array;
  positionOf: Int32Array;
}

/**
 * Builds the inverted index: for every tag/country and every distinctive word, the briefs
 * that carry it, in date order, with the weight each contributes to a shared score.
 * A shared term adds √idf × √idf = idf; a shared word adds the product of both briefs'
 * normalised tf-idf weights, which summed over the shared words is their cosine.
 */
function buildIndex(briefs: readonly RelatableBrief[], oldestFirst: readonly number[]): Index {
  const ids = new Map<string, number>();
  const isWord: number[] = [];
  const frequency: number[] = [];
  const idOf = (key: string, word: boolean) => {
    let id = ids.get(key);
    if (id === undefined) {
      ids.set(key, (id = isWord.length));
      isWord.push(word ? 1 : 0);
      frequency.push(0);
    }
    return id;
  };
  // Tags repeat across thousands of briefs; slugging each spelling once saves most of the work.
  const slugs = new Map<string, string>();
  const slugOf = (name: string) => slugs.get(name) ?? (slugs.set(name, termSlug(name)), slugs.get(name)!);
  const termIds = briefs.map((brief) => [
    ...new Set([
      ...brief.tags.map((tag) => idOf(`t:${slugOf(tag)}`, false)),
      ...brief.countries.map((country) => idOf(`c:${slugOf(country)}`, false)),
    ]),
  ]);
  // Each brief's distinct words as compact arrays (ids and counts): 50,000 Maps would cost more in memory than in time.
  const counter = new Map<number, number>();
  const briefWords = briefs.map((brief) => {
    counter.clear();
    for (const word of textTokens(`${brief.title} ${brief.summary}`)) {
      const id = idOf(word, true);
      counter.set(id, (counter.get(id) ?? 0) + 1);
    }
    return { ids: Int32Array.from(counter.keys()), counts: Int32Array.from(counter.values()) };
  });
  briefs.forEach((_, index) => {
    for (const id of termIds[index]!) frequency[id]! += 1;
    for (const id of briefWords[index]!.ids) frequency[id]! += 1;
  });
  const idf = frequency.map((df) => Math.log(1 + briefs.length / df));

  // Each brief's features and weights; only its most distinctive words are kept.
  const chosen = briefs.map((_, index) => {
    const { ids: wordIds, counts } = briefWords[index]!;
    const order = Array.from(wordIds.keys())
      .sort((a, b) => counts[b]! * idf[wordIds[b]!]! - counts[a]! * idf[wordIds[a]!]! || wordIds[a]! - wordIds[b]!)
      .slice(0, relatedWeights.wordsPerBrief);
    const weights = order.map((slot) => counts[slot]! * idf[wordIds[slot]!]!);
    const norm = Math.sqrt(weights.reduce((sum, weight) => sum + weight * weight, 0)) || 1;
    return [
      ...termIds[index]!.map((id) => [id, Math.sqrt(idf[id]!)] as const),
      ...order.map((slot, rank) => [wordIds[slot]!, weights[rank]! / norm] as const),
    ];
  });

  const featureCount = isWord.length;
  const start = new Int32Array(featureCount + 1);
  for (const features of chosen) for (const [id] of features) start[id + 1]! += 1;
  for (let id = 0; id < featureCount; id += 1) start[id + 1]! += start[id]!;
  const total = start[featureCount]!;
  const fill = start.slice(0, featureCount);
  const postingBrief = new Int32Array(total);
  const postingWeight = new Float64Array(total);
  const briefStart = new Int32Array(briefs.length + 1);
  chosen.forEach((features, index) => (briefStart[index + 1] = features.length));
  for (let index = 0; index < briefs.length; index += 1) briefStart[index + 1]! += briefStart[index]!;
  const featureOf = new Int32Array(total);
  const positionOf = new Int32Array(total);
  for (const index of oldestFirst) {
    chosen[index]!.forEach(([id, weight], slot) => {
      const at = fill[id]!++;
      postingBrief[at] = index;
      postingWeight[at] = weight;
      featureOf[briefStart[index]! + slot] = id;
      positionOf[briefStart[index]! + slot] = at;
    });
  }
  return { isWord: Uint8Array.from(isWord), start, postingBrief, postingWeight, briefStart, featureOf, positionOf };
}

function compareBy(briefs: readonly RelatableBrief[], scores: Float64Array) {
  return (a: number, b: number) =>
    scores[b]! - scores[a]! ||
    briefs[b]!.date.getTime() - briefs[a]!.date.getTime() ||
    (briefs[a]!.slug < briefs[b]!.slug ? -1 : briefs[a]!.slug > briefs[b]!.slug ? 1 : 0);
}

/**
 * For every brief, the `limit` most related others (see `relatedWeights` and
 * docs/adr/0005-related-content-score.md). Never the brief itself, a translation of it, or a draft;
 * ties go to the newer brief, then to the slug, so every build picks the same cards.
 * Briefs that share nothing with enough others are padded with the newest briefs in
 * their language, so the section never runs dry.
 *
 * Cost grows with the number of briefs times their features times `commonFeatureWindow`:
 * linear in the archive, never all pairs.
 */
export function relatedBriefs<T extends RelatableBrief>(briefs: readonly T[], limit = 3): Map<string, T[]> {
  const count = briefs.length;
  const oldestFirst = briefs
    .map((_, index) => index)
    .sort(
      (a, b) => briefs[a]!.date.getTime() - briefs[b]!.date.getTime() || (briefs[a]!.slug < briefs[b]!.slug ? 1 : -1),
    );
  const freshness = new Float64Array(count);
  oldestFirst.forEach((index, rank) => (freshness[index] = count > 1 ? rank / (count - 1) : 1));
  const newestFirst = [...oldestFirst].reverse().filter((index) => !briefs[index]!.draft);

  const index = buildIndex(briefs, oldestFirst);
  const { text, sameLanguage, recency, commonFeatureWindow } = relatedWeights;
  const raw = new Float64Array(count);
  const score = new Float64Array(count);
  const touchedBy = new Int32Array(count).fill(-1);
  // One buffer reused for every brief's candidates, so 50,000 briefs allocate nothing per brief here.
  const touched = new Int32Array(count);
  const ranking = compareBy(briefs, score);
  const result = new Map<string, T[]>();

  briefs.forEach((brief, self) => {
    let touchedCount = 0;
    for (let slot = index.briefStart[self]!; slot < index.briefStart[self + 1]!; slot += 1) {
      const feature = index.featureOf[slot]!;
      const position = index.positionOf[slot]!;
      const first = index.start[feature]!;
      const end = index.start[feature + 1]!;
      const factor = (index.isWord[feature] ? text : 1) * index.postingWeight[position]!;
      // Common features are followed only to the briefs nearest in time (see commonFeatureWindow).
      const from = Math.max(first, Math.min(position - commonFeatureWindow / 2, end - commonFeatureWindow));
      const to = Math.min(end, from + commonFeatureWindow);
      for (let at = from; at < to; at += 1) {
        const other = index.postingBrief[at]!;
        if (touchedBy[other] !== self) {
          touchedBy[other] = self;
          raw[other] = 0;
          touched[touchedCount++] = other;
        }
        raw[other]! += factor * index.postingWeight[at]!;
      }
    }

    const excluded = (other: number) =>
      other === self ||
      briefs[other]!.draft === true ||
      (brief.translationKey !== undefined && briefs[other]!.translationKey === brief.translationKey);
    const best: number[] = [];
    for (let candidate = 0; candidate < touchedCount; candidate += 1) {
      const other = touched[candidate]!;
      if (excluded(other) || raw[other]! <= 0) continue;
      const language = briefs[other]!.lang === brief.lang ? sameLanguage : 1;
      // Rounded so sums taken in a different order cannot split a real tie.
      score[other] = Math.round(raw[other]! * language * (1 + recency * freshness[other]!) * 1e9) / 1e9;
      insertTopK(best, other, limit, ranking);
    }
    for (const other of newestFirst) {
      if (best.length >= limit) break;
      if (!excluded(other) && briefs[other]!.lang === brief.lang && !best.includes(other)) best.push(other);
    }
    result.set(
      brief.slug,
      best.map((other) => briefs[other]!),
    );
  });
  return result;
}

/** Keeps `best` as the top `limit` candidates in ranking order, inserting in place. */
function insertTopK(best: number[], candidate: number, limit: number, ranking: (a: number, b: number) => number): void {
  if (best.length === limit && ranking(candidate, best[limit - 1]!) >= 0) return;
  let at = best.length;
  while (at > 0 && ranking(candidate, best[at - 1]!) < 0) at -= 1;
  best.splice(at, 0, candidate);
  if (best.length > limit) best.pop();
}
