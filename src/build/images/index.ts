import { createReadStream } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { encodedForDev, encodeImages } from "./encode.ts";
import { measuredImages, type SourceImage } from "./resolve.ts";

const CONTENT_TYPES: Record<string, string> = {
  avif: "image/avif",
  webp: "image/webp",
  jpg: "image/jpeg",
  png: "image/png",
};

/**
 * Astro integration: after the pages are written, encodes every image the published briefs
 * show into `_images/` (sizes, formats and preview crops: src/model/images.ts), reusing
 * what earlier builds encoded and leaving alone the files already in the output folder,
 * which `keep` tells the output folder's clean-up. `loadedImages` gives the images the
 * loader measured (src/build/content-channel.ts). `astro dev` writes no files: it encodes
 * each image file when a page asks for it, into the same cache.
 */
export function responsiveImages(
  loadedImages: () => readonly SourceImage[],
  keep: (files: Iterable<string>) => void,
): AstroIntegration {
  let cacheDir = "";
  return {
    name: "dispatch-images",
    hooks: {
      "astro:config:done": ({ config }) => {
        // Beside Astro's own cache, so DISPATCH_CACHE_DIR moves (and isolates) both.
        cacheDir = join(fileURLToPath(config.cacheDir), "images");
      },
      "astro:server:setup": ({ server, logger }) => {
        server.middlewares.use((request, response, next) => {
          const path = /(_images\/[\w-]+\.(\w+))$/.exec(new URL(request.url ?? "/", "http://dev").pathname);
          if (!path) {
            next();
            return;
          }
          encodedForDev(path[1]!, measuredImages, cacheDir).then(
            (file) => {
              if (!file) {
                next();
                return;
              }
              response.setHeader("Content-Type", CONTENT_TYPES[path[2]!] ?? "application/octet-stream");
              createReadStream(file).pipe(response);
            },
            (error: unknown) => {
              logger.error(`Could not encode ${path[1]!}: ${error instanceof Error ? error.message : String(error)}`);
              next();
            },
          );
        });
      },
      "astro:build:done": async ({ dir, logger }) => {
        const stats = await encodeImages(loadedImages(), { outDir: fileURLToPath(dir), cacheDir });
        // Files a warm build found in place are left untouched; the output folder's clean-up must keep them.
        keep(stats.inPlace);
        logger.info(
          `${stats.images} images in ${Math.round(stats.milliseconds)} ms ` +
            `(${stats.encoded} files encoded, ${stats.reused} reused)`,
        );
      },
    },
  };
}
