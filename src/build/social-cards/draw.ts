import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";
import satori from "satori";
import sharp from "sharp";
import { CARD_HEIGHT, CARD_WIDTH, type SocialCard } from "../../model/social-card.ts";

/**
 * The 1200x630 image shown when a brief is shared (Open Graph / Twitter card), drawn from
 * text alone: satori lays the card out as SVG, resvg rasterises it and sharp writes it as a
 * 16-colour palette PNG. The card is five flat colours and the anti-aliased edges between
 * them, so the palette loses nothing a reader sees and the file is about a third of a
 * full-colour PNG (about 13 KB instead of 35 KB): one card per brief, so this is most of
 * what a large archive's output weighs besides its pages.
 */

export interface CardFont {
  name: string;
  data: Buffer;
  weight: 500 | 700;
  style: "normal";
}

const BAR_HEIGHT = 16;
const MARGIN = 52;
const MARGIN_X = 72;
const CONTENT_WIDTH = CARD_WIDTH - 2 * MARGIN_X;
const COLORS = { background: "#f3f1ee", text: "#1a1a1a", muted: "#535353", accent: "#b3121f", rule: "#d6d3cf" };

/** Font files shipped by npm packages (never fetched): satori reads WOFF, not WOFF2. */
const FONT_FILES: { name: string; weight: 500 | 700; file: string }[] = [
  {
    name: "Source Serif 4",
    weight: 700,
    file: "@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff",
  },
  {
    name: "Source Serif 4",
    weight: 700,
    file: "@fontsource/source-serif-4/files/source-serif-4-latin-ext-700-normal.woff",
  },
  { name: "Inter", weight: 500, file: "@fontsource/inter/files/inter-latin-500-normal.woff" },
  { name: "Inter", weight: 500, file: "@fontsource/inter/files/inter-latin-ext-500-normal.woff" },
  { name: "Inter", weight: 700, file: "@fontsource/inter/files/inter-latin-700-normal.woff" },
  { name: "Inter", weight: 700, file: "@fontsource/inter/files/inter-latin-ext-700-normal.woff" },
];

/** Package files the card's look depends on, for cache keys. */
export const cardFontFiles = FONT_FILES.map((font) => font.file);

export async function loadCardFonts(): Promise<CardFont[]> {
  const require = createRequire(import.meta.url);
  return Promise.all(
    FONT_FILES.map(async ({ name, weight, file }) => ({
      name,
      weight,
      style: "normal" as const,
      data: await readFile(require.resolve(file)),
    })),
  );
}

/** Emoji and flags have no glyph in the bundled fonts; a card drops them rather than show boxes. */
export function withoutEmoji(text: string): string {
  return text
    .replace(/\p{Extended_Pictographic}|\p{Regional_Indicator}|\u200d|\ufe0f|\u20e3|\p{Emoji_Modifier}/gu, "")
    .replace(/\s{2,}/g, " ")
    .trim();
}

/** Long headlines get smaller type so most fit in four lines; the rest are clamped. */
function titleSize(title: string): number {
  const length = Array.from(title).length;
  if (length <= 50) return 72;
  if (length <= 90) return 60;
  return 50;
}

/** A React element's shape (`key` included, so it type-checks as one when @types/react is installed). */
interface Node {
  type: string;
  key: null;
  props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string };
}

const box = (style: Record<string, unknown>, ...children: (Node | string)[]): Node => ({
  type: "div",
  key: null,
  props: { style: { display: "flex", ...style }, children },
});

/** The card as the element tree satori lays out (plain objects: no JSX runtime needed). */
export function socialCardTree(card: SocialCard): Node {
  const title = withoutEmoji(card.title);
  const label = [card.kicker, card.country].filter(Boolean).join("  ·  ").toUpperCase();
  return box(
    { width: CARD_WIDTH, height: CARD_HEIGHT, flexDirection: "column", background: COLORS.background },
    box({ width: CARD_WIDTH, height: BAR_HEIGHT, background: COLORS.accent }),
    box(
      {
        // Satori sizes boxes without their padding, so the text area is sized explicitly.
        width: CONTENT_WIDTH,
        height: CARD_HEIGHT - BAR_HEIGHT - 2 * MARGIN,
        margin: `${MARGIN}px ${MARGIN_X}px`,
        flexDirection: "column",
        justifyContent: "space-between",
        color: COLORS.text,
        fontFamily: "Inter",
      },
      box(
        { flexDirection: "column", width: CONTENT_WIDTH },
        box({ color: COLORS.accent, fontSize: 28, fontWeight: 700, letterSpacing: 3 }, label),
        box(
          {
            marginTop: 24,
            fontFamily: "Source Serif 4",
            fontWeight: 700,
            fontSize: titleSize(title),
            lineHeight: 1.15,
            display: "block",
            width: CONTENT_WIDTH,
            lineClamp: 4,
          },
          title,
        ),
      ),
      box(
        {
          alignItems: "center",
          justifyContent: "space-between",
          width: CONTENT_WIDTH,
          borderTop: `2px solid ${COLORS.rule}`,
          paddingTop: 24,
          fontSize: 30,
        },
        box(
          { alignItems: "center", fontWeight: 700 },
          box({ width: 36, height: 36, borderRadius: 8, background: COLORS.accent, marginRight: 16 }),
          card.organization,
        ),
        box({ color: COLORS.muted, fontWeight: 500 }, card.date),
      ),
    ),
  );
}

/** Enough for the card's flat colours and their anti-aliased edges; see the comment at the top. */
const CARD_PALETTE_COLOURS = 16;

/** A PNG of the card. Glyphs the bundled fonts lack (emoji, scripts beyond Latin) are left out, never fetched. */
export async function renderSocialCard(card: SocialCard, fonts: CardFont[]): Promise<Uint8Array> {
  const svg = await satori(socialCardTree(card), {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts,
    // Satori would otherwise ask for emoji images or extra fonts; there is nowhere to fetch them from.
    loadAdditionalAsset: () => Promise.resolve([]),
  });
  const image = new Resvg(svg, { fitTo: { mode: "original" }, font: { loadSystemFonts: false } }).render();
  // Effort 1 quantises in a few milliseconds; higher efforts took twice as long for 1% smaller files.
  const png = await sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .png({ palette: true, colours: CARD_PALETTE_COLOURS, effort: 1, dither: 0 })
    .toBuffer();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
