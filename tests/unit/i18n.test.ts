import { describe, expect, it } from "vitest";
import { formatDate, t } from "../../src/i18n/index.ts";

describe("formatDate", () => {
  it("writes day, short month and year as the seed does", () => {
    expect(formatDate(new Date("2012-10-16T12:00:00Z"), "en")).toBe("16 Oct 2012");
    expect(formatDate(new Date("2023-09-22T12:00:00Z"), "en")).toBe("22 Sep 2023");
    expect(formatDate(new Date("2023-09-22T12:00:00Z"), "es")).toMatch(/^22 sept? 2023$/);
  });

  it("uses the newsroom's time zone for date-times", () => {
    // 02:00 UTC on the 17th is still the 16th in Bogotá (UTC-5).
    expect(formatDate(new Date("2012-10-17T02:00:00Z"), "en")).toBe("16 Oct 2012");
  });
});

describe("t", () => {
  it("fills placeholders and leaves unknown ones visible", () => {
    expect(t("en", "comments.link", { org: "InSight Crime" })).toBe("Click here to send InSight Crime your comments.");
    expect(t("es", "helpful.question")).toBe("¿Le resultó útil este contenido?");
    expect(t("en", "share.on")).toBe("Share on {network}");
  });
});
