import { availableParallelism } from "node:os";
import { mkdir, readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import sharp from "sharp";
import { mapConcurrently } from "../../lib/concurrency.ts";
import { encodingJobs, IMAGE_WIDTHS, PREVIEW_CROPS, type EncodingJob } from "../../model/images.ts";
import { exists, placeCachedFile, writeAtomically } from "../cached-files.ts";
import type { SourceImage } from "./resolve.ts";

/**
 * Encoder settings. AVIF at effort 2 is several times faster than the default and a few
 * per cent larger; the qualities keep a photo's 800 px AVIF well under the 60 KB a phone
 * article may load. Crops are JPEG, the one format every link previewer reads; mozjpeg
 * makes them a third smaller, which counts against a host's size limits four times per image.
 */
const SETTINGS = {
  avif: { quality: 50, effort: 2 },
  webp: { quality: 70, effort: 4 },
  jpeg: { quality: 74, mozjpeg: true },
  png: { compressionLevel: 9, effort: 4 },
  crop: { quality: 80, mozjpeg: true },
} as const;

let fingerprint: string | undefined;

/** Everything that changes encoded bytes besides the source: settings, sizes and sharp's and libvips' versions. */
export function encodingFingerprint(): string {
  fingerprint ??= JSON.stringify([SETTINGS, IMAGE_WIDTHS, PREVIEW_CROPS, sharp.versions.sharp, sharp.versions.vips]);
  return fingerprint;
}

async function encode(bytes: Buffer, job: EncodingJob): Promise<Buffer> {
  const image = sharp(bytes, { autoOrient: true });
  if (job.kind === "crop") {
    return image
      .resize(job.width, job.height, { fit: "cover", position: sharp.strategy.attention })
      .flatten({ background: "#ffffff" })
      .jpeg(SETTINGS.crop)
      .toBuffer();
  }
  const resized = image.resize({ width: job.width, withoutEnlargement: true });
  switch (job.format) {
    case "avif":
      return resized.avif(SETTINGS.avif).toBuffer();
    case "webp":
      return resized.webp(SETTINGS.webp).toBuffer();
    case "png":
      return resized.png(SETTINGS.png).toBuffer();
    case "jpeg":
      return resized.flatten({ background: "#ffffff" }).jpeg(SETTINGS.jpeg).toBuffer();
  }
}

export interface EncodeStats {
  /** Distinct source images. */
  images: number;
  /** Files encoded in this run, and files taken from the cache or found in place. */
  encoded: number;
  reused: number;
  /** Files already in the output folder (absolute paths), left as they are. */
  inPlace: string[];
  milliseconds: number;
}

/** The source's bytes, read once and only if an encoding needs them. */
function lazyBytes(source: SourceImage): () => Promise<Buffer> {
  let bytes: Promise<Buffer> | undefined;
  return () => (bytes ??= readFile(source.path));
}

/** The cache's file for `job`, encoded first if the cache lacks it. */
export async function cachedEncoding(
  read: () => Promise<Buffer>,
  job: EncodingJob,
  cacheDir: string,
): Promise<{ cached: string; wasEncoded: boolean }> {
  const cached = join(cacheDir, basename(job.path));
  if (await exists(cached)) return { cached, wasEncoded: false };
  await mkdir(cacheDir, { recursive: true });
  await writeAtomically(cached, await encode(await read(), job));
  return { cached, wasEncoded: true };
}

/**
 * One encoded file for `astro dev`, which writes no `_images/`: `path` (`_images/…`) made
 * from the source the loader measured with that digest, or undefined when none has it.
 */
export async function encodedForDev(
  path: string,
  sources: ReadonlyMap<string, SourceImage>,
  cacheDir: string,
): Promise<string | undefined> {
  const digest = /^_images\/([0-9a-f]+)-/.exec(path)?.[1];
  const source = digest === undefined ? undefined : sources.get(digest);
  const job = source && encodingJobs(source, true).find((candidate) => candidate.path === path);
  if (!source || !job) return undefined;
  return (await cachedEncoding(lazyBytes(source), job, cacheDir)).cached;
}

/** Each source once, by digest; one shown as a lead image anywhere gets the lead image's crops. */
function uniqueSources(sources: readonly SourceImage[]): Map<string, SourceImage> {
  const byDigest = new Map<string, SourceImage>();
  for (const source of sources) {
    const known = byDigest.get(source.digest);
    byDigest.set(source.digest, known ? { ...known, lead: known.lead || source.lead } : source);
  }
  return byDigest;
}

/**
 * Encodes into the cache every file the images need that it lacks, writing nothing into the
 * output folder: a build starts this as soon as the briefs are loaded, beside Astro's
 * bundling and page rendering (one thread), and `encodeImages` then only places files.
 * Returns how many files it encoded.
 */
export async function fillImageCache(sources: readonly SourceImage[], cacheDir: string): Promise<number> {
  await mkdir(cacheDir, { recursive: true });
  let encoded = 0;
  await mapConcurrently([...uniqueSources(sources).values()], availableParallelism(), async (source) => {
    const read = lazyBytes(source);
    for (const job of encodingJobs(source, source.lead)) {
      if ((await cachedEncoding(read, job, cacheDir)).wasEncoded) encoded++;
    }
  });
  return encoded;
}

/**
 * Writes every file each image needs into `outDir` (`_images/…`), encoding only what the
 * cache lacks: the cache is keyed by the file name, which holds the source's digest, so a
 * warm build only links files. An image used twice (or as lead and body image) is encoded once.
 */
export async function encodeImages(
  sources: readonly SourceImage[],
  options: { outDir: string; cacheDir: string },
): Promise<EncodeStats> {
  const started = performance.now();
  const byDigest = uniqueSources(sources);
  await mkdir(options.cacheDir, { recursive: true });
  const folder = join(options.outDir, "_images");
  await mkdir(folder, { recursive: true });
  // Files are named by their content, so one already in the output folder (which the output
  // folder only keeps after a completed build with this cache) is right as it is.
  const present = new Set(await readdir(folder));
  const inPlace: string[] = [];
  let encoded = 0;
  let reused = 0;
  // sharp runs each encoding on libvips' own threads; a few images at once keep every core busy.
  await mapConcurrently([...byDigest.values()], availableParallelism(), async (source) => {
    const read = lazyBytes(source);
    for (const job of encodingJobs(source, source.lead)) {
      const file = join(options.outDir, job.path);
      if (present.has(basename(job.path))) {
        inPlace.push(file);
        reused++;
        continue;
      }
      const { cached, wasEncoded } = await cachedEncoding(read, job, options.cacheDir);
      if (wasEncoded) encoded++;
      else reused++;
      await placeCachedFile(cached, file);
    }
  });
  return { images: byDigest.size, encoded, reused, inPlace, milliseconds: performance.now() - started };
}
