import { createHash } from "node:crypto";
import { mkdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import sharp from "sharp";
import type { SocialCard } from "../../model/social-card.ts";
import cardTasks from "./card-tasks.ts";
import { cardFontFiles } from "./draw.ts";
import { createWorkerPool } from "../workers/pool.ts";
import { exists, placeCachedFile, writeAtomically } from "../cached-files.ts";

/** One card to produce: what it shows and the absolute path it is written to. */
export interface CardJob {
  card: SocialCard;
  file: string;
}

export interface CardRunStats {
  total: number;
  /** Cards drawn in this run (not found in the cache). */
  rendered: number;
  /** Cards copied from the cache. */
  reused: number;
  /** Worker threads started (0 when everything was cached or the batch was tiny). */
  workers: number;
  milliseconds: number;
}

export interface CardRunOptions {
  /** Folder that keeps rendered cards between builds, keyed by content hash. */
  cacheDir: string;
  /** Upper bound on worker threads; defaults to the number of cores. */
  maxWorkers?: number;
}

/** Below this many cards to draw, starting workers costs more than it saves. */
const IN_PROCESS_LIMIT = 8;

/**
 * Everything that changes a card's pixels besides its text: the renderer's source and the
 * versions of the font packages and rasteriser. Editing the layout invalidates every card.
 */
function rendererFingerprint(): Promise<string> {
  fingerprint ??= computeRendererFingerprint();
  return fingerprint;
}
let fingerprint: Promise<string> | undefined;

async function computeRendererFingerprint(): Promise<string> {
  const require = createRequire(import.meta.url);
  const versions = ["@fontsource/inter", "@fontsource/source-serif-4", "@resvg/resvg-js", "satori"].map(
    (name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`,
  );
  // sharp does not export its package.json; it reports its own and libvips' versions instead.
  versions.push(`sharp@${sharp.versions.sharp}`, `libvips@${sharp.versions.vips}`);
  const hash = createHash("sha256").update(versions.join()).update(cardFontFiles.join());
  for (const file of ["./draw.ts", "../../model/social-card.ts"]) {
    hash.update(await readFile(new URL(file, import.meta.url), "utf8"));
  }
  return hash.digest("hex");
}

export function cardHash(card: SocialCard, fingerprint: string): string {
  const fields = [card.title, card.kicker, card.country ?? "", card.date, card.organization, card.lang];
  return createHash("sha256").update(fingerprint).update(JSON.stringify(fields)).digest("hex").slice(0, 32);
}

/** Where the cache keeps the card that shows `card`. */
function cachedCardPath(card: SocialCard, fingerprint: string, cacheDir: string): string {
  return join(cacheDir, `${cardHash(card, fingerprint)}.png`);
}

/**
 * Draws into the cache every card it lacks, without writing any into the output folder:
 * for a build, which starts drawing as soon as the briefs are loaded, while Astro bundles
 * and renders the pages (and may still empty the output folder), and places the cards
 * once the pages are written. Missing cards are drawn on worker threads (one per core)
 * when there are enough of them to pay off; a card that is not drawn (its worker died, or
 * drawing it failed) fails the run, with the count.
 */
export async function drawMissingCards(
  cards: readonly SocialCard[],
  options: CardRunOptions,
): Promise<{ drawn: number; workers: number }> {
  await mkdir(options.cacheDir, { recursive: true });
  const fingerprint = await rendererFingerprint();
  const paths = new Map(cards.map((card) => [cachedCardPath(card, fingerprint, options.cacheDir), card]));
  const missing = (
    await Promise.all([...paths].map(async ([cached, card]) => ((await exists(cached)) ? [] : [{ cached, card }])))
  ).flat();

  const pool = createWorkerPool(cardTasks, {
    threads: options.maxWorkers ?? availableParallelism(),
    expected: missing.length,
    minTasks: IN_PROCESS_LIMIT,
    whenWorkerLost: "fail",
  });
  const undrawn: string[] = [];
  try {
    await Promise.all(
      missing.map(async ({ cached, card }) => {
        try {
          await writeAtomically(cached, await pool.run("drawSocialCard", card));
        } catch (error) {
          undrawn.push(`"${card.title}": ${error instanceof Error ? error.message : String(error)}`);
        }
      }),
    );
  } finally {
    await pool.close();
  }
  if (undrawn.length > 0) {
    throw new Error(`${undrawn.length} social cards could not be drawn, e.g. ${undrawn.slice(0, 3).join("; ")}`);
  }
  return { drawn: missing.length, workers: pool.threads };
}

/** Writes every job's card, drawing only those the cache lacks. */
export async function generateSocialCards(jobs: CardJob[], options: CardRunOptions): Promise<CardRunStats> {
  const started = performance.now();
  const { drawn, workers } = await drawMissingCards(
    jobs.map((job) => job.card),
    options,
  );
  const fingerprint = await rendererFingerprint();
  const directories = new Set(jobs.map((job) => dirname(job.file)));
  await Promise.all([...directories].map((directory) => mkdir(directory, { recursive: true })));
  await Promise.all(
    jobs.map((job) => placeCachedFile(cachedCardPath(job.card, fingerprint, options.cacheDir), job.file)),
  );

  // A 50,000-brief build once finished with a third of its cards missing and no error;
  // checking costs a fraction of a second, shipping pages with broken og:image costs more.
  const absent = (await Promise.all(jobs.map(async (job) => ((await exists(job.file)) ? [] : [job.file])))).flat();
  if (absent.length > 0) {
    throw new Error(`${absent.length} social cards were not written, e.g. ${absent.slice(0, 3).join(", ")}`);
  }

  return {
    total: jobs.length,
    rendered: drawn,
    reused: jobs.length - drawn,
    workers,
    milliseconds: performance.now() - started,
  };
}
