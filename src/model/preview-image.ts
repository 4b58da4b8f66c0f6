import type { Brief } from "./briefs.ts";
import { briefSocialCard, CARD_HEIGHT, CARD_WIDTH } from "./social-card.ts";
import { absoluteUrl, socialCardPath } from "./urls.ts";

/** The image a link preview shows (Open Graph / Twitter); `url` is absolute. */
export interface PreviewImage {
  url: string;
  alt: string;
  width?: number | undefined;
  height?: number | undefined;
}

/**
 * A brief's own image when it has one (its size is not known at build time, so none is
 * claimed), else its generated 1200x630 card, described by the text the card shows.
 */
export function briefPreviewImage(
  brief: Pick<Brief, "slug" | "title" | "countries" | "date" | "lang" | "image">,
  organization: string,
): PreviewImage {
  if (brief.image) {
    const { src, alt } = brief.image;
    // `src` is relative to public/ with or without a leading slash, as in the page's <img>.
    return { url: /^https?:\/\//.test(src) ? src : absoluteUrl(src.replace(/^\/+/, "")), alt: alt || brief.title };
  }
  const card = briefSocialCard(brief, organization);
  const label = [card.kicker, card.country].filter(Boolean).join(" · ");
  return {
    url: absoluteUrl(socialCardPath(brief)),
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    alt: `${label}: ${card.title}. ${card.organization}, ${card.date}`,
  };
}
