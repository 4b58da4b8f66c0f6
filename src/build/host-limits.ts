import { readdir, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

/** What a build wrote: the numbers static hosts put limits on. */
export interface OutputSummary {
  /** HTML pages. */
  pages: number;
  files: number;
  /** Folders, which some hosts count as entries beside the files. */
  folders: number;
  bytes: number;
  largestFile: { path: string; bytes: number };
}

/** One host's published limits on a deployed static site; a limit left out is one the host does not publish. */
export interface HostLimit {
  host: string;
  maxFiles?: number;
  /** The host counts folders as entries too. */
  foldersCount?: boolean;
  maxBytes?: number;
  maxFileBytes?: number;
}

const MiB = 1024 * 1024;
const GB = 1000 * 1000 * 1000;

/** Limits of common static hosts, as their documentation gave them on 2026-12-02. */
export const hostLimits: readonly HostLimit[] = [
  // https://developers.cloudflare.com/pages/platform/limits/ (files: 20,000 on the Free plan, 25 MiB per file)
  { host: "Cloudflare Pages (free)", maxFiles: 20_000, maxFileBytes: 25 * MiB },
  // Same page; paid plans rose to 100,000 files on 2026-01-23 (Cloudflare's Pages changelog)
  { host: "Cloudflare Pages (paid)", maxFiles: 100_000, maxFileBytes: 25 * MiB },
  // https://docs.github.com/en/pages/getting-started-with-github-pages/github-pages-limits ("no larger than 1 GB")
  { host: "GitHub Pages", maxBytes: GB },
  // https://docs.gitlab.com/ee/administration/instance_limits.html (GitLab.com: 200,000 entries, folders included; 1 GB site)
  { host: "GitLab Pages", maxFiles: 200_000, foldersCount: true, maxBytes: GB },
];

/** Each limit of each host that `summary` exceeds, in words ("Cloudflare Pages (free): 41,207 files > 20,000"). */
export function exceededHostLimits(summary: OutputSummary, limits: readonly HostLimit[] = hostLimits): string[] {
  const number = (value: number) => value.toLocaleString("en");
  return limits.flatMap((limit) => {
    const problems: string[] = [];
    const entries = summary.files + (limit.foldersCount ? summary.folders : 0);
    if (limit.maxFiles !== undefined && entries > limit.maxFiles) {
      const what = limit.foldersCount ? "files and folders" : "files";
      problems.push(`${number(entries)} ${what} > ${number(limit.maxFiles)}`);
    }
    if (limit.maxBytes !== undefined && summary.bytes > limit.maxBytes) {
      problems.push(`${formatBytes(summary.bytes)} > ${formatBytes(limit.maxBytes)}`);
    }
    if (limit.maxFileBytes !== undefined && summary.largestFile.bytes > limit.maxFileBytes) {
      problems.push(
        `${summary.largestFile.path} is ${formatBytes(summary.largestFile.bytes)} > ${formatBytes(limit.maxFileBytes)}`,
      );
    }
    return problems.map((problem) => `${limit.host}: ${problem}`);
  });
}

export function formatBytes(bytes: number): string {
  if (bytes >= GB) return `${(bytes / GB).toFixed(2)} GB`;
  if (bytes >= 1000 * 1000) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/** The one line a build ends with: what it wrote, and which hosts could not take it. */
export function outputSummaryLine(summary: OutputSummary, limits: readonly HostLimit[] = hostLimits): string {
  const exceeded = exceededHostLimits(summary, limits);
  const written = `${summary.pages.toLocaleString("en")} pages, ${summary.files.toLocaleString("en")} files, ${formatBytes(summary.bytes)}`;
  return exceeded.length === 0
    ? `Output: ${written}; within every host limit Dispatch knows (docs/deploy.md)`
    : `Output: ${written}; over the limits of ${exceeded.join("; ")} (docs/deploy.md)`;
}

/** Walks the output folder once (a deploy checkout's `.git` left out, as hosts ignore it). */
export async function summarizeOutput(dir: string): Promise<OutputSummary> {
  const summary: OutputSummary = { pages: 0, files: 0, folders: 0, bytes: 0, largestFile: { path: "", bytes: 0 } };
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name);
    if (relative(dir, path).split(sep).includes(".git")) continue;
    if (entry.isDirectory()) summary.folders += 1;
    else if (entry.isFile()) files.push(path);
  }
  const sizes = await Promise.all(files.map((file) => stat(file).then((stats) => stats.size)));
  files.forEach((file, position) => {
    const bytes = sizes[position]!;
    summary.files += 1;
    summary.bytes += bytes;
    if (file.endsWith(".html")) summary.pages += 1;
    if (bytes > summary.largestFile.bytes) summary.largestFile = { path: relative(dir, file), bytes };
  });
  return summary;
}

/** Astro integration: ends `astro build` with the output summary line, once the output folder is final. */
export function outputReport(): AstroIntegration {
  let outDir = "";
  return {
    name: "dispatch-output-report",
    hooks: {
      "astro:config:done": ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      "astro:build:done": async ({ logger }) => {
        logger.info(outputSummaryLine(await summarizeOutput(outDir)));
      },
    },
  };
}
