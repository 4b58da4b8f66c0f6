/**
 * The one reader of phase timings for `npm run bench`: phases of Astro's build log, the
 * search index's own log line, and the lines bench scripts print for their columns.
 */

/** A line of a build's output, stamped with the seconds since the build was started. */
export interface LogLine {
  at: number;
  text: string;
}

/** A phase of the build log: from the first line matching `from` to the next matching `to`. */
interface LogPhase {
  name: string;
  from: RegExp;
  to: RegExp;
  /** Look for `from` only after the first line matching this. */
  after?: RegExp;
}

/** The first line of every build log, stamped 0: the moment the process was spawned. */
export const SPAWN_LINE = "__spawn__";

export const LOG_PHASES: LogPhase[] = [
  { name: "startup", from: /^__spawn__$/, to: /\[content\] Syncing content|\[build\] output:/ },
  { name: "content sync", from: /\[content\] Syncing content/, to: /\[content\] Synced content/ },
  { name: "prepare", from: /\[content\] Synced content/, to: /\[build\] Building static entrypoints/ },
  { name: "bundle", from: /\[build\] Building static entrypoints/, to: /generating static routes/ },
  { name: "pages", from: /generating static routes/, to: /✓ Completed in/ },
  { name: "finish", after: /generating static routes/, from: /✓ Completed in/, to: /\[build\] Complete!/ },
];

/**
 * src/build/search-index.ts logs "Pagefind indexed N briefs in S shard(s), … in X s, beside the
 * rest of the build": X is the index's own time, from the start of the build to the shards written.
 */
const SEARCH_INDEX_LINE = /Pagefind indexed \d+ briefs .* in ([\d.]+) s\b/;

/** src/build/images/index.ts logs "N images in X ms (…)": the time to encode (cold) or link (warm) every image. */
const IMAGES_LINE = /\[dispatch-images\] \d+ images in (\d+) ms/;

/** What a bench script prints for each of its columns (see `phaseLine`). */
const SCRIPT_PHASE_LINE = /^bench:phase\s+(\S+)\s+([\d.]+)s$/gm;

/** The line a bench script prints so that `npm run bench` shows `seconds` in the column `name`. */
export function phaseLine(name: string, seconds: number): string {
  return `bench:phase ${name} ${seconds.toFixed(3)}s`;
}

/** The columns a bench script's output fills in. */
export function scriptPhases(output: string): Map<string, number> {
  return new Map([...output.matchAll(SCRIPT_PHASE_LINE)].map((match) => [match[1]!, Number(match[2])]));
}

/** When each phase of `LOG_PHASES` started and ended; a phase whose markers are missing is left out. */
export function phaseSpans(lines: readonly LogLine[]): Map<string, { from: number; to: number }> {
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

/** Seconds of each phase of a build log, and of the search index when the log names it. */
export function buildPhases(lines: readonly LogLine[]): Map<string, number> {
  const phases = new Map([...phaseSpans(lines)].map(([name, span]) => [name, span.to - span.from]));
  for (const line of lines) {
    const searchIndex = SEARCH_INDEX_LINE.exec(line.text);
    if (searchIndex) phases.set("search-index", Number(searchIndex[1]));
    const images = IMAGES_LINE.exec(line.text);
    if (images) phases.set("images", Number(images[1]) / 1000);
  }
  return phases;
}

/** Pages built, from Astro's "N page(s) built" line; 0 without one. */
export function pagesBuilt(lines: readonly LogLine[]): number {
  for (const line of lines) {
    const match = /(\d+) page\(s\) built/.exec(line.text);
    if (match) return Number(match[1]);
  }
  return 0;
}

/** The log phase in progress when the sampled memory was highest: "–" without samples, "other" between phases. */
export function peakPhase(lines: readonly LogLine[], timeline: readonly { at: number; rss: number }[]): string {
  const peak = timeline.reduce((best, sample) => (sample.rss > best.rss ? sample : best), { at: 0, rss: -1 });
  if (peak.rss < 0) return "–";
  for (const [name, span] of phaseSpans(lines)) if (peak.at >= span.from && peak.at <= span.to) return name;
  return "other";
}
