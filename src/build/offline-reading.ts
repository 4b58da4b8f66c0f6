import { createHash } from "node:crypto";
import { readdir, writeFile } from "node:fs/promises";
import type { AstroIntegration } from "astro";
import type { ContentChannel } from "./content-channel.ts";
import { uiLanguages } from "../i18n/index.ts";
import { serviceWorkerPlan, serviceWorkerSource, serviceWorkerUrl } from "../model/offline.ts";
import { outputPath } from "../model/urls.ts";
import { site } from "../site.config.ts";

/**
 * Astro integration: writes the service worker (`sw.js`, src/model/offline.ts) when
 * `offlineReading` is on. Its cache is named after what the site is made of (the hashed
 * asset files and each brief's last change), so a build that changes the site gets a new
 * cache, and readers' old ones are deleted when its worker activates, while a rebuild of
 * the same site writes the same worker byte for byte.
 */
export function offlineReading(channel: ContentChannel): AstroIntegration {
  return {
    name: "dispatch-offline-reading",
    hooks: {
      "astro:build:done": async ({ dir }) => {
        if (!site.offlineReading) return;
        const assets = (await readdir(new URL("_astro/", dir)).catch(() => [])).sort();
        const briefs = channel.loadedBriefs("The service worker").briefs.map((brief) => [brief.id, brief.modified]);
        const version = createHash("sha256")
          .update(JSON.stringify([assets, briefs]))
          .digest("hex")
          .slice(0, 12);
        const source = serviceWorkerSource(serviceWorkerPlan(uiLanguages, version));
        await writeFile(new URL(outputPath(serviceWorkerUrl()).replace(/^\//, ""), dir), source);
      },
    },
  };
}
