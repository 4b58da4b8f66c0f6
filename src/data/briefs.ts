import { getCollection } from "astro:content";
import { publishedBriefs, type Brief } from "../lib/briefs.ts";
import { relatedBriefs } from "../lib/related.ts";
import { site } from "../site.config.ts";

/**
 * The build's briefs, loaded once and shared by every page. Astro renders pages in one
 * process, so memoising here turns thousands of `getCollection` calls into one.
 */
let briefs: Promise<Brief[]> | undefined;
let related: Promise<Map<string, Brief[]>> | undefined;

export function allBriefs(): Promise<Brief[]> {
  briefs ??= getCollection("briefs").then((entries) =>
    publishedBriefs(entries, { defaultAuthor: site.defaultAuthor, includeDrafts: import.meta.env.DEV }),
  );
  return briefs;
}

export async function relatedTo(brief: Brief): Promise<Brief[]> {
  related ??= allBriefs().then((list) => timedPhase("related", () => relatedBriefs(list, 3)));
  return (await related).get(brief.slug) ?? [];
}

/**
 * Runs one build step and, when `npm run bench` asks for it (DISPATCH_BENCH_PHASES=1),
 * logs `dispatch:phase <name> <seconds>s`, which the benchmark turns into a column.
 */
export function timedPhase<T>(name: string, work: () => T): T {
  if (typeof process === "undefined" || process.env["DISPATCH_BENCH_PHASES"] !== "1") return work();
  const started = performance.now();
  const result = work();
  console.info(`dispatch:phase ${name} ${((performance.now() - started) / 1000).toFixed(3)}s`);
  return result;
}

export interface OrganizationItem {
  id: string;
  title: string;
  date: Date;
  summary: string;
  url: string | undefined;
}

/** The organization's own news, newest first. */
export async function organizationNews(limit = 5): Promise<OrganizationItem[]> {
  const entries = await getCollection("organization", (entry) => import.meta.env.DEV || !entry.data.draft);
  return entries
    .map((entry) => ({
      id: entry.id,
      title: entry.data.title,
      date: entry.data.date,
      summary: entry.data.summary ?? "",
      url: entry.data.url,
    }))
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id))
    .slice(0, limit);
}
