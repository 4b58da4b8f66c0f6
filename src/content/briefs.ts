import { getCollection, getEntry, render, type CollectionEntry } from "astro:content";
import { profilesBySlug, type AuthorProfile } from "../model/authors.ts";
import { expiredBriefs, publishedBriefs, type Brief } from "../model/briefs.ts";
import { expiredNotice, type ExpiredNotice } from "../model/expired-notice.ts";
import { relatedBriefs } from "../model/related.ts";
import { scheduleNow } from "../model/schedule.ts";
import { translationIndex } from "../model/translations.ts";
import { languageParam } from "../model/urls.ts";
import type { OrganizationItem } from "../model/organization.ts";
import { organizationNews } from "./organization.ts";
import { withCacheKeys } from "./page-cache.ts";
import type { Language } from "../i18n/languages.ts";
import { site } from "../site.config.ts";

/**
 * The build's briefs, loaded once and shared by every page. Astro renders pages in one
 * process, so memoising here turns thousands of `getCollection` calls into one.
 */
let entries: Promise<CollectionEntry<"briefs">[]> | undefined;
let briefs: Promise<Brief[]> | undefined;
let related: Promise<Map<string, Brief[]>> | undefined;
let translations: Promise<Map<string, Brief[]>> | undefined;
let profiles: Promise<Map<string, AuthorProfile>> | undefined;

function briefEntries(): Promise<CollectionEntry<"briefs">[]> {
  entries ??= getCollection("briefs");
  return entries;
}

/** Who builds what: drafts and scheduled briefs in `astro dev` only, at the build's one "now". */
const buildOptions = {
  defaultAuthor: site.defaultAuthor,
  includeDrafts: import.meta.env.DISPATCH_SHOW_DRAFTS,
  now: scheduleNow(process.env),
};

export function allBriefs(): Promise<Brief[]> {
  briefs ??= briefEntries().then((list) => publishedBriefs(list, buildOptions));
  return briefs;
}

/** Briefs past their `expires`, whose URLs show a notice instead. */
export async function expiredBriefList(): Promise<Brief[]> {
  return expiredBriefs(await briefEntries(), buildOptions);
}

/** The briefs of one language, newest first. */
export async function briefsIn(lang: Language): Promise<Brief[]> {
  return (await allBriefs()).filter((brief) => brief.lang === lang);
}

export async function relatedTo(brief: Brief): Promise<Brief[]> {
  related ??= allBriefs().then((list) => relatedBriefs(list, 3));
  return (await related).get(brief.slug) ?? [];
}

/** The brief's translations (same `translationKey`), one per other language. */
export async function translationsOf(brief: Brief): Promise<Brief[]> {
  translations ??= allBriefs().then(translationIndex);
  return (await translations).get(brief.slug) ?? [];
}

/**
 * Each brief's content digest, by id: it changes when the file or the Markdown pipeline
 * does, so it stands for the rendered body in a page's cache key.
 */
export async function bodyDigests(): Promise<Map<string, string>> {
  return new Map((await briefEntries()).map((entry) => [entry.id, String(entry.digest ?? entry.rendered?.html ?? "")]));
}

/** Each brief's rendered, sanitised body HTML, by id, as the loader stored it. */
export async function renderedBodies(): Promise<Map<string, string>> {
  return new Map((await briefEntries()).map((entry) => [entry.id, entry.rendered?.html ?? ""]));
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

/** Props of a brief's page: everything it shows besides code, so its cache key can cover all of it. */
export interface BriefPageProps {
  brief: Brief;
  /** Stands for the rendered body (see `bodyDigests`). */
  bodyDigest: string | undefined;
  related: Brief[];
  translations: Brief[];
  organizationNews: OrganizationItem[];
}

/** The brief's rendered body, as the component its page places. */
export async function briefBody(brief: Brief) {
  const entry = await getEntry("briefs", brief.id);
  if (!entry) throw new Error(`Brief ${brief.filePath} disappeared from the content store during the build`);
  return (await render(entry)).Content;
}

/** Props of an expired brief's URL, which shows a short notice instead of the brief. */
export interface ExpiredNoticeProps {
  notice: ExpiredNotice;
}

/** `getStaticPaths` of the brief pages: one per published brief, and a notice per expired one. */
export async function briefPagePaths() {
  const [briefs, expired, digests, news] = await Promise.all([
    allBriefs(),
    expiredBriefList(),
    bodyDigests(),
    organizationNews(),
  ]);
  const pages = await Promise.all(
    briefs.map(async (brief) => ({
      params: { lang: languageParam(brief.lang), slug: brief.slug },
      props: {
        brief,
        bodyDigest: digests.get(brief.id),
        related: await relatedTo(brief),
        translations: await translationsOf(brief),
        organizationNews: news,
      } satisfies BriefPageProps,
    })),
  );
  const notices = expired.map((brief) => ({
    params: { lang: languageParam(brief.lang), slug: brief.slug },
    props: { notice: expiredNotice(brief, site.timeZone) } satisfies ExpiredNoticeProps,
  }));
  return withCacheKeys<{ params: (typeof pages)[number]["params"]; props: BriefPageProps | ExpiredNoticeProps }>([
    ...pages,
    ...notices,
  ]);
}
