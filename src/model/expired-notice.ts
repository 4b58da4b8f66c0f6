import { formatDate, t } from "../i18n/index.ts";
import type { Language } from "../i18n/languages.ts";
import { breadcrumbTrail, type Crumb } from "./breadcrumbs.ts";
import type { Brief } from "./briefs.ts";
import { briefUrl, newsUrl } from "./urls.ts";

/** What an expired brief's URL shows instead of the brief: a short notice, kept out of search engines. */
export interface ExpiredNotice {
  lang: Language;
  title: string;
  /** The sentence naming the brief and when it was published and taken down. */
  text: string;
  /** Site path: the brief's own URL, so old links land on an explanation rather than a 404. */
  path: string;
  trail: Crumb[];
}

export function expiredNotice(
  brief: Pick<Brief, "title" | "lang" | "slug" | "date" | "expires">,
  timeZone: string,
): ExpiredNotice {
  const { lang } = brief;
  const title = t(lang, "expired.title");
  return {
    lang,
    title,
    text: t(lang, "expired.text", {
      title: brief.title,
      published: formatDate(brief.date, lang, timeZone),
      expired: brief.expires ? formatDate(brief.expires, lang, timeZone) : "",
    }),
    path: briefUrl(brief),
    trail: breadcrumbTrail(lang, [{ label: t(lang, "nav.news"), href: newsUrl(lang) }], title),
  };
}
