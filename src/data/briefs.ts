import { getCollection } from "astro:content";
import { profilesBySlug, type AuthorProfile } from "../lib/authors.ts";
import { publishedBriefs, type Brief } from "../lib/briefs.ts";
import { relatedBriefs } from "../lib/related.ts";
import { translationIndex } from "../lib/translations.ts";
import type { Language } from "../schemas/brief.ts";
import { site } from "../site.config.ts";

/**
 * The build's briefs, loaded once and shared by every page. Astro renders pages in one
 * process, so memoising here turns thousands of `getCollection` calls into one.
 */
let briefs: Promise<Brief[]> | undefined;
let related: Promise<Map<string, Brief[]>> | undefined;
let translations: Promise<Map<string, Brief[]>> | undefined;
let profiles: Promise<Map<string, AuthorProfile>> | undefined;

export function allBriefs(): Promise<Brief[]> {
  briefs ??= getCollection("briefs").then((entries) =>
    publishedBriefs(entries, {
      defaultAuthor: site.defaultAuthor,
      includeDrafts: import.meta.env.DISPATCH_SHOW_DRAFTS,
    }),
  );
  return briefs;
}

/** The briefs of one language, newest first. */
export async function briefsIn(lang: Language): Promise<Brief[]> {
  return (await allBriefs()).filter((brief) => brief.lang === lang);
}

export async function relatedTo(brief: Brief): Promise<Brief[]> {
  related ??= allBriefs().then((list) => timedPhase("related", () => relatedBriefs(list, 3)));
  return (await related).get(brief.slug) ?? [];
}

/** The brief's translations (same `translationKey`), one per other language. */
export async function translationsOf(brief: Brief): Promise<Brief[]> {
  translations ??= allBriefs().then(translationIndex);
  return (await translations).get(brief.slug) ?? [];
}

/** Author profiles from the optional `content/authors/`, by author slug. */
export function authorProfiles(): Promise<Map<string, AuthorProfile>> {
  profiles ??= getCollection("authors").then((entries) =>
    profilesBySlug(
      entries.map((entry) => ({
        file: entry.filePath ?? entry.id,
        name: entry.data.name,
        role: entry.data.role,
        bio: entry.data.bio,
        links: entry.data.links,
      })),
    ),
  );
  return profiles;
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
  const entries = await getCollection(
    "organization",
    (entry) => import.meta.env.DISPATCH_SHOW_DRAFTS || !entry.data.draft,
  );
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
