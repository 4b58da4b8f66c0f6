import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { generateSocialCards, type CardJob } from "./generate.ts";
import { briefSocialCard } from "../../model/social-card.ts";
import type { Brief } from "../../model/briefs.ts";
import { offBriefsLoaded, onBriefsLoaded, type LoadedBriefsListener } from "../loaded-briefs.ts";
import { socialCardPath } from "../../model/urls.ts";
import { site } from "../../site.config.ts";

/** Cards for every published brief without an image of its own, written under `outDir`. */
export function cardJobs(briefs: Brief[], outDir: string): CardJob[] {
  return briefs
    .filter((brief) => !brief.image)
    .map((brief) => ({ card: briefSocialCard(brief, site.name), file: join(outDir, socialCardPath(brief)) }));
}

/**
 * Astro integration: after the pages are written, draws each brief's 1200x630 social card.
 * The briefs come from the loader as soon as the content is loaded (src/build/loaded-briefs.ts).
 */
export function socialCards(): AstroIntegration {
  let cacheDir = "";
  let briefs: Brief[] | undefined;
  const keepBriefs: LoadedBriefsListener = (loaded) => {
    briefs = loaded.briefs;
  };
  return {
    name: "dispatch-social-cards",
    hooks: {
      "astro:config:setup": ({ command }) => {
        if (command === "build") onBriefsLoaded(keepBriefs);
      },
      "astro:config:done": ({ config }) => {
        // Beside Astro's own cache, so DISPATCH_CACHE_DIR moves (and isolates) both.
        cacheDir = join(fileURLToPath(config.cacheDir), "social-cards");
      },
      "astro:build:done": async ({ dir, logger }) => {
        offBriefsLoaded(keepBriefs);
        if (!briefs) throw new Error("Social cards got no briefs: the briefs collection never finished loading");
        const stats = await generateSocialCards(cardJobs(briefs, fileURLToPath(dir)), { cacheDir });
        logger.info(
          `${stats.total} social cards in ${Math.round(stats.milliseconds)} ms ` +
            `(${stats.rendered} drawn${stats.workers ? ` by ${stats.workers} workers` : ""}, ${stats.reused} from cache)`,
        );
      },
    },
  };
}
