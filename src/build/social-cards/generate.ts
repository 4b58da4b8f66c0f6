import { createHash } from "node:crypto";
import { access, copyFile, link, mkdir, readFile, rename, rm, utimes, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { Worker } from "node:worker_threads";
import type { SocialCard } from "../../model/social-card.ts";
import { cardFontFiles, loadCardFonts, renderSocialCard } from "./draw.ts";

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
async function rendererFingerprint(): Promise<string> {
  const require = createRequire(import.meta.url);
  const versions = ["@fontsource/inter", "@fontsource/source-serif-4", "@resvg/resvg-js", "satori"].map(
    (name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`,
  );
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

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** Writes through a temporary name so a build killed mid-write never leaves a broken cached card. */
async function writeAtomically(path: string, data: Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, path);
}

/**
 * Puts a cached card at `file` as a hard link: ten thousand 45 KB cards would otherwise be
 * copied on every build. Copies where links are impossible (another file system).
 */
async function placeCachedCard(cached: string, file: string): Promise<void> {
  await rm(file, { force: true });
  await link(cached, file).catch(() => copyFile(cached, file));
  // A link keeps the cached file's times; dating it now marks it as this build's output,
  // which the output folder's clean-up (src/build/output-folder.ts) keeps.
  const now = new Date();
  await utimes(file, now, now);
}

/**
 * Writes every job's card, drawing only those the cache lacks. Missing cards are drawn in
 * a pool of worker threads (one per core) when there are enough of them to pay off.
 */
export async function generateSocialCards(jobs: CardJob[], options: CardRunOptions): Promise<CardRunStats> {
  const started = performance.now();
  await mkdir(options.cacheDir, { recursive: true });
  const fingerprint = await rendererFingerprint();
  const directories = new Set(jobs.map((job) => dirname(job.file)));
  await Promise.all([...directories].map((directory) => mkdir(directory, { recursive: true })));

  const missing: { job: CardJob; cached: string }[] = [];
  await Promise.all(
    jobs.map(async (job) => {
      const cached = join(options.cacheDir, `${cardHash(job.card, fingerprint)}.png`);
      if (await exists(cached)) await placeCachedCard(cached, job.file);
      else missing.push({ job, cached });
    }),
  );

  const save = async (index: number, png: Uint8Array) => {
    const entry = missing[index];
    if (!entry) return;
    await writeAtomically(entry.cached, png);
    await placeCachedCard(entry.cached, entry.job.file);
  };
  const cards = missing.map((entry) => entry.job.card);
  const workerCount =
    cards.length < IN_PROCESS_LIMIT ? 0 : Math.min(options.maxWorkers ?? availableParallelism(), cards.length);
  if (workerCount === 0) {
    const fonts = cards.length > 0 ? await loadCardFonts() : [];
    for (const [index, card] of cards.entries()) await save(index, await renderSocialCard(card, fonts));
  } else {
    await renderInWorkers(cards, workerCount, save);
  }

  // A 50,000-brief build once finished with a third of its cards missing and no error;
  // checking costs a fraction of a second, shipping pages with broken og:image costs more.
  const absent = (await Promise.all(jobs.map(async (job) => ((await exists(job.file)) ? [] : [job.file])))).flat();
  if (absent.length > 0) {
    throw new Error(`${absent.length} social cards were not written, e.g. ${absent.slice(0, 3).join(", ")}`);
  }

  return {
    total: jobs.length,
    rendered: missing.length,
    reused: jobs.length - missing.length,
    workers: workerCount,
    milliseconds: performance.now() - started,
  };
}

type WorkerReply = { id: number; png: Uint8Array; error?: undefined } | { id: number; error: string };

/** Hands cards to `count` workers, the next card going to whichever worker finishes first. */
async function renderInWorkers(
  cards: SocialCard[],
  count: number,
  save: (index: number, png: Uint8Array) => Promise<void>,
): Promise<void> {
  let next = 0;
  const writes: Promise<void>[] = [];
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL("./worker.ts", import.meta.url));
      let stopping = false;
      const stop = () => {
        stopping = true;
        return worker.terminate();
      };
      const feed = () => {
        if (next >= cards.length) {
          void stop().then(() => {
            resolve();
          });
          return;
        }
        const id = next++;
        worker.postMessage({ id, card: cards[id] });
      };
      worker.on("message", (reply: WorkerReply) => {
        if (reply.error !== undefined) {
          void stop();
          reject(new Error(`Social card for "${cards[reply.id]?.title}" failed: ${reply.error}`));
          return;
        }
        writes.push(save(reply.id, new Uint8Array(reply.png)));
        feed();
      });
      worker.on("error", reject);
      // A worker that ends on its own (not terminated above) would leave its card undrawn
      // and, with no handle left, let the build finish without it.
      worker.on("exit", (code) => {
        if (!stopping) reject(new Error(`A social-card worker stopped early (exit code ${code})`));
      });
      feed();
    });
  await Promise.all(Array.from({ length: count }, runWorker));
  await Promise.all(writes);
}
