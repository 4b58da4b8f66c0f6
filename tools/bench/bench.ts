/**
 * Build benchmark: `npm run bench [-- --sizes 1000,10000 --seed 1 --no-doc]`.
 *
 * For each size it generates a synthetic corpus (tools/bench/generate-corpus.ts), then builds
 *   - the minimal Astro reference site (tools/bench/minimal/) cold and warm,
 *   - Dispatch cold (caches removed but for social cards) and warm (caches kept, one brief edited),
 * and prints one table: wall and CPU seconds, peak RSS of the largest process, pages,
 * output bytes, phase timings and per-page bytes, each also as a ratio to minimal cold.
 * The table goes into docs/bench.md between the `bench:results` markers.
 *
 * Adding a phase (see docs/bench.md, "Adding a phase"):
 *   - from the build log: any line containing `dispatch:phase <name> <seconds>s` (e.g. logged
 *     by an integration) becomes a column; or add a { name, from, to } entry to LOG_PHASES;
 *   - from a script: add an entry to SCRIPT_PHASES; it runs once per size with the corpus
 *     folder and the number of briefs, and must print `dispatch:phase <name> <seconds>s` lines.
 */
import { spawn, spawnSync } from "node:child_process";
import * as prettier from "prettier";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { GENERATOR_VERSION, MANIFEST, writeCorpus } from "./generate-corpus.ts";

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const astroBin = join(projectRoot, "node_modules", "astro", "bin", "astro.mjs");

/** A phase read from Astro's log: the time between the first line matching `from` and the next matching `to`. */
interface LogPhase {
  name: string;
  from: RegExp;
  to: RegExp;
  /** Look for `from` only after the first line matching this. */
  after?: RegExp;
}

const LOG_PHASES: LogPhase[] = [
  { name: "startup", from: /^__spawn__$/, to: /\[content\] Syncing content|\[build\] output:/ },
  { name: "content sync", from: /\[content\] Syncing content/, to: /\[content\] Synced content/ },
  { name: "prepare", from: /\[content\] Synced content/, to: /\[build\] Building static entrypoints/ },
  { name: "bundle", from: /\[build\] Building static entrypoints/, to: /generating static routes/ },
  { name: "pages", from: /generating static routes/, to: /✓ Completed in/ },
  { name: "finish", after: /generating static routes/, from: /✓ Completed in/, to: /\[build\] Complete!/ },
];

/** Phases measured by a separate script over the corpus (added by other features). */
interface ScriptPhase {
  name: string;
  /** Script path relative to the project; skipped (column shows "–") while it does not exist. */
  script: string;
  args: (corpusDir: string, briefs: number) => string[];
}

// Related content is timed inside the build itself (`timedPhase` in src/content/briefs.ts).
const SCRIPT_PHASES: ScriptPhase[] = [
  { name: "cards", script: "tools/bench/bench-cards.ts", args: (_corpus, briefs) => [String(briefs)] },
];

const PHASE_LINE = /dispatch:phase\s+(\S+)\s+([\d.]+)\s*(ms|s)\b/g;

interface BuildResult {
  site: "minimal" | "dispatch";
  run: "cold" | "warm";
  briefs: number;
  pages: number;
  wall: number;
  cpu: number;
  rssBytes: number;
  rssMethod: string;
  /** Phase during which the sampled RSS of the build peaked. */
  rssPeakPhase: string;
  outBytes: number;
  phases: Map<string, number>;
  articleHtmlGz: number;
  articleJsGz: number;
  articleCssGz: number;
}

interface Options {
  sizes: number[];
  seed: number;
  work: string;
  doc: string | undefined;
  minimal: boolean;
  warm: boolean;
  /** Run SCRIPT_PHASES (off with --no-scripts: the card benchmark alone takes minutes). */
  scripts: boolean;
  keep: boolean;
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
      "no-warm": { type: "boolean", default: false },
      "no-scripts": { type: "boolean", default: false },
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
    warm: !values["no-warm"],
    scripts: !values["no-scripts"],
    keep: values.keep,
  };
}

/** Reuses a corpus already generated with the same seed and count. */
function corpusFor(work: string, count: number, seed: number): string {
  const dir = join(work, `corpus-${count}-seed${seed}`);
  try {
    const manifest = JSON.parse(readFileSync(join(dir, MANIFEST), "utf8")) as {
      count: number;
      seed: number;
      version: number;
    };
    if (manifest.count === count && manifest.seed === seed && manifest.version === GENERATOR_VERSION) return dir;
  } catch {
    // absent or unreadable: generate it
  }
  const started = performance.now();
  writeCorpus(dir, { count, seed });
  log(`generated ${count} briefs in ${((performance.now() - started) / 1000).toFixed(1)} s → ${dir}`);
  return dir;
}

function log(message: string) {
  process.stderr.write(`[bench] ${message}\n`);
}

/** All descendants of a process, read from /proc (Linux). */
function descendants(pid: number): number[] {
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const parent = queue.shift()!;
    found.push(parent);
    try {
      for (const task of readdirSync(`/proc/${parent}/task`)) {
        const children = readFileSync(`/proc/${parent}/task/${task}/children`, "utf8").trim();
        if (children) queue.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // the process ended between reads
    }
  }
  return found;
}

/**
 * Runs one `astro build`. Wall time, CPU time and peak RSS come from GNU time when
 * /usr/bin/time exists (exact, includes every child); otherwise /proc is sampled every
 * 100 ms (peak from VmHWM, CPU from utime+stime, slightly low for short-lived children);
 * DISPATCH_BENCH_PROC_SAMPLING=1 forces the sampling.
 */
async function runBuild(
  root: string,
  env: NodeJS.ProcessEnv,
): Promise<{
  wall: number;
  cpu: number;
  rssBytes: number;
  rssMethod: string;
  lines: { at: number; text: string }[];
  timeline: { at: number; rss: number }[];
}> {
  const useGnuTime = existsSync("/usr/bin/time") && process.env["DISPATCH_BENCH_PROC_SAMPLING"] !== "1";
  const timeFile = join(tmpdir(), `dispatch-bench-time-${process.pid}-${Date.now()}.txt`);
  const command = useGnuTime ? "/usr/bin/time" : process.execPath;
  const args = [...(useGnuTime ? ["-v", "-o", timeFile, process.execPath] : []), astroBin, "build", "--root", root];
  const started = performance.now();
  const lines: { at: number; text: string }[] = [{ at: 0, text: "__spawn__" }];
  const child = spawn(command, args, { cwd: projectRoot, env, stdio: ["ignore", "pipe", "pipe"] });
  const sampled = new Map<number, { hwm: number; cpu: number }>();
  const ticks = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;
  const sample = () => {
    if (!child.pid) return;
    for (const pid of descendants(child.pid)) {
      try {
        const status = readFileSync(`/proc/${pid}/status`, "utf8");
        const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        const cpu = (Number(fields[11]) + Number(fields[12])) / ticks;
        sampled.set(pid, { hwm, cpu });
      } catch {
        // ended between reads
      }
    }
  };
  // Also a timeline of the tree's total RSS, to tell in which phase memory peaks.
  const timeline: { at: number; rss: number }[] = [];
  const timer = setInterval(() => {
    if (!useGnuTime) sample();
    if (!child.pid) return;
    let rss = 0;
    for (const pid of descendants(child.pid)) {
      try {
        rss += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * 1024;
      } catch {
        // ended between reads
      }
    }
    timeline.push({ at: (performance.now() - started) / 1000, rss });
  }, 200);
  let output = "";
  const collect = (chunk: Buffer) => {
    const at = (performance.now() - started) / 1000;
    output += chunk.toString("utf8");
    const parts = output.split("\n");
    output = parts.pop() ?? "";
    for (const text of parts) lines.push({ at, text: stripAnsi(text) });
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  const code = await new Promise<number | null>((done) => child.on("close", done));
  clearInterval(timer);
  const wall = (performance.now() - started) / 1000;
  if (output) lines.push({ at: wall, text: stripAnsi(output) });
  if (code !== 0) {
    const tail = lines
      .slice(-40)
      .map((line) => line.text)
      .join("\n");
    throw new Error(`astro build --root ${relative(projectRoot, root) || "."} failed (exit ${code}):\n${tail}`);
  }
  if (useGnuTime) {
    const report = readFileSync(timeFile, "utf8");
    rmSync(timeFile, { force: true });
    const number = (label: string) => Number(new RegExp(`${label}:\\s*([\\d.]+)`).exec(report)?.[1] ?? NaN);
    return {
      wall,
      cpu: number("User time \\(seconds\\)") + number("System time \\(seconds\\)"),
      rssBytes: number("Maximum resident set size \\(kbytes\\)") * 1024,
      rssMethod: "GNU time",
      lines,
      timeline,
    };
  }
  const values = [...sampled.values()];
  return {
    wall,
    cpu: values.reduce((sum, value) => sum + value.cpu, 0),
    rssBytes: Math.max(0, ...values.map((value) => value.hwm)),
    rssMethod: "/proc sampling",
    lines,
    timeline,
  };
}

// eslint-disable-next-line no-control-regex -- ANSI colour codes start with the ESC control character.
const stripAnsi = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, "");

/** The log phase in progress when the sampled RSS was highest. */
function peakPhase(lines: { at: number; text: string }[], timeline: { at: number; rss: number }[]): string {
  const peak = timeline.reduce((best, sample) => (sample.rss > best.rss ? sample : best), { at: 0, rss: -1 });
  if (peak.rss < 0) return "–";
  for (const [name, span] of phaseSpans(lines)) if (peak.at >= span.from && peak.at <= span.to) return name;
  return "other";
}

function phaseSpans(lines: { at: number; text: string }[]): Map<string, { from: number; to: number }> {
  const spans = new Map<string, { from: number; to: number }>();
  for (const phase of LOG_PHASES) {
    const after = phase.after ? lines.findIndex((line) => phase.after!.test(line.text)) : 0;
    if (after === -1) continue;
    const start = lines.findIndex((line, index) => index >= after && phase.from.test(line.text));
    if (start === -1) continue;
    const end = lines.findIndex((line, index) => index > start && phase.to.test(line.text));
    if (end === -1) continue;
    spans.set(phase.name, { from: lines[start]!.at, to: lines[end]!.at });
  }
  return spans;
}

function phasesFrom(lines: { at: number; text: string }[]): Map<string, number> {
  const phases = new Map([...phaseSpans(lines)].map(([name, span]) => [name, span.to - span.from]));
  for (const line of lines) {
    for (const match of line.text.matchAll(PHASE_LINE)) {
      phases.set(match[1]!, Number(match[2]) / (match[3] === "ms" ? 1000 : 1));
    }
  }
  return phases;
}

function pagesBuilt(lines: { text: string }[]): number {
  const line = lines.find((entry) => /(\d+) page\(s\) built/.test(entry.text));
  return Number(/(\d+) page\(s\) built/.exec(line?.text ?? "")?.[1] ?? 0);
}

function* filesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

const gzipSize = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** JS and CSS one article page loads, following static imports between chunks; gzipped bytes. */
function assetsOf(html: string, outDir: string, base: string): { js: number; css: number } {
  const seen = new Set<string>();
  const pending: string[] = [];
  const add = (url: string) => {
    if (/^(https?:)?\/\//.test(url) || url.startsWith("data:")) return;
    const path = join(outDir, url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, ""));
    if (!seen.has(path) && existsSync(path)) {
      seen.add(path);
      pending.push(path);
    }
  };
  for (const match of html.matchAll(/<link\b[^>]*\brel="(?:stylesheet|modulepreload)"[^>]*>/g)) {
    const href = /\bhref="([^"]+)"/.exec(match[0])?.[1];
    if (href) add(href);
  }
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) add(match[1]!);
  for (const match of html.matchAll(/\b(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)) add(match[1]!);
  // Inline module scripts may import chunks too.
  for (const match of html.matchAll(/\bimport\s*(?:[\w{}*\s,]+from\s*)?["']([^"']+\.js)["']/g)) add(match[1]!);
  let js = 0;
  let css = 0;
  while (pending.length > 0) {
    const path = pending.pop()!;
    const text = readFileSync(path);
    if (path.endsWith(".css")) css += gzipSize(text);
    else if (path.endsWith(".js") || path.endsWith(".mjs")) {
      js += gzipSize(text);
      for (const match of text
        .toString("utf8")
        .matchAll(/\bimport\s*(?:[\w{}$*\s,]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
        const chunk = resolve(dirname(path), match[1]!);
        if (!seen.has(chunk) && existsSync(chunk)) {
          seen.add(chunk);
          pending.push(chunk);
        }
      }
    }
  }
  return { js, css };
}

/** Output bytes, and per-page bytes of article pages (a sample of at most 400, evenly spread). */
function measureOutput(outDir: string, isArticle: (relativePath: string) => boolean) {
  let outBytes = 0;
  const articles: string[] = [];
  for (const path of filesUnder(outDir)) {
    outBytes += statSync(path).size;
    if (path.endsWith("index.html") && isArticle(relative(outDir, path))) articles.push(path);
  }
  articles.sort();
  const step = Math.max(1, Math.floor(articles.length / 400));
  const sample = articles.filter((_, index) => index % step === 0);
  const sizes = sample.map((path) => ({ path, gz: gzipSize(readFileSync(path)) }));
  const articleHtmlGz = median(sizes.map((size) => size.gz));
  const typical = sizes.find((size) => size.gz === articleHtmlGz);
  const assets = typical ? assetsOf(readFileSync(typical.path, "utf8"), outDir, "/") : { js: 0, css: 0 };
  return { outBytes, articleHtmlGz, articleJsGz: assets.js, articleCssGz: assets.css };
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
  run: "cold" | "warm",
  corpus: string,
  briefs: number,
  dirs: { out: string; cache: string },
): Promise<BuildResult> {
  if (run === "cold") clearCachesExceptCards(dirs.cache);
  const env = {
    ...process.env,
    CONTENT_DIR: corpus,
    DISPATCH_OUT_DIR: dirs.out,
    DISPATCH_CACHE_DIR: dirs.cache,
    ASTRO_TELEMETRY_DISABLED: "1",
    DISPATCH_BENCH_PHASES: "1",
    NO_COLOR: "1",
    FORCE_COLOR: "0",
  };
  log(`${site} ${run}, ${briefs} briefs…`);
  const measured = await runBuild(SITES[site].root, env);
  const phases = phasesFrom(measured.lines);
  const output = measureOutput(dirs.out, SITES[site].isArticle);
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
    phases,
    ...output,
  };
  log(`${site} ${run}: ${result.wall.toFixed(1)} s wall, ${(result.rssBytes / 2 ** 30).toFixed(2)} GiB peak RSS`);
  return result;
}

/** Appends a sentence to one brief (the warm run's edit); returns a function that undoes it. */
function editOneBrief(corpus: string): () => void {
  const briefsDir = join(corpus, "briefs");
  const year = readdirSync(briefsDir).sort()[0]!;
  const file = join(briefsDir, year, readdirSync(join(briefsDir, year)).sort()[0]!);
  const original = readFileSync(file);
  writeFileSync(file, `${original.toString("utf8")}\nSynthetic edit made by the benchmark's warm run.\n`);
  return () => {
    writeFileSync(file, original);
  };
}

function runScriptPhases(corpus: string, briefs: number): Map<string, number> {
  const phases = new Map<string, number>();
  for (const phase of SCRIPT_PHASES) {
    const script = join(projectRoot, phase.script);
    if (!existsSync(script)) continue;
    log(`${phase.name}: ${phase.script}`);
    const result = spawnSync(process.execPath, [script, ...phase.args(corpus, briefs)], {
      cwd: projectRoot,
      encoding: "utf8",
      maxBuffer: 64 * 2 ** 20,
    });
    if (result.status !== 0) {
      log(`${phase.script} failed (exit ${result.status}): ${result.stderr.slice(-2000)}`);
      continue;
    }
    let found = false;
    for (const match of result.stdout.matchAll(PHASE_LINE)) {
      phases.set(match[1]!, Number(match[2]) / (match[3] === "ms" ? 1000 : 1));
      found = true;
    }
    if (!found) log(`${phase.script} printed no "dispatch:phase <name> <seconds>s" line`);
  }
  return phases;
}

// ---------- report ----------

const seconds = (value: number | undefined) => (value === undefined ? "–" : value.toFixed(1));
const gib = (bytes: number) => (bytes / 2 ** 30).toFixed(2);
const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const ratio = (value: number, reference: number | undefined) =>
  reference && reference > 0 && Number.isFinite(value) ? ` (${(value / reference).toFixed(2)}×)` : "";

function table(results: BuildResult[], scriptPhases: Map<number, Map<string, number>>): string {
  const phaseNames = [
    ...new Set([
      ...LOG_PHASES.map((phase) => phase.name),
      ...results.flatMap((result) => [...result.phases.keys()]),
      ...[...scriptPhases.values()].flatMap((phases) => [...phases.keys()]),
    ]),
  ].filter(
    (name) => results.some((result) => result.phases.has(name)) || [...scriptPhases.values()].some((p) => p.has(name)),
  );
  const header = [
    "briefs",
    "site",
    "run",
    "pages",
    "wall s",
    "CPU s",
    "peak RSS GiB",
    "RSS peaks in",
    "output MiB",
    ...phaseNames.map((name) => `${name} s`),
    "article HTML gz KiB",
    "article JS gz KiB",
    "article CSS gz KiB",
  ];
  const rows = results.map((result) => {
    const reference = results.find(
      (other) => other.briefs === result.briefs && other.site === "minimal" && other.run === "cold",
    );
    const extra = scriptPhases.get(result.briefs);
    return [
      String(result.briefs),
      result.site,
      result.run,
      String(result.pages),
      seconds(result.wall) + ratio(result.wall, reference?.wall),
      seconds(result.cpu) + ratio(result.cpu, reference?.cpu),
      gib(result.rssBytes) + ratio(result.rssBytes, reference?.rssBytes),
      result.rssPeakPhase,
      mib(result.outBytes),
      ...phaseNames.map((name) => {
        const value =
          result.phases.get(name) ??
          (result.site === "dispatch" && result.run === "cold" ? extra?.get(name) : undefined);
        return seconds(value) + (value === undefined ? "" : ratio(value, reference?.phases.get(name)));
      }),
      kib(result.articleHtmlGz),
      kib(result.articleJsGz),
      kib(result.articleCssGz),
    ];
  });
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

function machine(): string {
  const cpuList = cpus();
  const astro = JSON.parse(readFileSync(join(projectRoot, "node_modules", "astro", "package.json"), "utf8")) as {
    version: string;
  };
  return [
    `${cpuList.length} cores (${cpuList[0]?.model.trim() ?? "unknown CPU"})`,
    `${gib(totalmem())} GiB memory`,
    `Node ${process.version}`,
    `Astro ${astro.version}`,
  ].join(", ");
}

/** Writes the table between the markers, formatted as `npm run format` would (the format gate checks docs too). */
async function updateDoc(path: string, section: string) {
  const start = "<!-- bench:results:start -->";
  const end = "<!-- bench:results:end -->";
  const existing = existsSync(path) ? readFileSync(path, "utf8") : `# Build benchmark\n\n${start}\n${end}\n`;
  const from = existing.indexOf(start);
  const to = existing.indexOf(end);
  const updated =
    from === -1 || to === -1
      ? `${existing.trimEnd()}\n\n${start}\n${section}\n${end}\n`
      : `${existing.slice(0, from + start.length)}\n${section}\n${existing.slice(to)}`;
  const options = (await prettier.resolveConfig(path)) ?? {};
  writeFileSync(path, await prettier.format(updated, { ...options, filepath: path }));
}

export async function main(argv = process.argv.slice(2)) {
  const options = parseOptions(argv);
  const results: BuildResult[] = [];
  const scriptPhases = new Map<number, Map<string, number>>();
  for (const size of options.sizes) {
    const corpus = corpusFor(options.work, size, options.seed);
    const dirsOf = (site: string) => ({
      out: join(options.work, `${site}-${size}`, "dist"),
      cache: join(options.work, `${site}-${size}`, "cache"),
    });
    if (options.minimal) {
      results.push(await build("minimal", "cold", corpus, size, dirsOf("minimal")));
    }
    results.push(await build("dispatch", "cold", corpus, size, dirsOf("dispatch")));
    if (options.warm) {
      const restore = editOneBrief(corpus);
      try {
        if (options.minimal) results.push(await build("minimal", "warm", corpus, size, dirsOf("minimal")));
        results.push(await build("dispatch", "warm", corpus, size, dirsOf("dispatch")));
      } finally {
        restore();
      }
    }
    if (options.scripts) scriptPhases.set(size, runScriptPhases(corpus, size));
    if (!options.keep) {
      for (const site of ["minimal", "dispatch"]) rmSync(dirsOf(site).out, { recursive: true, force: true });
    }
  }
  const date = new Date().toISOString().slice(0, 10);
  const rssMethod = [...new Set(results.map((result) => result.rssMethod))].join(", ");
  const section = [
    `### Run of ${date}`,
    "",
    `Machine: ${machine()}. Seed ${options.seed}. Peak RSS: largest single process (${rssMethod}).`,
    "Ratios in brackets are to the minimal Astro site's cold build of the same corpus in the same run.",
    "",
    table(results, scriptPhases),
    "",
  ].join("\n");
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
