import type { Language } from "../i18n/languages.ts";
import type { OrganizationItemFrontMatter } from "../schemas/brief.ts";
import { site } from "../site.config.ts";
import { breadcrumbTrail, type Crumb } from "./breadcrumbs.ts";
import { organizationUrl } from "./urls.ts";

/** One item of the organization's own news (`content/organization/*.md`). */
export interface OrganizationItem {
  id: string;
  title: string;
  date: Date;
  /** Empty when the item has none. */
  summary: string;
  /** Where the item is published, if not on this site (then it has no page here). */
  url: string | undefined;
  lang: Language;
}

export function organizationItem(entry: { id: string; data: OrganizationItemFrontMatter }): OrganizationItem {
  const { data } = entry;
  return {
    id: entry.id,
    title: data.title,
    date: data.date,
    summary: data.summary ?? "",
    url: data.url,
    lang: data.lang,
  };
}

/** Newest first; ties broken by id so every build lists items in the same order. */
export function newestItemsFirst(items: readonly OrganizationItem[]): OrganizationItem[] {
  return [...items].sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id));
}

/** What an item's own page shows besides the item's fields and body. */
export interface OrganizationItemPage {
  path: string;
  /** The item's summary, else the site's description. */
  description: string;
  trail: Crumb[];
}

export function organizationItemPage(item: OrganizationItem): OrganizationItemPage {
  return {
    path: organizationUrl(item.id),
    description: item.summary || site.description,
    trail: breadcrumbTrail(item.lang, [], item.title),
  };
}
