import { writeFile } from "node:fs/promises";
import type { AstroIntegration } from "astro";
import type { ContentChannel } from "./content-channel.ts";
import { aliasRedirects, redirectsFile } from "../model/redirects.ts";
import { headersFile } from "../model/security.ts";
import { site } from "../site.config.ts";

/**
 * Astro integration: files for the host rather than for readers, written at the top of the
 * output folder once the pages exist: `_redirects` (each brief's old URLs) and `_headers`
 * (security headers and caching), as Netlify and Cloudflare Pages read them.
 */
export function hostFiles(channel: ContentChannel): AstroIntegration {
  return {
    name: "dispatch-host-files",
    hooks: {
      "astro:build:done": async ({ dir }) => {
        const { briefs } = channel.loadedBriefs("The host files");
        await Promise.all([
          writeFile(new URL("_redirects", dir), redirectsFile(aliasRedirects(briefs))),
          writeFile(new URL("_headers", dir), headersFile(site.basePath)),
        ]);
      },
    },
  };
}
