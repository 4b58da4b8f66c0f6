import type { Brief } from "./briefs.ts";
import type { SocialCard } from "../build/social-cards/draw.ts";
import { formatDate, t } from "../i18n/index.ts";

/** What a brief's social card shows, in the brief's own language. */
export function briefSocialCard(
  brief: Pick<Brief, "title" | "countries" | "date" | "lang">,
  organization: string,
): SocialCard {
  return {
    title: brief.title,
    kicker: t(brief.lang, "brief.kicker"),
    country: brief.countries[0],
    date: formatDate(brief.date, brief.lang),
    organization,
    lang: brief.lang,
  };
}
