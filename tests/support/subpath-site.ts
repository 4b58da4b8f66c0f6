import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { resolve } from "node:path";

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
  try {
    execFileSync("npx", ["astro", "build"], {
      env: {
        ...withoutTestRunnerEnv(process.env),
        CONTENT_DIR: SUBPATH_DEPLOY.contentDir,
        SITE_URL: SUBPATH_DEPLOY.siteUrl,
        BASE_PATH: SUBPATH_DEPLOY.basePath,
        DISPATCH_OUT_DIR: outDir,
        DISPATCH_CACHE_DIR: resolve(root, "cache"),
      },
      stdio: "pipe",
      encoding: "utf8",
    });
  } catch (error) {
    const output = error as { stdout?: string; stderr?: string };
    throw new Error(`Fixture build failed:\n${output.stdout ?? ""}\n${output.stderr ?? ""}`, { cause: error });
  }
  return outDir;
}

/** The file a deployed absolute URL is served from, e.g. `…/dispatch/tag/coca/` → `<out>/tag/coca/index.html`. */
export function fileForUrl(outDir: string, url: string): string {
  const prefix = `${SUBPATH_DEPLOY.siteUrl}${SUBPATH_DEPLOY.basePath}`;
  if (!url.startsWith(prefix)) throw new Error(`${url} is not under ${prefix}`);
  const path = decodeURI(url.slice(prefix.length));
  return resolve(outDir, path.endsWith("/") || path === "" ? `${path}index.html` : path);
}

/**
 * Vitest puts its own `import.meta.env` into the environment (NODE_ENV=test, DEV=1, …).
 * Astro reads `import.meta.env` from the environment too, so a build that inherited them
 * would think it is the dev server and publish drafts. A real deploy build has none of them.
 */
function withoutTestRunnerEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const runnerKeys = new Set(["NODE_ENV", "DEV", "PROD", "MODE", "SSR", "BASE_URL", "TEST"]);
  return Object.fromEntries(
    Object.entries(env).filter(([key]) => !runnerKeys.has(key) && !key.startsWith("VITEST")),
  );
}
