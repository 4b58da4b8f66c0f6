import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { encodeImages } from "./encode.ts";
import type { SourceImage } from "./resolve.ts";

/**
 * Astro integration: after the pages are written, encodes every image the published briefs
 * show into `_images/` (sizes, formats and preview crops: src/model/images.ts), reusing
 * what earlier builds encoded. `loadedImages` gives the images the loader measured
 * (src/build/content-channel.ts).
 */
export function responsiveImages(loadedImages: () => readonly SourceImage[]): AstroIntegration {
  let cacheDir = "";
  return {
    name: "dispatch-images",
    hooks: {
      "astro:config:done": ({ config }) => {
        // Beside Astro's own cache, so DISPATCH_CACHE_DIR moves (and isolates) both.
        cacheDir = join(fileURLToPath(config.cacheDir), "images");
      },
      "astro:build:done": async ({ dir, logger }) => {
        const stats = await encodeImages(loadedImages(), { outDir: fileURLToPath(dir), cacheDir });
        logger.info(
          `${stats.images} images in ${Math.round(stats.milliseconds)} ms ` +
            `(${stats.encoded} files encoded, ${stats.reused} from cache)`,
        );
      },
    },
  };
}
