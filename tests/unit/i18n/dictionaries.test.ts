import { describe, expect, it } from "vitest";
import { dictionaryKeys, t, uiLanguages } from "../../../src/i18n/index.ts";

describe("UI dictionaries", () => {
  it("every language has exactly the English keys", () => {
    for (const lang of uiLanguages) expect(dictionaryKeys(lang)).toEqual(dictionaryKeys("en"));
  });

  it("keeps placeholders it has no value for, so templates can fill them later", () => {
    expect(t("en", "republish.originallyPublished", { date: "1 Jan 2020" })).toBe(
      "This brief was originally published by {org} on 1 Jan 2020.",
    );
    expect(t("es", "donate.snoozed", { days: 30 })).toBe("Gracias. No volveremos a pedírselo en 30 días.");
  });
});
