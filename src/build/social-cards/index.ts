import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { drawMissingCards, generateSocialCards, type CardJob } from "./generate.ts";
import type { ContentChannel } from "../content-channel.ts";
import { briefSocialCard, type SocialCard } from "../../model/social-card.ts";
import type { Brief } from "../../model/briefs.ts";
import { socialCardPath } from "../../model/urls.ts";
import { site } from "../../site.config.ts";

/** Briefs without an image of its own, whose link previews show a drawn card. */
function briefsWithCards(briefs: readonly Brief[]): Brief[] {
  return briefs.filter((brief) => !brief.image);
}

function cardsToDraw(briefs: readonly Brief[]): SocialCard[] {
  return briefsWithCards(briefs).map((brief) => briefSocialCard(brief, site.name));
}

/** Cards for every published brief without an image of its own, written under `outDir`. */
export function cardJobs(briefs: readonly Brief[], outDir: string): CardJob[] {
  return briefsWithCards(briefs).map((brief) => ({
    card: briefSocialCard(brief, site.name),
    file: join(outDir, socialCardPath(brief)),
  }));
}

/**
 * Astro integration: draws each brief's 1200x630 social card into the cache as soon as the
 * loader hands over the published briefs (src/build/content-channel.ts), on worker threads
 * beside Astro's bundling and page rendering (which run on one thread), and writes the
 * cards into the output folder once the pages are written (Astro may empty it before).
 */
export function socialCards(channel: ContentChannel): AstroIntegration {
  let cacheDir = "";
  let drawing: Promise<{ drawn: number; workers: number }> | undefined;
  return {
    name: "dispatch-social-cards",
    hooks: {
      "astro:config:done": ({ config }) => {
        // Beside Astro's own cache, so DISPATCH_CACHE_DIR moves (and isolates) both.
        cacheDir = join(fileURLToPath(config.cacheDir), "social-cards");
      },
      "astro:build:start": () => {
        drawing = channel.whenLoaded.then(({ briefs }) => drawMissingCards(cardsToDraw(briefs), { cacheDir }));
        // Awaited once the pages are written; a failure before then is not unhandled.
        drawing.catch(() => undefined);
      },
      "astro:build:done": async ({ dir, logger }) => {
        // Throws if the briefs never loaded, which would leave `drawing` waiting for ever.
        const { briefs } = channel.loadedBriefs("The social cards");
        const early = await drawing;
        const stats = await generateSocialCards(cardJobs(briefs, fileURLToPath(dir)), { cacheDir });
        const drawn = (early?.drawn ?? 0) + stats.rendered;
        const workers = Math.max(early?.workers ?? 0, stats.workers);
        logger.info(
          `${stats.total} social cards (${drawn} drawn beside the pages${workers ? ` by ${workers} workers` : ""}, ` +
            `the rest from the cache), written in ${Math.round(stats.milliseconds)} ms once the pages were`,
        );
      },
    },
  };
}
