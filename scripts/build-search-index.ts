/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` after `astro build`
 * (`npm run build` runs both). The output folder follows DISPATCH_OUT_DIR like astro.config.ts.
 *
 * One index for every language (forced to the site's default language) rather than one per
 * `<html lang>`: readers filter by language on the search page, and a Spanish reader can still
 * find an English brief. The cost is English stemming for Spanish words; exact words still match.
 */
import { resolve } from "node:path";
import { close, createIndex } from "pagefind";
import { site } from "../src/site.config.ts";

const outDir = resolve(process.env["DISPATCH_OUT_DIR"] ?? "dist");
const { index, errors } = await createIndex({ forceLanguage: site.defaultLanguage });
if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
const added = await index.addDirectory({ path: outDir });
if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join("; ")}`);
const written = await index.writeFiles({ outputPath: resolve(outDir, "pagefind") });
if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join("; ")}`);
console.log(`Pagefind: indexed ${added.page_count} pages into ${resolve(outDir, "pagefind")}`);
await close();
