import { cacheKeyer } from "../lib/cache-keys.ts";
import { currentYear } from "../lib/dates.ts";
import { site } from "../site.config.ts";

interface StaticPath {
  params: Record<string, string | undefined>;
  props?: object;
}

/**
 * Gives each path of a `getStaticPaths` a `cacheKey`, so Astro's incremental build
 * (`experimental.incrementalBuild`) copies last build's HTML instead of rendering the page
 * again when nothing it shows has changed. Astro hashes the page's code itself; the key
 * covers the data: the path's params and props, which must therefore carry everything the
 * page renders, plus what every page shows: the site's address (SITE_URL and BASE_PATH
 * change it without a code change) and the footer's copyright year.
 */
export function withCacheKeys<Path extends StaticPath>(paths: Path[]): (Path & { cacheKey: string })[] {
  const everyPage = { url: site.url, basePath: site.basePath, year: currentYear() };
  const cacheKeyOf = cacheKeyer();
  return paths.map((path) => ({ ...path, cacheKey: cacheKeyOf(everyPage, path.params, path.props) }));
}
