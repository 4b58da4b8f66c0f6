import { describe, expect, it } from "vitest";
import { briefSocialCard, CARD_HEIGHT, CARD_WIDTH } from "../../../src/model/social-card.ts";

describe("briefSocialCard", () => {
  it("shows the kicker, primary country and date in the brief's language", () => {
    const card = briefSocialCard(
      { title: "Título", countries: ["Perú", "Bolivia"], date: new Date("2012-10-16T12:00:00Z"), lang: "es" },
      "InSight Crime",
    );
    expect(card).toEqual({
      title: "Título",
      kicker: "Brief",
      country: "Perú",
      date: "16 oct 2012",
      organization: "InSight Crime",
      lang: "es",
    });
  });

  it("dates the card on the newsroom's calendar (America/Bogota) and leaves out a missing country", () => {
    // 02:00 UTC on the 17th is still the 16th in Bogotá.
    const card = briefSocialCard(
      { title: "T", countries: [], date: new Date("2012-10-17T02:00:00Z"), lang: "en" },
      "O",
    );
    expect(card.date).toBe("16 Oct 2012");
    expect(card.country).toBeUndefined();
  });

  it("is sized as Open Graph recommends", () => {
    expect([CARD_WIDTH, CARD_HEIGHT]).toEqual([1200, 630]);
  });
});
