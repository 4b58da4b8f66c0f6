import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { close, createIndex } from "pagefind";
import { SEARCH_INDEX_INBOX, type SearchDocument, type SearchIndexInbox } from "../lib/search-document.ts";
import { site } from "../site.config.ts";

/**
 * Builds the Pagefind index of `documents` into `<outDir>/pagefind/`.
 *
 * One index for every language (forced to the site's default language) rather than one per
 * language: readers filter by language on the search page, and a Spanish reader can still
 * find an English brief. The cost is English stemming for Spanish words; exact words still match.
 */
export async function buildSearchIndex(outDir: string, documents: SearchDocument[]): Promise<void> {
  const { index, errors } = await createIndex({ forceLanguage: site.defaultLanguage });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    const added = await Promise.all(documents.map(({ url, html }) => index.addHTMLFile({ url, content: html })));
    const failures = added.flatMap((response, position) =>
      response.errors.map((error) => `${documents[position]?.url ?? "?"}: ${error}`),
    );
    if (failures.length > 0) throw new Error(`Pagefind could not index ${failures.join("; ")}`);
    const written = await index.writeFiles({ outputPath: join(outDir, "pagefind") });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join("; ")}`);
  } finally {
    await close();
  }
}

type Inboxes = Record<symbol, SearchIndexInbox | undefined>;

/**
 * Astro integration: the search index of a production build. Pagefind runs in a process of
 * its own, so the index is built while Astro renders pages (one core) rather than after:
 * the brief pages hand their documents over as soon as their paths are known (see
 * `src/data/search.ts`), and the build waits for the index only at the end.
 */
export function searchIndex(): AstroIntegration {
  let outDir = "";
  let indexing: Promise<{ pages: number; seconds: number }> | undefined;
  return {
    name: "dispatch-search-index",
    hooks: {
      "astro:config:done": ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      "astro:build:start": () => {
        (globalThis as Inboxes)[SEARCH_INDEX_INBOX] = {
          submit(documents) {
            if (indexing) return;
            const started = performance.now();
            indexing = buildSearchIndex(outDir, documents).then(() => ({
              pages: documents.length,
              seconds: (performance.now() - started) / 1000,
            }));
            // Awaited in astro:build:done; until then a failure must not count as unhandled.
            indexing.catch(() => undefined);
          },
        };
      },
      "astro:build:done": async ({ logger }) => {
        (globalThis as Inboxes)[SEARCH_INDEX_INBOX] = undefined;
        if (!indexing) throw new Error("The search index got no documents: the brief pages' getStaticPaths never ran");
        const { pages, seconds } = await indexing;
        logger.info(`Pagefind indexed ${pages} briefs in ${seconds.toFixed(1)} s, beside page rendering`);
        // For `npm run bench`, which turns this line into a column (docs/bench.md).
        if (process.env["DISPATCH_BENCH_PHASES"] === "1")
          logger.info(`dispatch:phase search-index ${seconds.toFixed(3)}s`);
      },
    },
  };
}
