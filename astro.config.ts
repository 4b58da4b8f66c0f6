import { defineConfig } from "astro/config";
import { dispatchIntegrations } from "./src/build/integrations.ts";
import { briefMarkdownProcessor } from "./src/markdown/pipeline.ts";
import { scriptSources, sharedDirectives, styleSources } from "./src/model/security.ts";
import { site } from "./src/site.config.ts";

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
  // In the order their hooks must run, which a check in the list enforces (src/build/integrations.ts).
  integrations: dispatchIntegrations(),
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
