/** What a build wrote: its size, and the weight of a typical article page. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { pageWeight } from "../quality/page-weight.ts";

export interface OutputSize {
  outBytes: number;
  outFiles: number;
  /** Median gzipped HTML of the sampled article pages. */
  articleHtmlGz: number;
  /** Gzipped JavaScript and CSS the median article page loads (tools/quality/page-weight.ts). */
  articleJsGz: number;
  articleCssGz: number;
  /** Median, over sampled articles with a lead image, of the image bytes read at 390 px on a 2x screen (`imageBytesAtPhone`). */
  articleImagesPhone: number;
}

/** The image slot of an article on a 390 px phone (100vw less 2rem of margins, src/model/images.ts), in device pixels at 2x. */
const PHONE_SLOT = (390 - 32) * 2;

/**
 * Bytes of the images an article page shows, as a 390 px wide phone at 2x would load them
 * after reading to the end: for each `<picture>` of the article (lead and body, not cards),
 * the AVIF candidate a browser picks, the smallest at least as wide as the slot. An upper
 * bound: lazy body images far below the first screen load only when the reader gets there.
 */
export function imageBytesAtPhone(outDir: string, html: string): number {
  const article = /<article class="brief">([\s\S]*?)<footer class="brief__footer">/.exec(html)?.[1] ?? "";
  let bytes = 0;
  for (const [, srcset] of article.matchAll(/<source type="image\/avif" srcset="([^"]+)"/g)) {
    const candidates = srcset!
      .split(", ")
      .map((candidate) => candidate.split(" "))
      .map(([url, width]) => ({ url: url!, width: Number.parseInt(width!, 10) }));
    const chosen = candidates.find((candidate) => candidate.width >= PHONE_SLOT) ?? candidates.at(-1);
    if (chosen) bytes += statSync(join(outDir, chosen.url)).size;
  }
  return bytes;
}

function* filesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Output bytes, and the weight of article pages: at most 400 of them, evenly spread, are
 * gzipped; the median one is weighed with everything it loads. `isArticle` takes a path
 * relative to `outDir`.
 */
export function measureOutput(outDir: string, isArticle: (relativePath: string) => boolean): OutputSize {
  let outBytes = 0;
  let outFiles = 0;
  const articles: string[] = [];
  for (const path of filesUnder(outDir)) {
    outBytes += statSync(path).size;
    outFiles++;
    if (path.endsWith("index.html") && isArticle(relative(outDir, path))) articles.push(path);
  }
  articles.sort();
  const step = Math.max(1, Math.floor(articles.length / 400));
  const sample = articles.filter((_, index) => index % step === 0);
  const sizes = sample.map((path) => ({ path, gz: gzipSync(readFileSync(path), { level: 9 }).length }));
  const articleHtmlGz = median(sizes.map((size) => size.gz));
  const typical = sizes.find((size) => size.gz === articleHtmlGz);
  const weight = typical ? pageWeight(outDir, `${relative(outDir, dirname(typical.path))}/`) : { js: 0, css: 0 };
  const withImages = sample
    .map((path) => readFileSync(path, "utf8"))
    .filter((html) => html.includes('class="brief__image"'))
    .map((html) => imageBytesAtPhone(outDir, html));
  return {
    outBytes,
    outFiles,
    articleHtmlGz,
    articleJsGz: weight.js,
    articleCssGz: weight.css,
    articleImagesPhone: median(withImages),
  };
}
