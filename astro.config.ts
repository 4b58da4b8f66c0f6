import preact from "@astrojs/preact";
import type { AstroIntegration } from "astro";
import { defineConfig } from "astro/config";
import { outputFolder } from "./src/build/output-folder.ts";
import { searchIndex } from "./src/build/search-index.ts";
import { socialCards } from "./src/build/social-cards/index.ts";
import { sitemapWithDetails } from "./src/build/sitemap-details.ts";
import { briefMarkdownProcessor } from "./src/markdown/pipeline.ts";
import { scriptSources, sharedDirectives, styleSources } from "./src/model/security.ts";
import { absoluteUrl, newsSitemapUrl } from "./src/model/urls.ts";
import { site } from "./src/site.config.ts";

/**
 * Drafts show in `astro dev` and nowhere else. Decided by the command, not by NODE_ENV:
 * Vite treats any NODE_ENV but "production" as development, so a build run from a shell
 * or test runner with NODE_ENV=test would otherwise publish drafts.
 */
function draftsInDevOnly(): AstroIntegration {
  return {
    name: "dispatch:drafts",
    hooks: {
      "astro:config:setup": ({ command, updateConfig }) => {
        updateConfig({
          vite: { define: { "import.meta.env.DISPATCH_SHOW_DRAFTS": JSON.stringify(command === "dev") } },
        });
      },
    },
  };
}

const output = outputFolder();

export default defineConfig({
  // Overridable so test and benchmark builds of other content never share caches or output.
  outDir: process.env["DISPATCH_OUT_DIR"] ?? "./dist",
  cacheDir: process.env["DISPATCH_CACHE_DIR"] ?? "./node_modules/.astro",
  site: site.url,
  base: site.basePath,
  trailingSlash: "always",
  build: {
    format: "directory",
    // Writing a page (and its incremental-build copy) waits on the disk; rendering the next
    // pages meanwhile keeps the one rendering thread busy (a cold 10,000-brief build spent
    // a third of its page phase idle with one page at a time).
    concurrency: 8,
  },
  // Two files with the same slug must stop the build, not silently replace each other.
  prerenderConflictBehavior: "error",
  experimental: {
    // Rebuilds copy last build's HTML for every page whose data (its `cacheKey`, src/content/page-cache.ts)
    // and code are unchanged; `npm run build -- --force` renders everything again.
    incrementalBuild: true,
  },
  integrations: [
    preact(),
    draftsInDevOnly(),
    socialCards(),
    ...sitemapWithDetails({ newsSitemap: absoluteUrl(newsSitemapUrl()) }),
    // After the cards and sitemaps: clears out what the build did not write. This and their
    // astro:build:done work run while Pagefind (started with the build, in its own process)
    // finishes the search index, which is then moved into place.
    output.inPlace,
    searchIndex(),
    // Last: records that the output folder is complete.
    output.completion,
  ],
  security: {
    // A <meta> CSP on every page: own scripts and styles, inline ones only by hash.
    // The HTTP headers (src/model/security.ts) add what a <meta> policy cannot carry.
    csp: {
      directives: [...sharedDirectives],
      scriptDirective: { resources: scriptSources },
      styleDirective: { resources: styleSources },
    },
  },
  markdown: {
    // Briefs need no code highlighting, and Shiki's inline styles would not survive the sanitizer.
    syntaxHighlight: false,
    // The brief pipeline (no smart quotes: briefs keep the punctuation their editors typed).
    processor: briefMarkdownProcessor,
  },
});
