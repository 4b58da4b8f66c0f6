import { glob } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { generateSocialCards, type CardJob } from "./generate.ts";
import { briefSocialCard } from "../../lib/brief-card.ts";
import { publishedBriefs, type Brief, type BriefEntry } from "../../lib/briefs.ts";
import { fileSlug } from "../../lib/slugs.ts";
import { socialCardPath } from "../../lib/urls.ts";
import { readFrontMatter } from "../../loaders/strict-glob.ts";
import { briefSchema } from "../../schemas/brief.ts";
import { site } from "../../site.config.ts";

/**
 * The briefs a production build publishes, read straight from their front matter. The
 * content layer has already validated these files by the time `astro:build:done` runs;
 * the card needs no body, so none is rendered.
 */
export async function briefsForCards(contentDir: string): Promise<Brief[]> {
  const base = resolve(contentDir, "briefs");
  const entries: BriefEntry[] = [];
  for await (const path of glob("**/*.{md,markdown}", { cwd: base })) {
    const filePath = join(base, path);
    const data = briefSchema.parse(await readFrontMatter(filePath, relative(process.cwd(), filePath)));
    entries.push({ id: fileSlug(path), filePath, data });
  }
  return publishedBriefs(entries, { defaultAuthor: site.defaultAuthor, includeDrafts: false });
}

/** Cards for every published brief without an image of its own, written under `outDir`. */
export function cardJobs(briefs: Brief[], outDir: string): CardJob[] {
  return briefs
    .filter((brief) => !brief.image)
    .map((brief) => ({ card: briefSocialCard(brief, site.name), file: join(outDir, socialCardPath(brief)) }));
}

/** Astro integration: after the pages are written, draws each brief's 1200x630 social card. */
export function socialCards(): AstroIntegration {
  let cacheDir = "";
  return {
    name: "dispatch-social-cards",
    hooks: {
      "astro:config:done": ({ config }) => {
        // Beside Astro's own cache, so DISPATCH_CACHE_DIR moves (and isolates) both.
        cacheDir = join(fileURLToPath(config.cacheDir), "social-cards");
      },
      "astro:build:done": async ({ dir, logger }) => {
        const briefs = await briefsForCards(process.env["CONTENT_DIR"] ?? "content");
        const stats = await generateSocialCards(cardJobs(briefs, fileURLToPath(dir)), { cacheDir });
        logger.info(
          `${stats.total} social cards in ${Math.round(stats.milliseconds)} ms ` +
            `(${stats.rendered} drawn${stats.workers ? ` by ${stats.workers} workers` : ""}, ${stats.reused} from cache)`,
        );
      },
    },
  };
}
