import type { Brief } from "./briefs.ts";
import { cropImage } from "./images.ts";
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
 * A brief's lead image when it has one: its 1200x630 crop, or the remote image itself
 * (of unknown size) when the build could not download it. Else its generated 1200x630
 * card, described by the text the card shows.
 */
export function briefPreviewImage(
  brief: Pick<Brief, "slug" | "title" | "countries" | "date" | "lang" | "image" | "leadImage">,
  organization: string,
): PreviewImage {
  if (brief.image && brief.leadImage) {
    const { alt } = brief.image;
    if (brief.leadImage.kind === "remote") return { url: brief.leadImage.url, alt };
    return { ...cropImage(brief.leadImage, "og"), alt };
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
