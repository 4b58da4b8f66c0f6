import { existsSync, readFileSync } from "node:fs";
import { mkdir, readdir, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

/** Left alone like Astro leaves it: a deploy checkout of the output folder. */
const UNTOUCHED = ".git";

function isUntouched(dir: string, path: string): boolean {
  return relative(dir, path).split(sep).includes(UNTOUCHED);
}

/** Files or folders (`directories`) below `dir`, outside the untouched checkout. */
async function pathsBelow(dir: string, directories: boolean): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => (directories ? entry.isDirectory() : entry.isFile()))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !isUntouched(dir, path));
}

/** For a file or folder deleted meanwhile (the search index clears out its old files): `value` instead of the error. */
function ifGone<T>(value: T): (error: unknown) => T {
  return (error) => {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return value;
    throw error;
  };
}

/**
 * Every file in `dir` that the build neither wrote nor kept: modified before `since` and
 * not in `kept` (the pages Astro reused in place).
 */
export async function staleFiles(dir: string, since: number, kept: ReadonlySet<string>): Promise<string[]> {
  const candidates = (await pathsBelow(dir, false)).filter((file) => !kept.has(file));
  // A file deleted meanwhile is no longer stale.
  const modified = await Promise.all(
    candidates.map((file) => stat(file).then((stats) => stats.mtimeMs, ifGone(Infinity))),
  );
  return candidates.filter((_, position) => modified[position]! < since);
}

/** Empty folders left behind once stale files are gone, deepest first. */
async function removeEmptyFolders(dir: string): Promise<void> {
  const folders = (await pathsBelow(dir, true)).sort((a, b) => b.length - a.length);
  for (const folder of folders) {
    const left = await readdir(folder).catch(ifGone(undefined));
    if (left?.length === 0) await rm(folder, { recursive: true, force: true });
  }
}

/** Where a build records that it completed, and for which output folder. */
function completionRecord(cacheDir: URL): string {
  return join(fileURLToPath(cacheDir), "output-complete.json");
}

/**
 * Astro integrations: rebuilds update the output folder in place instead of emptying it.
 *
 * Astro empties `dist/` before every build, and its incremental build then copies each
 * unchanged page back from its cache: at 10,000 briefs that is seconds of deleting and
 * copying for pages that end up byte for byte the same. Here the folder is kept, so Astro
 * leaves unchanged pages where they are, and at the end everything the build did not write
 * or keep (a deleted brief's page, an old asset) is removed, so the folder holds what a
 * clean build would write. After a build that stopped half-way (no completion record) or
 * with `--force`, Astro empties the folder as usual.
 *
 * Two parts, for two places in the integration list: `inPlace` clears out the stale files
 * once the pages, cards and sitemaps are written, while the search index may still be
 * finishing in Pagefind's process (the index manages its own folder), and `completion`,
 * last, records that the build completed.
 */
export function outputFolder(): {
  inPlace: AstroIntegration;
  completion: AstroIntegration;
  /** Marks files (absolute paths) a build step left in place as this build's output, without touching them. */
  keep: (files: Iterable<string>) => void;
} {
  const keptBySteps = new Set<string>();
  let building = false;
  let outDir = "";
  let record = "";
  let started = 0;
  const inPlace: AstroIntegration = {
    name: "dispatch-output-folder",
    hooks: {
      "astro:config:setup": ({ command, config, updateConfig }) => {
        building = command === "build";
        if (!building) return;
        const target = fileURLToPath(config.outDir);
        const completion = completionRecord(config.cacheDir);
        const completed = existsSync(completion) && readFileSync(completion, "utf8") === JSON.stringify(target);
        const keep = completed && !process.argv.includes("--force");
        updateConfig({ vite: { build: { emptyOutDir: !keep } } });
      },
      // Before content loading, which already writes output (the search index starts then).
      "astro:config:done": async ({ config }) => {
        if (!building) return;
        outDir = fileURLToPath(config.outDir);
        record = completionRecord(config.cacheDir);
        // Until this build completes, its half-written output must not be trusted.
        await rm(record, { force: true });
        // The start time as the file system's clock has it (coarser than Date.now(), and
        // what every file's modification time is compared with).
        const startMark = join(fileURLToPath(config.cacheDir), "output-started");
        await mkdir(dirname(startMark), { recursive: true });
        await writeFile(startMark, "");
        started = (await stat(startMark)).mtimeMs;
      },
      "astro:build:done": async ({ assets, logger }) => {
        const kept = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        for (const file of keptBySteps) kept.add(file);
        const stale = await staleFiles(outDir, started, kept);
        await Promise.all(stale.map((file) => rm(file, { force: true })));
        if (stale.length > 0) {
          await removeEmptyFolders(outDir);
          logger.info(`Removed ${stale.length} file(s) a clean build would not write`);
        }
      },
    },
  };
  const completion: AstroIntegration = {
    name: "dispatch-output-complete",
    hooks: {
      "astro:build:done": async () => {
        await writeFile(record, JSON.stringify(outDir));
      },
    },
  };
  return {
    inPlace,
    completion,
    keep: (files) => {
      for (const file of files) keptBySteps.add(file);
    },
  };
}
