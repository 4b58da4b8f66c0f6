import { cp, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { close, createIndex } from "pagefind";
import { offBriefsLoaded, onBriefsLoaded, type LoadedBriefsListener } from "../lib/loaded-briefs.ts";
import { searchDocument, type SearchDocument } from "../lib/search-document.ts";
import { briefUrl, outputPath } from "../lib/urls.ts";
import { site } from "../site.config.ts";

/**
 * Documents in flight to Pagefind at once. Sending all of them at once queues every
 * document's HTML, encoded, in this process (hundreds of MB at 50,000 briefs) while Astro
 * is rendering pages in it; waiting for whole batches leaves Pagefind idle between them (it
 * made the index 60% slower), and so does too small a window while this thread is busy. So
 * a new document goes out as each one is indexed, with a few seconds of Pagefind's work
 * queued. (Writing the documents to files for Pagefind to read was no faster.)
 */
const IN_FLIGHT = 2500;

/**
 * Builds the Pagefind index of the documents into `<folder>/pagefind/`. `documentAt(i)` makes
 * the i-th of `count` documents on demand, so only those in flight are in memory.
 *
 * One index for every language (forced to the site's default language) rather than one per
 * language: readers filter by language on the search page, and a Spanish reader can still
 * find an English brief. The cost is English stemming for Spanish words; exact words still match.
 */
export async function buildSearchIndex(
  folder: string,
  count: number,
  documentAt: (position: number) => SearchDocument,
): Promise<void> {
  const { index, errors } = await createIndex({ forceLanguage: site.defaultLanguage });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    let next = 0;
    const failures: string[] = [];
    const sender = async () => {
      while (next < count) {
        const { url, html } = documentAt(next++);
        const { errors: problems } = await index.addHTMLFile({ url, content: html });
        failures.push(...problems.map((problem) => `${url}: ${problem}`));
      }
    };
    await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, count) }, sender));
    if (failures.length > 0) throw new Error(`Pagefind could not index ${failures.join("; ")}`);
    await rm(join(folder, "pagefind"), { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: join(folder, "pagefind") });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join("; ")}`);
  } finally {
    await close();
  }
}

/** Puts the staged index in place, by renaming where the two folders share a file system. */
async function moveInto(staged: string, target: string): Promise<void> {
  await rm(target, { recursive: true, force: true });
  await rename(staged, target).catch(async () => {
    await cp(staged, target, { recursive: true });
    await rm(staged, { recursive: true, force: true });
  });
}

/**
 * Astro integration: the search index of a production build. Pagefind runs in a process of
 * its own, so the index is built while Astro bundles and renders pages (on one core) rather
 * than after them: it starts as soon as the briefs are loaded (src/lib/loaded-briefs.ts).
 * The index is written to a staging folder in the cache, since Astro may empty the output
 * folder after loading content, and moved into `<outDir>/pagefind/` at the end.
 */
export function searchIndex(): AstroIntegration {
  let staging = "";
  let indexing: Promise<{ pages: number; seconds: number }> | undefined;
  let startIndexing: LoadedBriefsListener | undefined;
  return {
    name: "dispatch-search-index",
    hooks: {
      "astro:config:setup": ({ command }) => {
        if (command !== "build") return;
        startIndexing = ({ briefs, bodies }) => {
          if (indexing) return;
          const documentAt = (position: number) => {
            const brief = briefs[position]!;
            return searchDocument(brief, outputPath(briefUrl(brief)), bodies.get(brief.id) ?? "");
          };
          const started = performance.now();
          indexing = buildSearchIndex(staging, briefs.length, documentAt).then(() => ({
            pages: briefs.length,
            seconds: (performance.now() - started) / 1000,
          }));
          // Awaited in astro:build:done; until then a failure must not count as unhandled.
          indexing.catch(() => undefined);
        };
        onBriefsLoaded(startIndexing);
      },
      "astro:config:done": ({ config }) => {
        staging = join(fileURLToPath(config.cacheDir), "search-index");
      },
      "astro:build:done": async ({ dir, logger }) => {
        if (startIndexing) offBriefsLoaded(startIndexing);
        if (!indexing)
          throw new Error("The search index got no documents: the briefs collection never finished loading");
        const { pages, seconds } = await indexing;
        await moveInto(join(staging, "pagefind"), join(fileURLToPath(dir), "pagefind"));
        logger.info(`Pagefind indexed ${pages} briefs in ${seconds.toFixed(1)} s, beside the rest of the build`);
        // For `npm run bench`, which turns this line into a column (docs/bench.md).
        if (process.env["DISPATCH_BENCH_PHASES"] === "1")
          logger.info(`dispatch:phase search-index ${seconds.toFixed(3)}s`);
      },
    },
  };
}
