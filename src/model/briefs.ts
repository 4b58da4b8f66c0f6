import type { Language } from "../i18n/languages.ts";
import type { BriefFrontMatter } from "../schemas/brief.ts";
import { fileSlug } from "../lib/slugs.ts";
import { buildVisibility, isBuilt, type BuildOptions } from "./drafts.ts";
import { liveAt, scheduleState } from "./schedule.ts";
import type { ResolvedImage } from "./images.ts";

/** A brief as pages use it: front matter with defaults filled in and a derived slug. */
export interface Brief extends Omit<BriefFrontMatter, "summary"> {
  /** Content-collection id, used to render the body. */
  id: string;
  /** File name without extension; unique across the archive. */
  slug: string;
  /** Source file, relative to the project, for error messages. */
  filePath: string;
  /** Front-matter summary, or the body's first paragraph as plain text. */
  summary: string;
  /** The date readers should see as "last changed": the latest of `updated` and the corrections' dates, else `date`. */
  modified: Date;
  /** Set only where a brief is shown before it goes live (`astro dev`): when it will. */
  scheduledFor?: Date | undefined;
  /** The lead image (`image.src`) as the loader measured it, when the brief has one. */
  leadImage?: ResolvedImage | undefined;
}

/** What the content layer hands over for one Markdown file. */
export interface BriefEntry {
  id: string;
  filePath?: string | undefined;
  data: BriefFrontMatter;
  /** What the loader rendered; `metadata.firstParagraph` (text) stands in for a missing summary. */
  rendered?: { metadata?: Record<string, unknown> | undefined } | undefined;
}

export function toBrief(entry: BriefEntry, defaultAuthor: string): Brief {
  const { data } = entry;
  const filePath = entry.filePath ?? entry.id;
  return {
    ...data,
    id: entry.id,
    slug: fileSlug(filePath),
    filePath,
    authors: data.authors.length > 0 ? data.authors : [defaultAuthor],
    summary: data.summary ?? firstParagraphOf(entry),
    modified: latestChange(data),
    leadImage: data.image ? leadImageOf(entry) : undefined,
  };
}

/** `updated` or the newest correction, whichever is later; `date` when neither is given. */
function latestChange(data: BriefFrontMatter): Date {
  const changes = [data.updated, ...data.corrections.map((correction) => correction.date)].filter(
    (change): change is Date => change !== undefined,
  );
  if (changes.length === 0) return data.date;
  return new Date(Math.max(...changes.map((change) => change.getTime())));
}

/** What the loader recorded for the lead image (src/build/images/resolve.ts); absent only in hand-made entries. */
function leadImageOf(entry: BriefEntry): ResolvedImage | undefined {
  const images = entry.rendered?.metadata?.["images"] as { lead?: ResolvedImage } | undefined;
  return images?.lead;
}

function firstParagraphOf(entry: BriefEntry): string {
  const text = entry.rendered?.metadata?.["firstParagraph"];
  return typeof text === "string" ? text : "";
}

/** Newest first; ties broken by slug so every build lists briefs in the same order. */
export function byNewest(a: Pick<Brief, "date" | "slug">, b: Pick<Brief, "date" | "slug">): number {
  return b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug, "en");
}

/**
 * The briefs a build publishes, newest first. Drafts and scheduled briefs are kept only
 * when asked (the dev server, which labels them), so a production build never lists,
 * links or relates them; expired briefs never (see `expiredBriefs`).
 */
export function publishedBriefs(
  entries: readonly BriefEntry[],
  options: BuildOptions & { defaultAuthor: string; lang?: Language },
): Brief[] {
  return entries
    .filter((entry) => isBuilt(entry, options))
    .map((entry) => {
      const brief = toBrief(entry, options.defaultAuthor);
      return scheduleState(entry.data, options.now) === "scheduled"
        ? { ...brief, scheduledFor: liveAt(entry.data) }
        : brief;
    })
    .filter((brief) => !options.lang || brief.lang === options.lang)
    .sort(byNewest);
}

/** Briefs past their `expires`: each keeps its URL, which shows a short notice (noindex) instead of the brief. */
export function expiredBriefs(
  entries: readonly BriefEntry[],
  options: BuildOptions & { defaultAuthor: string },
): Brief[] {
  return entries
    .filter((entry) => buildVisibility(entry, options) === "expired-notice")
    .map((entry) => toBrief(entry, options.defaultAuthor))
    .sort(byNewest);
}

/** The brief's primary country, else its first tag: the label on cards ("PERU", "COCA"). */
export function topicLabel(brief: Pick<Brief, "countries" | "tags">): string | undefined {
  return brief.countries[0] ?? brief.tags[0];
}
