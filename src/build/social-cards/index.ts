import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { generateSocialCards, type CardJob } from "./generate.ts";
import { briefSocialCard } from "../../model/social-card.ts";
import type { Brief } from "../../model/briefs.ts";
import { socialCardPath } from "../../model/urls.ts";
import { site } from "../../site.config.ts";

/** Cards for every published brief without an image of its own, written under `outDir`. */
export function cardJobs(briefs: readonly Brief[], outDir: string): CardJob[] {
  return briefs
    .filter((brief) => !brief.image)
    .map((brief) => ({ card: briefSocialCard(brief, site.name), file: join(outDir, socialCardPath(brief)) }));
}

/**
 * Astro integration: after the pages are written, draws each brief's 1200x630 social card.
 * `loadedBriefs` gives the published briefs, which the loader hands over as soon as the
 * content is loaded (src/build/content-channel.ts).
 */
export function socialCards(loadedBriefs: () => readonly Brief[]): AstroIntegration {
  let cacheDir = "";
  return {
    name: "dispatch-social-cards",
    hooks: {
      "astro:config:done": ({ config }) => {
        // Beside Astro's own cache, so DISPATCH_CACHE_DIR moves (and isolates) both.
        cacheDir = join(fileURLToPath(config.cacheDir), "social-cards");
      },
      "astro:build:done": async ({ dir, logger }) => {
        const stats = await generateSocialCards(cardJobs(loadedBriefs(), fileURLToPath(dir)), { cacheDir });
        logger.info(
          `${stats.total} social cards in ${Math.round(stats.milliseconds)} ms ` +
            `(${stats.rendered} drawn${stats.workers ? ` by ${stats.workers} workers` : ""}, ${stats.reused} from cache)`,
        );
      },
    },
  };
}
