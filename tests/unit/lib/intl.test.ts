import { describe, expect, it } from "vitest";
import { dateTimeFormat, graphemeSegmenter, numberFormat } from "../../../src/lib/intl.ts";

describe("shared Intl formatters", () => {
  it("builds one formatter per locale and options, and hands it out again", () => {
    const options = { year: "numeric", timeZone: "UTC" } as const;
    const first = dateTimeFormat("en-US", options);
    expect(dateTimeFormat("en-US", { ...options })).toBe(first);
    expect(dateTimeFormat("es-ES", options)).not.toBe(first);
    expect(dateTimeFormat("en-US", { ...options, month: "long" })).not.toBe(first);
    expect(first.format(new Date("2012-10-16T12:00:00Z"))).toBe("2012");
  });

  it("keeps date and number formatters apart even with equal arguments", () => {
    const money = numberFormat("en-US", { style: "currency", currency: "USD" });
    expect(numberFormat("en-US", { style: "currency", currency: "USD" })).toBe(money);
    expect(money.format(25)).toBe("$25.00");
    expect(dateTimeFormat("en-US", {})).not.toBe(numberFormat("en-US", {}));
  });

  it("segments text into what readers see as one character", () => {
    const segments = [...graphemeSegmenter().segment("Perú 🇵🇪")].map((part) => part.segment);
    expect(segments).toEqual(["P", "e", "r", "ú", " ", "🇵🇪"]);
    expect(graphemeSegmenter()).toBe(graphemeSegmenter());
  });
});
