import { describe, expect, it } from "vitest";
import { loadCardFonts, renderSocialCard, withoutEmoji } from "../../../../src/build/social-cards/draw.ts";
import { CARD_HEIGHT, CARD_WIDTH } from "../../../../src/model/social-card.ts";

function pngSize(png: Uint8Array): [number, number] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return [view.getUint32(16), view.getUint32(20)];
}

describe("renderSocialCard", () => {
  it("draws a 1200x630 PNG under WhatsApp's 300 KB, even for a long headline with accents and emoji", async () => {
    const fonts = await loadCardFonts();
    const png = await renderSocialCard(
      {
        title: `${"¿Por qué el narcotráfico crece en la región andina? ".repeat(4)}🇵🇪`,
        kicker: "Brief",
        country: "Perú",
        date: "16 oct 2012",
        organization: "InSight Crime",
        lang: "es",
      },
      fonts,
    );
    expect(Buffer.from(png.subarray(0, 8))).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(pngSize(png)).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    expect(png.byteLength).toBeLessThan(300 * 1024);
    expect(png.byteLength).toBeGreaterThan(5 * 1024); // text was drawn, not an empty canvas
  });

  it("different text gives a different image", async () => {
    const fonts = await loadCardFonts();
    const card = { title: "One", kicker: "Brief", date: "1 Jan 2020", organization: "Org", lang: "en" };
    const [a, b] = await Promise.all([
      renderSocialCard(card, fonts),
      renderSocialCard({ ...card, title: "Two" }, fonts),
    ]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });
});

describe("withoutEmoji", () => {
  it("drops emoji, flags and joiners the card fonts cannot draw, keeping accents and punctuation", () => {
    expect(withoutEmoji("Perú 🇵🇪 — “¡Sí!” 👨‍👩‍👧 50%")).toBe("Perú — “¡Sí!” 50%");
  });
});
