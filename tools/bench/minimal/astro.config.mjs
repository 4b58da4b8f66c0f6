// The benchmark's reference point: the least Astro can do with the same corpus.
// Default glob loader, default Markdown processor, one page per article, nothing else.
import { defineConfig } from "astro/config";

export default defineConfig({
  outDir: process.env.DISPATCH_OUT_DIR ?? "./dist",
  cacheDir: process.env.DISPATCH_CACHE_DIR ?? "./node_modules/.astro",
});
