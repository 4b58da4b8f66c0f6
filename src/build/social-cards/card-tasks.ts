import type { SocialCard } from "../../model/social-card.ts";
import { loadCardFonts, renderSocialCard, type CardFont } from "./draw.ts";
import { taskModule } from "../workers/pool.ts";

let fonts: Promise<CardFont[]> | undefined;

/** Draws one card as PNG; each thread reads the fonts once. */
async function drawSocialCard(card: SocialCard): Promise<Uint8Array> {
  fonts ??= loadCardFonts();
  return renderSocialCard(card, await fonts);
}

/** What the social cards' worker threads run. */
export default taskModule(import.meta.url, { drawSocialCard });
