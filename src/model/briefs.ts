import type { Language } from "../i18n/languages.ts";
import type { BriefFrontMatter } from "../schemas/brief.ts";
import { fileSlug } from "../lib/slugs.ts";
import { isBuilt } from "./drafts.ts";
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
  /** The date readers should see as "last changed": `updated`, else `date`. */
  modified: Date;
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
    modified: data.updated ?? data.date,
    leadImage: data.image ? leadImageOf(entry) : undefined,
  };
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
 * The briefs a build publishes, newest first. Drafts are kept only when asked
 * (the dev server), so a production build never lists, links or relates them.
 */
export function publishedBriefs(
  entries: readonly BriefEntry[],
  options: { defaultAuthor: string; includeDrafts: boolean; lang?: Language },
): Brief[] {
  return entries
    .filter((entry) => isBuilt(entry, options.includeDrafts))
    .map((entry) => toBrief(entry, options.defaultAuthor))
    .filter((brief) => !options.lang || brief.lang === options.lang)
    .sort(byNewest);
}

/** The brief's primary country, else its first tag: the label on cards ("PERU", "COCA"). */
export function topicLabel(brief: Pick<Brief, "countries" | "tags">): string | undefined {
  return brief.countries[0] ?? brief.tags[0];
}
