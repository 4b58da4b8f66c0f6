import { briefSchema } from "../../src/schemas/brief.ts";
import type { Language } from "../../src/i18n/languages.ts";
import { postDate } from "./dates.ts";
import type { PostDate } from "./dates.ts";
import type { ImportedFrontMatter } from "./front-matter.ts";
import { htmlToPlainText, rewriteUrls, wordpressHtmlToMarkdown } from "./html-to-markdown.ts";
import type { Attachment } from "./media.ts";
import type { PostContext } from "./post-context.ts";
import { mapTerms } from "./taxonomy.ts";
import type { TaxonomyOptions } from "./taxonomy.ts";
import type { WxrItem, WxrSite } from "./wxr-stream.ts";

/** Everything that decides how a post is converted (the CLI's options). */
export interface ConvertOptions extends TaxonomyOptions {
  lang: Language;
  /** IANA zone of the WordPress site, for dates the export gives only in local time. */
  timeZone: string;
  /** Write drafts, pending and scheduled posts with `draft: true`. */
  includeDrafts: boolean;
  /** Write private and password-protected posts with `draft: true`. */
  includePrivate: boolean;
  /** Write `updated` from the post's last modification when it is on a later day. */
  updatedFromModified: boolean;
  rewriteUrls: readonly (readonly [from: string, to: string])[];
}

export type Classification = { write: true; draft: boolean } | { write: false; reason: string };

const SKIPPED_TYPES: Record<string, string> = {
  page: "page",
  attachment: "attachment",
  nav_menu_item: "menu item",
};

/** Whether an item becomes a brief, and if not, why not. */
export function classifyItem(
  item: WxrItem,
  options: Pick<ConvertOptions, "includeDrafts" | "includePrivate">,
): Classification {
  if (item.type !== "post")
    return { write: false, reason: SKIPPED_TYPES[item.type] ?? `post type "${item.type || "(none)"}"` };
  const asDraft = (allowed: boolean, reason: string): Classification =>
    allowed ? { write: true, draft: true } : { write: false, reason };
  if (item.password) return asDraft(options.includePrivate, "password-protected");
  switch (item.status) {
    case "publish":
      return { write: true, draft: false };
    case "private":
      return asDraft(options.includePrivate, "private");
    case "draft":
      return asDraft(options.includeDrafts, "draft");
    case "pending":
      return asDraft(options.includeDrafts, "pending review");
    case "future":
      return asDraft(options.includeDrafts, "scheduled");
    default:
      return { write: false, reason: `status "${item.status || "(none)"}"` };
  }
}

const ENTITY = /&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos|#039));/gi;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", "#039": "'" };

/** WordPress stores term names HTML-escaped (`Drugs &amp; Crime`). */
export function decodeTermName(name: string): string {
  return name.replace(ENTITY, (match, decimal?: string, hex?: string, named?: string) => {
    if (decimal) return String.fromCodePoint(Number(decimal));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return NAMED[named?.toLowerCase() ?? ""] ?? match;
  });
}

/** `edge-case-no-title` → `Edge case no title`. */
function titleFromSlug(slug: string): string {
  const words = decodeURIComponent(slug).replace(/[-_]+/g, " ").trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : "";
}

/** The old permalink's path, so the old URL can redirect to the brief. */
function permalinkPath(link: string): string | undefined {
  try {
    const url = new URL(link);
    // `?p=123` links carry the post in the query, which a static redirect cannot match.
    if (url.search || url.pathname === "/") return undefined;
    return url.pathname;
  } catch {
    return undefined;
  }
}

/** Front matter of a post, and its date; or the reason the post cannot be imported. */
export interface PostMetadata {
  frontMatter: ImportedFrontMatter;
  date: PostDate;
  warnings: string[];
}

/**
 * Front matter for a post, without reading its body: cheap enough to run over a whole
 * export before anything is written. Returns a sentence for an impossible post.
 */
export function postMetadata(
  item: WxrItem,
  site: WxrSite,
  attachments: ReadonlyMap<string, Attachment>,
  options: ConvertOptions,
  draft: boolean,
): PostMetadata | string {
  const warnings: string[] = [];
  const date = postDate(item.date, item.dateGmt, options.timeZone);
  if (typeof date === "string") return date;
  let updated: string | undefined;
  if (options.updatedFromModified && item.modified) {
    const modified = postDate(item.modified, item.modifiedGmt, options.timeZone);
    if (typeof modified === "string") warnings.push(`modification date ignored: ${modified}`);
    else if (modified.iso.slice(0, 10) > date.iso.slice(0, 10)) updated = modified.iso;
  }
  let title = htmlToPlainText(item.title);
  if (!title) {
    title = titleFromSlug(item.name) || `Untitled post ${item.id}`;
    warnings.push(`post has no title; titled "${title}"`);
  } else if (/<[a-z][^>]*>/i.test(item.title)) {
    warnings.push("markup in the title was removed");
  }
  let authors: string[] = [];
  if (item.creator) {
    const name = site.authors.get(item.creator);
    if (!name) warnings.push(`author "${item.creator}" is not among the export's authors; login used as the name`);
    authors = [name ?? item.creator];
  }
  const terms = mapTerms(
    item.terms.map((term) => ({ ...term, name: decodeTermName(term.name) })),
    site.categories,
    options,
  );
  const summary = htmlToPlainText(item.excerpt) || undefined;
  const frontMatter: ImportedFrontMatter = {
    title,
    date: date.iso,
    ...(updated ? { updated } : {}),
    countries: terms.countries,
    tags: terms.tags,
    authors,
    lang: options.lang,
    ...(summary ? { summary } : {}),
    ...(draft ? { draft: true } : {}),
    aliases: [],
  };
  const thumbnailId = item.meta.get("_thumbnail_id")?.trim();
  if (thumbnailId) {
    const attachment = attachments.get(thumbnailId);
    if (!attachment) warnings.push(`featured image (attachment ${thumbnailId}) is not in the export; left out`);
    else if (!attachment.alt.trim()) {
      // A lead image must describe itself; the media library is the only place WordPress keeps that.
      warnings.push(`featured image ${attachment.url} has no alt text in the media library; left out`);
    } else {
      frontMatter.image = {
        src: rewriteUrls(attachment.url, options.rewriteUrls),
        alt: attachment.alt.trim(),
        ...(attachment.credit ? { credit: attachment.credit } : {}),
        ...(attachment.caption.trim() ? { caption: attachment.caption.trim() } : {}),
      };
    }
  }
  const alias = permalinkPath(item.link);
  if (alias) frontMatter.aliases.push(alias);
  const checked = briefSchema.safeParse(frontMatter);
  if (!checked.success) {
    return `front matter would not pass the site's schema: ${checked.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`).join("; ")}`;
  }
  return { frontMatter, date, warnings };
}

/** Markdown body of a post, with warnings about what could not be carried over. */
export function postBody(
  item: WxrItem,
  options: Pick<ConvertOptions, "rewriteUrls">,
  context: PostContext,
): { markdown: string; warnings: string[] } {
  return wordpressHtmlToMarkdown(item.content, { rewriteUrls: options.rewriteUrls, context });
}
