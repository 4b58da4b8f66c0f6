import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { close, createIndex } from "pagefind";
import { briefUrl, sitePath } from "../lib/urls.ts";
import { site } from "../site.config.ts";

/**
 * The built brief pages, as a glob relative to the output folder (which has no base-path
 * folder in it). Only brief pages carry `data-pagefind-body`, so reading the thousands of
 * listing pages would be wasted work.
 */
export function briefPagesGlob(): string {
  const path = briefUrl({ slug: "*", lang: site.defaultLanguage }).slice(sitePath("").length);
  return `**/${path}index.html`;
}

/**
 * Builds the Pagefind index of `outDir` into `<outDir>/pagefind/`.
 *
 * One index for every language (forced to the site's default language) rather than one per
 * `<html lang>`: readers filter by language on the search page, and a Spanish reader can still
 * find an English brief. The cost is English stemming for Spanish words; exact words still match.
 */
export async function buildSearchIndex(outDir: string): Promise<number> {
  const { index, errors } = await createIndex({ forceLanguage: site.defaultLanguage });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: outDir, glob: briefPagesGlob() });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: join(outDir, "pagefind") });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join("; ")}`);
    return added.page_count;
  } finally {
    await close();
  }
}

/**
 * Astro integration: indexes the brief pages for search once they are written. Pagefind
 * runs in its own process, so the index is started as soon as the pages exist and built
 * while the other `astro:build:done` work (social cards, sitemaps) goes on in this one.
 */
export function searchIndex(): AstroIntegration {
  let indexing: Promise<{ pages: number; seconds: number }> | undefined;
  return {
    name: "dispatch-search-index",
    hooks: {
      "astro:build:generated": ({ dir }) => {
        const started = performance.now();
        indexing = buildSearchIndex(fileURLToPath(dir)).then((pages) => ({
          pages,
          seconds: (performance.now() - started) / 1000,
        }));
        // Awaited in astro:build:done; until then a failure must not count as unhandled.
        indexing.catch(() => undefined);
      },
      "astro:build:done": async ({ logger }) => {
        if (!indexing) throw new Error("The search index was never started: astro:build:generated did not run");
        const { pages, seconds } = await indexing;
        logger.info(`Pagefind indexed ${pages} brief pages in ${seconds.toFixed(1)} s`);
        // For `npm run bench`, which turns this line into a column (docs/bench.md).
        if (process.env["DISPATCH_BENCH_PHASES"] === "1")
          logger.info(`dispatch:phase search-index ${seconds.toFixed(3)}s`);
      },
    },
  };
}
