/** What a build wrote: its size, and the weight of a typical article page. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { pageWeight } from "../quality/page-weight.ts";

export interface OutputSize {
  outBytes: number;
  /** Median gzipped HTML of the sampled article pages. */
  articleHtmlGz: number;
  /** Gzipped JavaScript and CSS the median article page loads (tools/quality/page-weight.ts). */
  articleJsGz: number;
  articleCssGz: number;
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
  const articles: string[] = [];
  for (const path of filesUnder(outDir)) {
    outBytes += statSync(path).size;
    if (path.endsWith("index.html") && isArticle(relative(outDir, path))) articles.push(path);
  }
  articles.sort();
  const step = Math.max(1, Math.floor(articles.length / 400));
  const sample = articles.filter((_, index) => index % step === 0);
  const sizes = sample.map((path) => ({ path, gz: gzipSync(readFileSync(path), { level: 9 }).length }));
  const articleHtmlGz = median(sizes.map((size) => size.gz));
  const typical = sizes.find((size) => size.gz === articleHtmlGz);
  const weight = typical ? pageWeight(outDir, `${relative(outDir, dirname(typical.path))}/`) : { js: 0, css: 0 };
  return { outBytes, articleHtmlGz, articleJsGz: weight.js, articleCssGz: weight.css };
}
