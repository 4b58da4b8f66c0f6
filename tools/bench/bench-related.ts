/**
 * Times related-content scoring on synthetic archives (no files, no Astro): prints the time
 * for 10,000 and 50,000 briefs, or for the sizes given as arguments.
 *
 *   npx node tools/bench/bench-related.ts            # 10000 and 50000
 *   npx node tools/bench/bench-related.ts 20000
 *
 * Given one size (as `npm run bench` does), it also prints that size's wall time as the
 * bench's _related_ column.
 *
 * Tags, countries and words are drawn from Zipf distributions, as in a real archive: a few
 * countries and topics on a large share of briefs, a long tail of rare ones.
 */
import { fileURLToPath } from "node:url";
import { relatedBriefs, type RelatableBrief } from "../../src/model/related.ts";
import { phaseLine } from "./log-phases.ts";

/** Small seeded PRNG (mulberry32): the same archive on every run and machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws ranks 0…size-1 with probability ∝ 1/(rank+1)^exponent. */
function zipf(size: number, exponent: number, next: () => number): () => number {
  const cumulative = new Float64Array(size);
  let sum = 0;
  for (let rank = 0; rank < size; rank += 1) cumulative[rank] = sum += 1 / (rank + 1) ** exponent;
  return () => {
    const target = next() * sum;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

function draw(count: number, pick: () => number, prefix: string): string[] {
  return [...new Set(Array.from({ length: count }, () => `${prefix}${pick()}`))];
}

/** `n` Brief-like objects: 90% English, 10% Spanish, one in fifty a translation, one in a hundred a draft. */
export function syntheticBriefs(n: number, seed = 42): RelatableBrief[] {
  const next = random(seed);
  const tag = zipf(Math.max(50, Math.round(n / 10)), 1.05, next);
  const country = zipf(35, 1.2, next);
  const word = zipf(20_000, 1.0, next);
  const start = Date.UTC(2010, 0, 1);
  return Array.from({ length: n }, (_, index) => ({
    slug: `brief-${index}`,
    date: new Date(start + Math.floor(next() * 16 * 365) * 86_400_000),
    lang: next() < 0.9 ? "en" : "es",
    title: draw(8, word, "word").join(" "),
    summary: draw(30, word, "word").join(" "),
    tags: draw(1 + Math.floor(next() * 4), tag, "Topic "),
    countries: draw(1 + Math.floor(next() * 2), country, "Country "),
    translationKey: index % 50 === 1 ? `pair-${index - 1}` : index % 50 === 0 ? `pair-${index}` : undefined,
    draft: index % 100 === 99,
  }));
}

/** Milliseconds to compute three related briefs for each of `n` synthetic briefs (generation not included). */
export function timeRelated(n: number, limit = 3): number {
  return measureRelated(n, limit).wallMs;
}

/**
 * Wall-clock and CPU milliseconds for `n` synthetic briefs. On a machine shared with other
 * builds, CPU time is the fairer figure: wall time also counts waiting for a core.
 */
export function measureRelated(n: number, limit = 3): { wallMs: number; cpuMs: number } {
  const briefs = syntheticBriefs(n);
  const cpu = process.cpuUsage();
  const started = performance.now();
  relatedBriefs(briefs, limit);
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((size) => size > 0);
  for (const size of sizes.length > 0 ? sizes : [10_000, 50_000]) {
    const { wallMs, cpuMs } = measureRelated(size);
    const perBrief = ((wallMs * 1000) / size).toFixed(1);
    console.log(
      `related content for ${size.toLocaleString("en")} briefs: ${wallMs.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU (${perBrief} µs per brief)`,
    );
    if (sizes.length === 1) console.log(phaseLine("related", wallMs / 1000));
  }
}
