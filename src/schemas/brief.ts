import { z } from "zod";
import { parseContentDate } from "../lib/dates.ts";
import { languages } from "../i18n/languages.ts";

const requiredText = (what: string) =>
  z
    .string({
      error: (issue) => (issue.input === undefined ? `is required (${what})` : `must be text (${what})`),
    })
    .trim()
    .min(1, `must not be empty (${what})`);

const textList = (what: string) =>
  z.array(requiredText(what), { error: `must be a list of ${what}, e.g. [Peru, Ecuador]` }).default([]);

/**
 * A date as editors write it; parsed strictly so `2024-13-45` is an error, not March 2025.
 * Marked as a content date so the CMS gives it a date picker (src/build/cms).
 */
const contentDate = z
  .string({ error: dateExpectation })
  .transform((value, context) => {
    const parsed = parseContentDate(value);
    if (typeof parsed === "string") {
      context.addIssue({ code: "custom", message: `${parsed}; ${dateExpectation()}` });
      return z.NEVER;
    }
    return parsed;
  })
  .meta({ contentDate: true });

function dateExpectation(): string {
  return "expected YYYY-MM-DD or an ISO date-time with offset, e.g. 2012-10-16 or 2012-10-16T09:30:00-05:00";
}

/**
 * Where an image comes from: a file relative to the brief, or an https URL. Site paths
 * (`/images/…`, files in public/) and plain http are refused with advice, since the build
 * could not size, encode or safely serve them.
 */
const imageSource = requiredText("a path relative to the brief, e.g. ./photo.jpg, or an https URL").superRefine(
  (value, context) => {
    const problem = imageSourceProblem(value);
    if (problem) context.addIssue({ code: "custom", message: problem });
  },
);

/** Why `src` cannot be an image source, or undefined when it can. */
export function imageSourceProblem(src: string): string | undefined {
  if (/^http:\/\//i.test(src)) return `"${src}" uses http; use its https address, or copy the file beside the brief`;
  if (/^https:\/\//i.test(src)) return undefined;
  if (/^[a-z][a-z\d+.-]*:/i.test(src) || src.startsWith("//")) {
    return `"${src}" is not an image address; expected a path relative to the brief (./photo.jpg) or an https URL`;
  }
  if (src.startsWith("/")) {
    return `"${src}" is a site path (public/), which the build cannot resize; put the file beside the brief or under content/media/ and give its relative path, e.g. ../../media/2024/photo.jpg`;
  }
  return undefined;
}

/** Front matter of one brief (`content/briefs/**\/*.md`). */
export const briefSchema = z
  .object({
    /** Headline, as published. */
    title: requiredText("the brief's headline"),
    /** Publication date; a date without a time shows as that day everywhere. */
    date: contentDate,
    /** Date of the last substantive update, if any. */
    updated: contentDate.optional(),
    /** Countries the brief is about; the first is the primary country shown in the kicker line. */
    countries: textList("country names"),
    /** Topics, e.g. Coca, Environmental Crime. Case-insensitive: `coca` and `Coca` are one tag. */
    tags: textList("tag names"),
    /** Bylines; when empty the organization's default author is used. */
    authors: textList("author names"),
    /** Language of the brief. */
    lang: z.enum(languages, { error: `must be one of: ${languages.join(", ")}` }).default("en"),
    /** Standfirst for cards, feeds and link previews; defaults to the first paragraph. */
    summary: requiredText("a one- or two-sentence summary").optional(),
    /** Drafts are built in `npm run dev` only, never in a production build. */
    draft: z.boolean({ error: "must be true or false" }).default(false),
    /** Lead image, shown above the body, on cards and in link previews (see docs/images.md). */
    image: z
      .object(
        {
          /**
           * The image file: a path relative to the brief (`./photo.jpg`, `../../media/2024/photo.jpg`)
           * or an https URL. JPEG, PNG, WebP, AVIF or GIF; the build makes every size and format.
           */
          src: imageSource,
          /** What the image shows, for readers who cannot see it and for link previews. */
          alt: requiredText("describe what the image shows, for readers who cannot see it"),
          /** Shown under the image: what it shows, in the brief's own words. */
          caption: z.string().trim().optional(),
          /** Who made the image, shown after the caption, e.g. "Photo: Jane Doe / Agency". */
          credit: z.string().trim().optional(),
        },
        {
          error: (issue) =>
            issue.code === "unrecognized_keys"
              ? `has unknown field(s) ${issue.keys.join(", ")}; expected src, alt, caption, credit`
              : "must be an object with src, alt and optionally caption and credit",
        },
      )
      .strict()
      .optional(),
    /** Old URL paths of this brief (e.g. from a previous CMS) that should redirect here. */
    aliases: z
      .array(z.string().startsWith("/", "must be a path starting with /"), {
        error: "must be a list of URL paths",
      })
      .default([]),
    /** Shared by a brief and its translations, so each links to the others. */
    translationKey: requiredText("an identifier shared with the translated brief").optional(),
    /** When the brief goes live, if not at `date`; production builds leave it out until then (src/model/schedule.ts). */
    publishAt: contentDate.optional(),
    /** When the brief comes down: after it, it leaves every list, feed and sitemap and its URL shows a short notice. */
    expires: contentDate.optional(),
    /** Corrections, each with its date and what was wrong; shown under the article, newest last. */
    corrections: z
      .array(
        z
          .object(
            {
              /** When the correction was made. */
              date: contentDate,
              /** What was corrected, in a sentence or two. */
              text: requiredText("what was corrected"),
            },
            { error: "must be an object with date and text" },
          )
          .strict(),
        { error: "must be a list of { date, text } corrections" },
      )
      .default([]),
  })
  .strict()
  .superRefine((data, context) => {
    // A brief that expires before it goes live would never be seen: almost certainly a typo.
    const liveAt = data.publishAt ?? data.date;
    if (data.expires && data.expires.getTime() <= liveAt.getTime()) {
      context.addIssue({
        code: "custom",
        path: ["expires"],
        message: `must be after ${data.publishAt ? "publishAt" : "date"} (${liveAt.toISOString()}), or the brief would never be seen`,
      });
    }
  });

export type BriefFrontMatter = z.output<typeof briefSchema>;

/** Front matter of one item of the organization's own news (`content/organization/*.md`). */
export const organizationItemSchema = z
  .object({
    title: requiredText("the item's headline"),
    date: contentDate,
    summary: requiredText("a short summary").optional(),
    /** Where the item is published, if not on this site. Only http(s): it becomes a link's href. */
    url: z.url({ protocol: /^https?$/, error: "must be an absolute http(s) URL" }).optional(),
    lang: z.enum(languages, { error: `must be one of: ${languages.join(", ")}` }).default("en"),
    draft: z.boolean({ error: "must be true or false" }).default(false),
  })
  .strict();

export type OrganizationItemFrontMatter = z.output<typeof organizationItemSchema>;
