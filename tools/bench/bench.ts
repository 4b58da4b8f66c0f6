/**
 * Build benchmark: `npm run bench [-- --sizes 1000,10000 --seed 1 --no-doc]` (docs/bench.md).
 *
 * For each size it generates a synthetic corpus (corpus.ts), then builds
 *   - the minimal Astro reference site (tools/bench/minimal/) cold and warm,
 *   - Dispatch first (no caches at all: cards drawn, everything indexed), cold (caches removed
 *     but for social cards) and warm (caches kept, one brief edited),
 * runs the bench scripts (social cards, related content) once over the same size, and prints
 * one table (report.ts): wall and CPU seconds, peak RSS, pages, output bytes, phase timings
 * (log-phases.ts) and the article page's weight (output-size.ts), each also as a ratio to the
 * minimal site's cold build. The table goes into docs/bench.md between the `bench:results` markers.
 *
 * Adding a column: a phase of Astro's log is an entry of `LOG_PHASES` (log-phases.ts); a
 * measurement of its own is a script in `SCRIPT_PHASES` below that prints `phaseLine(name, s)`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, rmSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { corpusFor, editOneBrief } from "./corpus.ts";
import { buildPhases, pagesBuilt, peakPhase, scriptPhases } from "./log-phases.ts";
import { measureOutput } from "./output-size.ts";
import { machine, runSection, updateDoc, type BuildResult, type BuildRun } from "./report.ts";
import { runBuild } from "./run-build.ts";
import { searchPayload } from "./search-payload.ts";

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** A measurement made by its own script over the size being benchmarked; its columns fill Dispatch's cold row. */
interface ScriptPhase {
  script: string;
  args: (corpusDir: string, briefs: number) => string[];
}

/** A word in most of the synthetic corpus's bodies (generate-corpus.ts), so a search loads full-sized chunks. */
const SEARCH_QUERY = "vinnislo";

const SCRIPT_PHASES: ScriptPhase[] = [
  // Related-content scoring over a synthetic archive of the same size (columns: related).
  { script: "tools/bench/bench-related.ts", args: (_corpus, briefs) => [String(briefs)] },
  // Social cards drawn into an empty cache, then from the full one (columns: cards-cold, cards-warm).
  { script: "tools/bench/bench-cards.ts", args: (_corpus, briefs) => [String(briefs)] },
];

interface Options {
  sizes: number[];
  seed: number;
  work: string;
  doc: string | undefined;
  minimal: boolean;
  /** Build Dispatch with no caches at all before the cold build (off with --no-first). */
  first: boolean;
  warm: boolean;
  /** Run SCRIPT_PHASES (off with --no-scripts: the card benchmark alone takes minutes). */
  scripts: boolean;
  keep: boolean;
  /** Lead images in the corpus (off with --no-images: a text-only corpus, for the smoke test). */
  images: boolean;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: "string", default: "1000,10000" },
      seed: { type: "string", default: "1" },
      work: { type: "string", default: join(projectRoot, "node_modules", ".cache", "dispatch-bench") },
      doc: { type: "string", default: "docs/bench.md" },
      "no-doc": { type: "boolean", default: false },
      "no-minimal": { type: "boolean", default: false },
      "no-first": { type: "boolean", default: false },
      "no-warm": { type: "boolean", default: false },
      "no-scripts": { type: "boolean", default: false },
      "no-images": { type: "boolean", default: false },
      keep: { type: "boolean", default: false },
    },
  });
  const sizes = values.sizes.split(",").map((size) => Number(size.trim().replace(/_/g, "")));
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error(`--sizes: ${values.sizes}`);
  return {
    sizes,
    seed: Number(values.seed),
    work: resolve(values.work),
    doc: values["no-doc"] ? undefined : resolve(projectRoot, values.doc),
    minimal: !values["no-minimal"],
    first: !values["no-first"],
    warm: !values["no-warm"],
    scripts: !values["no-scripts"],
    keep: values.keep,
    images: !values["no-images"],
  };
}

function log(message: string) {
  process.stderr.write(`[bench] ${message}\n`);
}

const SITES = {
  minimal: {
    root: join(projectRoot, "tools", "bench", "minimal"),
    isArticle: (path: string) => path.startsWith("articles/"),
  },
  dispatch: {
    root: projectRoot,
    isArticle: (path: string) => /^(?:es\/)?news\/brief\/(?!\d+\/)[^/]+\/index\.html$/.test(path),
  },
} as const;

/**
 * A cold build starts without the content store or Vite's caches, but keeps the social-card
 * cache: the target is a cold build "with social cards cached", and cold card drawing
 * is measured on its own (the cards-cold column). The first run over a new corpus has no cards
 * yet, so its cold build includes drawing them.
 */
function clearCachesExceptCards(cacheDir: string): void {
  if (!existsSync(cacheDir)) return;
  for (const entry of readdirSync(cacheDir)) {
    if (entry !== "social-cards") rmSync(join(cacheDir, entry), { recursive: true, force: true });
  }
}

async function build(
  site: keyof typeof SITES,
  run: BuildRun,
  corpus: string,
  briefs: number,
  dirs: { out: string; cache: string },
): Promise<BuildResult> {
  if (run === "cold") clearCachesExceptCards(dirs.cache);
  if (run === "first") {
    for (const dir of [dirs.cache, dirs.out]) rmSync(dir, { recursive: true, force: true });
  }
  const env = {
    ...process.env,
    CONTENT_DIR: corpus,
    DISPATCH_OUT_DIR: dirs.out,
    DISPATCH_CACHE_DIR: dirs.cache,
    ASTRO_TELEMETRY_DISABLED: "1",
    NO_COLOR: "1",
    FORCE_COLOR: "0",
  };
  log(`${site} ${run}, ${briefs} briefs…`);
  const measured = await runBuild(projectRoot, SITES[site].root, env);
  const result: BuildResult = {
    site,
    run,
    briefs,
    pages: pagesBuilt(measured.lines),
    wall: measured.wall,
    cpu: measured.cpu,
    rssBytes: measured.rssBytes,
    rssMethod: measured.rssMethod,
    rssPeakPhase: peakPhase(measured.lines, measured.timeline),
    phases: buildPhases(measured.lines),
    ...measureOutput(dirs.out, SITES[site].isArticle),
  };
  log(`${site} ${run}: ${result.wall.toFixed(1)} s wall, ${(result.rssBytes / 2 ** 30).toFixed(2)} GiB peak RSS`);
  return result;
}

/** The columns of every bench script, run once for this size; a script that fails is logged and skipped. */
function runScriptPhases(corpus: string, briefs: number): Map<string, number> {
  const phases = new Map<string, number>();
  for (const phase of SCRIPT_PHASES) {
    log(`script ${phase.script}`);
    const result = spawnSync(process.execPath, [join(projectRoot, phase.script), ...phase.args(corpus, briefs)], {
      cwd: projectRoot,
      encoding: "utf8",
      maxBuffer: 64 * 2 ** 20,
    });
    if (result.status !== 0) {
      log(`${phase.script} failed (exit ${result.status}): ${result.stderr.slice(-2000)}`);
      continue;
    }
    const found = scriptPhases(result.stdout);
    if (found.size === 0) log(`${phase.script} printed no "bench:phase <name> <seconds>s" line`);
    for (const [name, seconds] of found) phases.set(name, seconds);
  }
  return phases;
}

export async function main(argv = process.argv.slice(2)) {
  const options = parseOptions(argv);
  const results: BuildResult[] = [];
  for (const size of options.sizes) {
    const corpus = await corpusFor(options.work, size, options.seed, log, options.images);
    const dirsOf = (site: string) => ({
      out: join(options.work, `${site}-${size}`, "dist"),
      cache: join(options.work, `${site}-${size}`, "cache"),
    });
    if (options.minimal) results.push(await build("minimal", "cold", corpus, size, dirsOf("minimal")));
    if (options.first) results.push(await build("dispatch", "first", corpus, size, dirsOf("dispatch")));
    const dispatchCold = await build("dispatch", "cold", corpus, size, dirsOf("dispatch"));
    results.push(dispatchCold);
    dispatchCold.search = await searchPayload(dirsOf("dispatch").out, SEARCH_QUERY).catch((error: unknown) => {
      log(`search payload not measured: ${String(error)}`);
      return undefined;
    });
    if (options.warm) {
      const restore = editOneBrief(corpus);
      try {
        if (options.minimal) results.push(await build("minimal", "warm", corpus, size, dirsOf("minimal")));
        results.push(await build("dispatch", "warm", corpus, size, dirsOf("dispatch")));
      } finally {
        restore();
      }
    }
    if (options.scripts) {
      for (const [name, seconds] of runScriptPhases(corpus, size)) dispatchCold.phases.set(name, seconds);
    }
    if (!options.keep) {
      for (const site of ["minimal", "dispatch"]) rmSync(dirsOf(site).out, { recursive: true, force: true });
    }
  }
  const section = runSection(results, options.seed, machine(projectRoot), new Date().toISOString().slice(0, 10));
  process.stdout.write(`\n${section}\n`);
  if (options.doc) {
    await updateDoc(options.doc, section);
    log(`wrote ${relative(projectRoot, options.doc)}`);
  }
  return results;
}

if (import.meta.main) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
