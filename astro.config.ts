import { unified } from "@astrojs/markdown-remark";
import preact from "@astrojs/preact";
import { defineConfig } from "astro/config";
import { sitemapWithDetails } from "./src/integrations/sitemap-details.ts";
import { briefRehypePlugins } from "./src/markdown/pipeline.ts";
import { scriptSources, sharedDirectives, styleSources } from "./src/lib/security.ts";
import { absoluteHref, newsSitemapUrl } from "./src/lib/urls.ts";
import { site } from "./src/site.config.ts";

export default defineConfig({
  // Overridable so test and benchmark builds of other content never share caches or output.
  outDir: process.env["DISPATCH_OUT_DIR"] ?? "./dist",
  cacheDir: process.env["DISPATCH_CACHE_DIR"] ?? "./node_modules/.astro",
  site: site.url,
  base: site.basePath,
  trailingSlash: "always",
  build: { format: "directory" },
  // Two files with the same slug must stop the build, not silently replace each other.
  prerenderConflictBehavior: "error",
  integrations: [preact(), ...sitemapWithDetails({ newsSitemap: absoluteHref(newsSitemapUrl()) })],
  security: {
    // A <meta> CSP on every page: own scripts and styles, inline ones only by hash.
    // The HTTP headers (src/lib/security.ts) add what a <meta> policy cannot carry.
    csp: {
      directives: [...sharedDirectives],
      scriptDirective: { resources: scriptSources },
      styleDirective: { resources: styleSources },
    },
  },
  markdown: {
    // Briefs need no code highlighting, and Shiki's inline styles would not survive the sanitizer.
    syntaxHighlight: false,
    // Smart quotes off: briefs keep the punctuation their editors typed, as published.
    processor: unified({ rehypePlugins: briefRehypePlugins, smartypants: false }),
  },
});
