/** The benchmark's table, and the section of docs/bench.md it is written into. */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import * as prettier from "prettier";
import { LOG_PHASES } from "./log-phases.ts";
import type { OutputSize } from "./output-size.ts";
import type { SearchPayload } from "./search-payload.ts";

/** first: no caches at all; cold: caches removed but the social cards'; warm: one brief edited, caches kept. */
export type BuildRun = "first" | "cold" | "warm";

/** One measured build: a row of the table. */
export interface BuildResult extends OutputSize {
  site: "minimal" | "dispatch";
  run: BuildRun;
  briefs: number;
  pages: number;
  wall: number;
  cpu: number;
  rssBytes: number;
  rssMethod: string;
  /** Phase during which the sampled RSS of the build peaked. */
  rssPeakPhase: string;
  /** Seconds per phase: the build log's, then the bench scripts' (Dispatch's cold row only). */
  phases: Map<string, number>;
  /** A reader's first search of the built site (Dispatch's cold row only): bytes and requests. */
  search?: SearchPayload | undefined;
}

const seconds = (value: number | undefined) => (value === undefined ? "–" : value.toFixed(1));
const gib = (bytes: number) => (bytes / 2 ** 30).toFixed(2);
const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const ratio = (value: number, reference: number | undefined) =>
  reference && reference > 0 && Number.isFinite(value) ? ` (${(value / reference).toFixed(2)}×)` : "";

/** A Markdown table, one row per build; every figure also as a ratio to the minimal site's cold build. */
export function table(results: readonly BuildResult[]): string {
  const phaseNames = [
    ...new Set([...LOG_PHASES.map((phase) => phase.name), ...results.flatMap((result) => [...result.phases.keys()])]),
  ].filter((name) => results.some((result) => result.phases.has(name)));
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
    "files per brief",
    "kB per brief",
    ...phaseNames.map((name) => `${name} s`),
    "article HTML gz KiB",
    "article JS gz KiB",
    "article CSS gz KiB",
    "article images at 390 px 2x KiB",
    "search KiB (requests)",
  ];
  const rows = results.map((result) => {
    const reference = results.find(
      (other) => other.briefs === result.briefs && other.site === "minimal" && other.run === "cold",
    );
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
      (result.outFiles / result.briefs).toFixed(2),
      (result.outBytes / result.briefs / 1000).toFixed(1),
      ...phaseNames.map((name) => {
        const value = result.phases.get(name);
        return seconds(value) + (value === undefined ? "" : ratio(value, reference?.phases.get(name)));
      }),
      kib(result.articleHtmlGz),
      kib(result.articleJsGz),
      kib(result.articleCssGz),
      kib(result.articleImagesPhone),
      result.search ? `${kib(result.search.bytes)} (${result.search.requests})` : "–",
    ];
  });
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/** Cores, memory, Node and Astro of this machine, for the section's first line. */
export function machine(projectRoot: string): string {
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

/** The section of one run: when, where, and the table. */
export function runSection(results: readonly BuildResult[], seed: number, machineLine: string, date: string): string {
  const rssMethod = [...new Set(results.map((result) => result.rssMethod))].join(", ");
  return [
    `### Run of ${date}`,
    "",
    `Machine: ${machineLine}. Seed ${seed}. Peak RSS: largest single process (${rssMethod}).`,
    "Ratios in brackets are to the minimal Astro site's cold build of the same corpus in the same run.",
    "",
    table(results),
    "",
  ].join("\n");
}

const START = "<!-- bench:results:start -->";
const END = "<!-- bench:results:end -->";

/** Writes the section between the markers, formatted as `npm run format` would (the format gate checks docs too). */
export async function updateDoc(path: string, section: string): Promise<void> {
  const existing = existsSync(path) ? readFileSync(path, "utf8") : `# Build benchmark\n\n${START}\n${END}\n`;
  const from = existing.indexOf(START);
  const to = existing.indexOf(END);
  const updated =
    from === -1 || to === -1
      ? `${existing.trimEnd()}\n\n${START}\n${section}\n${END}\n`
      : `${existing.slice(0, from + START.length)}\n${section}\n${existing.slice(to)}`;
  const options = (await prettier.resolveConfig(path)) ?? {};
  writeFileSync(path, await prettier.format(updated, { ...options, filepath: path }));
}
