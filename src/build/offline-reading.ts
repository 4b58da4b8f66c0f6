import { writeFile } from "node:fs/promises";
import type { AstroIntegration } from "astro";
import { uiLanguages } from "../i18n/index.ts";
import { serviceWorkerPlan, serviceWorkerSource, serviceWorkerUrl } from "../model/offline.ts";
import { outputPath } from "../model/urls.ts";
import { site } from "../site.config.ts";

/**
 * Astro integration: writes the service worker (`sw.js`, src/model/offline.ts) when
 * `offlineReading` is on. Each build names a new cache (`version`: the build's time), so
 * readers' caches from older builds are deleted when the new worker activates.
 */
export function offlineReading(version: string): AstroIntegration {
  return {
    name: "dispatch-offline-reading",
    hooks: {
      "astro:build:done": async ({ dir }) => {
        if (!site.offlineReading) return;
        const source = serviceWorkerSource(serviceWorkerPlan(uiLanguages, version));
        await writeFile(new URL(outputPath(serviceWorkerUrl()).replace(/^\//, ""), dir), source);
      },
    },
  };
}
