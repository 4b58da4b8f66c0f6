import { absoluteUrl, assetUrl } from "./urls.ts";

/**
 * Responsive images, as pure data: which files the build encodes from one source image,
 * their URLs, and the `<picture>` a page shows. The encoding itself is src/build/images/.
 */

/** Widths every image is encoded at (never wider than the original): cards use the smallest two. */
export const IMAGE_WIDTHS = [200, 400, 800, 1200] as const;

/** Formats offered to browsers, best first; the fallback (JPEG or PNG) goes in the `<img>` itself. */
export const MODERN_FORMATS = ["avif", "webp"] as const;

export type EncodedFormat = (typeof MODERN_FORMATS)[number] | "jpeg" | "png";

/**
 * How wide images in an article show: the article column (global.css `.brief`, 68ch of the
 * body font, about 42rem), or the screen less the page margins on a phone.
 */
export const ARTICLE_IMAGE_SIZES = "(min-width: 46rem) 42rem, calc(100vw - 2rem)";

/** How wide a card's thumbnail shows (global.css `.card__thumb`). */
export const THUMBNAIL_SIZES = "6rem";

/** Preview crops: link previews (og) and the three ratios Google asks for in JSON-LD, all 1200 px wide. */
export const PREVIEW_CROPS = {
  og: { width: 1200, height: 630 },
  "16x9": { width: 1200, height: 675 },
  "4x3": { width: 1200, height: 900 },
  "1x1": { width: 1200, height: 1200 },
} as const;

export type PreviewCrop = keyof typeof PREVIEW_CROPS;

/** An image the build measured and encodes (a local file, or a remote one it could download). */
export interface EncodedImage {
  kind: "encoded";
  /** Digest of the source bytes and the encoding settings: names every file made from it. */
  digest: string;
  /** Intrinsic size of the source, in pixels. */
  width: number;
  height: number;
  /** PNG keeps transparency; everything else falls back to JPEG. */
  fallback: "jpeg" | "png";
}

/** A remote image the build could not download: shown as it is, from its own site. */
export interface RemoteImage {
  kind: "remote";
  url: string;
}

export type ResolvedImage = EncodedImage | RemoteImage;

const EXTENSIONS: Record<EncodedFormat, string> = { avif: "avif", webp: "webp", jpeg: "jpg", png: "png" };
const MIME_TYPES: Record<EncodedFormat, string> = {
  avif: "image/avif",
  webp: "image/webp",
  jpeg: "image/jpeg",
  png: "image/png",
};

/** The widths an image of `originalWidth` is encoded at: the standard ones below it, and the original when smaller than the largest. */
export function imageWidths(originalWidth: number): number[] {
  const largest = IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1]!;
  if (originalWidth >= largest) return [...IMAGE_WIDTHS];
  return [...IMAGE_WIDTHS.filter((width) => width < originalWidth), originalWidth];
}

/** Height at `width`, keeping the source's aspect ratio. */
export function scaledHeight(image: Pick<EncodedImage, "width" | "height">, width: number): number {
  return Math.max(1, Math.round((image.height * width) / image.width));
}

/** Where one encoding is written, relative to the site root (no base path). */
export function encodedImagePath(image: Pick<EncodedImage, "digest">, width: number, format: EncodedFormat): string {
  return `_images/${image.digest}-${width}.${EXTENSIONS[format]}`;
}

/** Where a preview crop is written (always JPEG: every previewer reads it), relative to the site root. */
export function cropPath(image: Pick<EncodedImage, "digest">, crop: PreviewCrop): string {
  return `_images/${image.digest}-${crop}.jpg`;
}

/** One file the build must produce from a source image. */
export type EncodingJob =
  | { path: string; kind: "resize"; width: number; format: EncodedFormat }
  | { path: string; kind: "crop"; width: number; height: number };

/** Every file made from one image; crops only for lead images (`withCrops`), the only ones previews use. */
export function encodingJobs(image: EncodedImage, withCrops: boolean): EncodingJob[] {
  const formats: EncodedFormat[] = [...MODERN_FORMATS, image.fallback];
  const resized = imageWidths(image.width).flatMap((width) =>
    formats.map((format) => ({ path: encodedImagePath(image, width, format), kind: "resize" as const, width, format })),
  );
  if (!withCrops) return resized;
  const crops = (Object.keys(PREVIEW_CROPS) as PreviewCrop[]).map((crop) => ({
    path: cropPath(image, crop),
    kind: "crop" as const,
    ...PREVIEW_CROPS[crop],
  }));
  return [...resized, ...crops];
}

/** How an image loads: the lead image is the page's largest paint, everything else waits until near view. */
export type Loading = "lead" | "lazy";

/** A `<picture>` as plain attributes: sources for modern formats, then the `<img>`. */
export interface Picture {
  sources: { type: string; srcset: string; sizes: string }[];
  img: {
    src: string;
    alt: string;
    srcset?: string;
    sizes?: string;
    width?: number;
    height?: number;
    loading?: "lazy";
    decoding: "async" | "auto";
    fetchpriority?: "high";
  };
}

function srcset(image: EncodedImage, widths: readonly number[], format: EncodedFormat): string {
  return widths.map((width) => `${assetUrl(encodedImagePath(image, width, format))} ${width}w`).join(", ");
}

/**
 * The `<picture>` of an image shown at `sizes` (a `sizes` attribute, e.g. `100vw`), up to
 * `maxWidth` pixels wide. A lead image loads at once with high priority; others lazily. A
 * remote image that could not be downloaded is a plain lazy `<img>` of unknown size.
 */
export function pictureOf(
  image: ResolvedImage,
  options: { alt: string; sizes: string; loading: Loading; maxWidth?: number },
): Picture {
  const timing =
    options.loading === "lead"
      ? { decoding: "auto" as const, fetchpriority: "high" as const }
      : { decoding: "async" as const, loading: "lazy" as const };
  if (image.kind === "remote") return { sources: [], img: { src: image.url, alt: options.alt, ...timing } };
  const all = imageWidths(image.width);
  const limit = options.maxWidth ?? Infinity;
  // The smallest width at or above the limit stays, so a high-density screen still finds a sharp one.
  const widths = all.filter((width, position) => width <= limit || all[position - 1]! < limit);
  const largest = widths[widths.length - 1]!;
  return {
    sources: MODERN_FORMATS.map((format) => ({
      type: MIME_TYPES[format],
      srcset: srcset(image, widths, format),
      sizes: options.sizes,
    })),
    img: {
      src: assetUrl(encodedImagePath(image, largest, image.fallback)),
      alt: options.alt,
      srcset: srcset(image, widths, image.fallback),
      sizes: options.sizes,
      width: largest,
      height: scaledHeight(image, largest),
      ...timing,
    },
  };
}

/** A crop as an absolute URL with its size, for og:image and JSON-LD. */
export function cropImage(
  image: Pick<EncodedImage, "digest">,
  crop: PreviewCrop,
): { url: string; width: number; height: number } {
  return { url: absoluteUrl(cropPath(image, crop)), ...PREVIEW_CROPS[crop] };
}

/** The JSON-LD crops (16:9, 4:3, 1:1), each 1200 px wide as Google Discover asks. */
export function structuredDataCrops(
  image: Pick<EncodedImage, "digest">,
): { url: string; width: number; height: number }[] {
  return (["16x9", "4x3", "1x1"] as const).map((crop) => cropImage(image, crop));
}

/** The URL a feed or preview shows for a lead image: its 1200x630 crop, or the remote image itself. */
export function previewImageUrl(image: ResolvedImage): string {
  return image.kind === "remote" ? image.url : cropImage(image, "og").url;
}
