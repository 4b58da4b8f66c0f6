import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { buildSiteSync } from "./site-build.ts";

/** The deployment the syndication tests build: a sub-path on another host than site.config.ts's. */
export const SUBPATH_DEPLOY = {
  siteUrl: "https://news.example.org",
  basePath: "/dispatch/",
  contentDir: "tests/fixtures/syndication",
} as const;

/**
 * Builds the syndication fixture for that deployment into `tests/.build/<name>/` (its own
 * output and cache, so parallel builds never share files) and returns the output folder.
 */
export function buildSubpathSite(name: string): string {
  const root = resolve("tests/.build", name);
  const outDir = resolve(root, "dist");
  rmSync(root, { recursive: true, force: true });
  buildSiteSync(resolve(SUBPATH_DEPLOY.contentDir), {
    outDir,
    env: { SITE_URL: SUBPATH_DEPLOY.siteUrl, BASE_PATH: SUBPATH_DEPLOY.basePath },
  });
  return outDir;
}

/** The file a deployed absolute URL is served from, e.g. `…/dispatch/tag/coca/` → `<out>/tag/coca/index.html`. */
export function fileForUrl(outDir: string, url: string): string {
  const prefix = `${SUBPATH_DEPLOY.siteUrl}${SUBPATH_DEPLOY.basePath}`;
  if (!url.startsWith(prefix)) throw new Error(`${url} is not under ${prefix}`);
  const path = decodeURI(url.slice(prefix.length));
  return resolve(outDir, path.endsWith("/") || path === "" ? `${path}index.html` : path);
}
