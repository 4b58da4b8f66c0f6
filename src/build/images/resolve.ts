import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir, readFile, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import sharp, { type Metadata } from "sharp";
import { writeAtomically } from "../cached-files.ts";
import { encodingFingerprint } from "./encode.ts";
import type { EncodedImage, ResolvedImage } from "../../model/images.ts";
import { imageSourceProblem } from "../../schemas/brief.ts";

/**
 * The loader's side of images: finds every image a brief refers to (its lead image and the
 * images in its body), downloads remote ones into the build cache, and measures each with
 * sharp, so that a missing file or an unsupported format stops the build naming the brief
 * and the field or line, and pages know every image's size before anything is encoded.
 */

/** Formats the build reads; anything else (TIFF, SVG, HEIC…) is refused. */
const READABLE = new Set(["jpeg", "png", "webp", "avif", "gif"]);
const READABLE_NAMES = "JPEG, PNG, WebP, AVIF or GIF";

/** A measured image and the file it is encoded from. */
export interface SourceImage extends EncodedImage {
  /** Absolute path of the source: beside the brief, under content/media/, or a downloaded copy in the cache. */
  path: string;
  /** Size and modification time of the source when measured: an unchanged file is not read again. */
  size: number;
  mtimeMs: number;
  /** Lead images also get the preview crops. */
  lead: boolean;
}

/** What a brief's entry records about its images (`rendered.metadata.images`). */
export interface BriefImages {
  lead?: ResolvedImage | undefined;
  /** Body images by `src` as written in the Markdown. */
  body: Record<string, ResolvedImage>;
  /** Every image the build encodes for this brief. */
  sources: SourceImage[];
  /** A remote image could not be downloaded: the next build tries again. */
  retry: boolean;
}

export interface ImageReferences {
  /** The brief's file relative to the project (for messages) and its absolute path. */
  file: string;
  path: string;
  /** The whole file, to give a body image's line number. */
  contents: string;
  lead?: string | undefined;
  local: readonly string[];
  remote: readonly string[];
}

export interface ResolveOptions {
  /** Astro's cache folder: downloads go to `remote-images/` in it. */
  cacheDir: string;
  /** False when DISPATCH_REMOTE_IMAGES=off: remote images stay remote, unfetched. */
  download: boolean;
  warn: (message: string) => void;
}

/**
 * Every image measured in this process, by digest: `astro dev` encodes on request from it
 * (src/build/images/index.ts). Held on globalThis because Astro loads the integrations and
 * the collections as separate module graphs, each with its own copy of this module.
 */
export const measuredImages: Map<string, SourceImage> = ((globalThis as Record<symbol, unknown>)[
  Symbol.for("dispatch.measuredImages")
] ??= new Map<string, SourceImage>()) as Map<string, SourceImage>;

/** Digest of an image's bytes and of how it is encoded: it names the encoded files. */
export function imageDigest(bytes: Uint8Array): string {
  return createHash("sha256").update(encodingFingerprint()).update(bytes).digest("hex").slice(0, 20);
}

/** An image the loader could not use, with what the editor should do. */
export class ImageError extends Error {}

async function measure(bytes: Uint8Array, where: string): Promise<EncodedImage> {
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes).metadata();
  } catch {
    throw new ImageError(`${where} is not an image sharp can read; expected ${READABLE_NAMES}`);
  }
  if (!READABLE.has(metadata.format)) {
    throw new ImageError(`${where} is a ${metadata.format.toUpperCase()} image; expected ${READABLE_NAMES}`);
  }
  const { width, height } = metadata.autoOrient;
  const fallback = metadata.hasAlpha && metadata.format !== "jpeg" ? "png" : "jpeg";
  return { kind: "encoded", digest: imageDigest(bytes), width, height, fallback };
}

async function localImage(src: string, where: string, briefPath: string): Promise<SourceImage> {
  const path = resolve(dirname(briefPath), src);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new ImageError(
      `${where}: no image at ${path}; expected a path relative to the brief, e.g. ./photo.jpg or ../../media/2024/photo.jpg`,
    );
  }
  return { ...(await measure(bytes, where)), ...(await fileStamp(path)), path, lead: false };
}

async function fileStamp(path: string): Promise<{ size: number; mtimeMs: number }> {
  const { size, mtimeMs } = await stat(path);
  return { size, mtimeMs };
}

let running = 0;
const waiting: (() => void)[] = [];
/** At most four downloads at once: an archive of remote images must not flood their server. */
const DOWNLOADS_AT_ONCE = 4;
const DOWNLOAD_TIMEOUT_MS = 8_000;

async function limited<T>(work: () => Promise<T>): Promise<T> {
  if (running >= DOWNLOADS_AT_ONCE) await new Promise<void>((start) => waiting.push(start));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** The image at `url`, from the cache or downloaded into it; an Error saying why not otherwise. */
async function downloaded(url: string, cacheDir: string): Promise<{ path: string; bytes: Buffer }> {
  const folder = join(cacheDir, "remote-images");
  const path = join(folder, createHash("sha256").update(url).digest("hex").slice(0, 32));
  const cached = await readFile(path).catch(() => undefined);
  if (cached) return { path, bytes: cached };
  const response = await limited(() => fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) }));
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  await mkdir(folder, { recursive: true });
  await writeAtomically(path, bytes);
  return { path, bytes };
}

async function remoteImage(
  url: string,
  where: string,
  options: ResolveOptions,
): Promise<SourceImage | { kind: "remote"; url: string }> {
  const kept = `; it stays a remote <img> from its own site`;
  if (!options.download) {
    options.warn(`${where}: not downloaded (DISPATCH_REMOTE_IMAGES=off)${kept}`);
    return { kind: "remote", url };
  }
  try {
    const { path, bytes } = await downloaded(url, options.cacheDir);
    return { ...(await measure(bytes, where)), ...(await fileStamp(path)), path, lead: false };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    options.warn(`${where}: could not download ${url} (${reason})${kept}`);
    return { kind: "remote", url };
  }
}

/** Line of the file where the body first refers to `src`, for messages. */
function lineOf(contents: string, src: string): number {
  const index = contents.search(new RegExp(`\\]\\(\\s*<?${src.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  const at = index === -1 ? contents.lastIndexOf(src) : index;
  return at === -1 ? 0 : contents.slice(0, at).split("\n").length;
}

/**
 * Every image of one brief, resolved and measured. Throws an ImageError naming the file
 * and the field (`image.src`) or body line when a local image is missing or unreadable;
 * a remote image that cannot be downloaded only warns.
 */
export async function resolveBriefImages(references: ImageReferences, options: ResolveOptions): Promise<BriefImages> {
  const { file, path, contents } = references;
  const one = (src: string, where: string): Promise<SourceImage | { kind: "remote"; url: string }> => {
    // The schema checks the lead image's src; a body image's is checked here, with the same advice.
    const problem = imageSourceProblem(src);
    if (problem) return Promise.reject(new ImageError(`${where}: ${problem}`));
    return /^https:\/\//i.test(src) ? remoteImage(src, where, options) : localImage(src, where, path);
  };
  const lead =
    references.lead === undefined
      ? undefined
      : await one(references.lead, `${file}: image.src "${references.lead}"`).then((image) =>
          image.kind === "encoded" ? { ...image, lead: true } : image,
        );
  const bodySources = [...references.local, ...references.remote];
  const body = await Promise.all(
    bodySources.map((src) => one(src, `${file}, body line ${lineOf(contents, src)}: image "${src}"`)),
  );
  const resolved = [lead, ...body].filter((image) => image !== undefined);
  const measured = (image: ResolvedImage | SourceImage): ResolvedImage =>
    image.kind === "encoded" ? { kind: "encoded", ...pick(image) } : image;
  const sources = resolved.filter((image): image is SourceImage => image.kind === "encoded");
  for (const image of sources) measuredImages.set(image.digest, image);
  return {
    lead: lead && measured(lead),
    body: Object.fromEntries(bodySources.map((src, position) => [src, measured(body[position]!)])),
    sources,
    retry: options.download && resolved.some((image) => image.kind === "remote"),
  };
}

function pick({ digest, width, height, fallback }: EncodedImage): Omit<EncodedImage, "kind"> {
  return { digest, width, height, fallback };
}

/**
 * The current digests of the images an entry was built with, in order, or undefined when
 * one is gone: an edited image changes the entry's digest even if its Markdown did not. A
 * file with the size and modification time it had when measured is taken as unchanged
 * without reading it, as git and make do: hashing every image of an archive on every build
 * would cost seconds.
 */
export async function currentImageDigests(images: BriefImages | undefined): Promise<string[] | undefined> {
  const digests: string[] = [];
  for (const image of images?.sources ?? []) {
    const now = await stat(image.path).catch(() => undefined);
    if (!now) return undefined;
    const unchanged = now.size === image.size && now.mtimeMs === image.mtimeMs;
    const digest = unchanged ? image.digest : imageDigest(await readFile(image.path));
    // Still what the entry's pages show: `astro dev` may be asked for it.
    if (digest === image.digest) measuredImages.set(digest, image);
    digests.push(digest);
  }
  return digests;
}

let markupFingerprint: string | undefined;

/**
 * Changes whenever the code that shapes an image's markup does (src/model/images.ts): body
 * HTML the loader stored with `<picture>` elements is then rendered again, as it is when the
 * Markdown pipeline changes.
 */
export function imageMarkupFingerprint(): string {
  markupFingerprint ??= createHash("sha256")
    .update(readFileSync(new URL("../../model/images.ts", import.meta.url)))
    .digest("base64url");
  return markupFingerprint;
}

/** Whether remote images are downloaded (DISPATCH_REMOTE_IMAGES=off skips them, e.g. for an offline build). */
export function remoteDownloadsEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env["DISPATCH_REMOTE_IMAGES"] !== "off";
}
