import { formatDate, t } from "../i18n/index.ts";
import { site } from "../site.config.ts";
import type { Brief } from "./briefs.ts";

/**
 * The 1200x630 image shown when a brief is shared (Open Graph / Twitter card): Open Graph's
 * recommended size, which pages claim in og:image:width/height without loading the renderer
 * (src/build/social-cards/ draws it).
 */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Everything a card shows; two cards with equal fields are the same image. */
export interface SocialCard {
  title: string;
  /** Small label above the title, e.g. "Brief". */
  kicker: string;
  /** Primary country, shown beside the kicker. */
  country?: string | undefined;
  /** Publication date as readers see it ("16 Oct 2012"). */
  date: string;
  organization: string;
  lang: string;
}

/** What a brief's social card shows, in the brief's own language. */
export function briefSocialCard(
  brief: Pick<Brief, "title" | "countries" | "date" | "lang">,
  organization: string,
): SocialCard {
  return {
    title: brief.title,
    kicker: t(brief.lang, "brief.kicker"),
    country: brief.countries[0],
    date: formatDate(brief.date, brief.lang, site.timeZone),
    organization,
    lang: brief.lang,
  };
}
