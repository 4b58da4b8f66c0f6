/**
 * Times social-card generation for N synthetic briefs, cold (empty cache) then warm
 * (every card cached), in a throwaway folder. Usage:
 *   npx node tools/bench/bench-cards.ts [count=1000]
 * `benchSocialCards` is exported for `npm run bench`.
 */
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { generateSocialCards, type CardJob, type CardRunStats } from "../../src/build/social-cards/generate.ts";
import { phaseLine } from "./log-phases.ts";

export interface CardBenchResult {
  count: number;
  cold: CardRunStats;
  warm: CardRunStats;
  /** Mean size of one card file, in bytes: cards are most of an archive's output besides its pages. */
  meanBytes: number;
}

function syntheticJobs(count: number, outDir: string): CardJob[] {
  const countries = ["Peru", "Colombia", "México", "Honduras", "Ecuador", "Brasil"];
  return Array.from({ length: count }, (_, index) => ({
    file: join(outDir, `brief-${index}.png`),
    card: {
      title: `Brief ${index}: authorities in ${countries[index % countries.length]} dismantle a trafficking network operating across the region`,
      kicker: "Brief",
      country: countries[index % countries.length],
      date: `${(index % 28) + 1} Oct 2012`,
      organization: "InSight Crime",
      lang: "en",
    },
  }));
}

export async function benchSocialCards(count: number): Promise<CardBenchResult> {
  const root = await mkdtemp(join(tmpdir(), "dispatch-card-bench-"));
  try {
    const cacheDir = join(root, "cache");
    const coldDir = join(root, "cold");
    const cold = await generateSocialCards(syntheticJobs(count, coldDir), { cacheDir });
    const warm = await generateSocialCards(syntheticJobs(count, join(root, "warm")), { cacheDir });
    const files = await readdir(coldDir);
    const sizes = await Promise.all(files.map(async (file) => (await stat(join(coldDir, file))).size));
    const meanBytes = sizes.reduce((sum, size) => sum + size, 0) / Math.max(1, sizes.length);
    return { count, cold, warm, meanBytes };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

function describe(label: string, stats: CardRunStats): string {
  const perCard = stats.total ? (stats.milliseconds / stats.total).toFixed(2) : "0";
  return `${label}: ${Math.round(stats.milliseconds)} ms (${perCard} ms/card; ${stats.rendered} drawn, ${stats.reused} cached, ${stats.workers} workers)`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const count = Number(process.argv[2] ?? 1000);
  const result = await benchSocialCards(count);
  console.log(`Social cards for ${result.count} briefs, ${(result.meanBytes / 1024).toFixed(1)} KiB each on average`);
  console.log(describe("  cold", result.cold));
  console.log(describe("  warm", result.warm));
  // For `npm run bench`, which turns these lines into columns.
  console.log(phaseLine("cards-cold", result.cold.milliseconds / 1000));
  console.log(phaseLine("cards-warm", result.warm.milliseconds / 1000));
}
