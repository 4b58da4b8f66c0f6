import { createReadStream } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { encodedForDev, encodeImages, fillImageCache } from "./encode.ts";
import type { ContentChannel } from "../content-channel.ts";
import { measuredImages } from "./resolve.ts";

const CONTENT_TYPES: Record<string, string> = {
  avif: "image/avif",
  webp: "image/webp",
  jpg: "image/jpeg",
  png: "image/png",
};

/**
 * Astro integration: encodes every image the published briefs show (sizes, formats and
 * preview crops: src/model/images.ts) into the build cache from the moment the loader hands
 * over the images it measured (src/build/content-channel.ts), beside Astro's bundling and
 * page rendering, reusing what earlier builds encoded; once the pages are written, places
 * them in `_images/`, leaving alone the files already in the output folder, which `keep`
 * tells the output folder's clean-up. `astro dev` writes no files: it encodes
 * each image file when a page asks for it, into the same cache.
 */
export function responsiveImages(channel: ContentChannel, keep: (files: Iterable<string>) => void): AstroIntegration {
  let cacheDir = "";
  let encoding: Promise<{ started: number; encoded: number }> | undefined;
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
      "astro:build:start": () => {
        encoding = channel.whenLoaded.then(async () => {
          const started = performance.now();
          const encoded = await fillImageCache(channel.loadedImages("The images"), cacheDir);
          return { started, encoded };
        });
        // Awaited once the pages are written; a failure before then is not unhandled.
        encoding.catch(() => undefined);
      },
      "astro:build:done": async ({ dir, logger }) => {
        // Throws if the briefs never loaded, which would leave `encoding` waiting for ever.
        const images = channel.loadedImages("The images");
        const early = await encoding;
        const stats = await encodeImages(images, { outDir: fileURLToPath(dir), cacheDir });
        // Files a warm build found in place are left untouched; the output folder's clean-up must keep them.
        keep(stats.inPlace);
        const encoded = (early?.encoded ?? 0) + stats.encoded;
        const files = stats.encoded + stats.reused;
        // From the first encoding beside the pages to the last file placed (with nothing
        // encoded beside the pages, only the placing: the wait for the pages is not the images').
        const milliseconds = early && early.encoded > 0 ? performance.now() - early.started : stats.milliseconds;
        logger.info(
          `${stats.images} images in ${Math.round(milliseconds)} ms ` +
            `(${encoded} files encoded, ${files - encoded} reused)`,
        );
      },
    },
  };
}
