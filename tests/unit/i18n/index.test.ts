import { describe, expect, it } from "vitest";
import { dictionaryKeys, formatDate, monthName, t } from "../../../src/i18n/index.ts";
import { dictionaries, languages } from "../../../src/i18n/languages.ts";
import { briefSchema } from "../../../src/schemas/brief.ts";

describe("UI dictionaries", () => {
  const english = dictionaryKeys("en");

  it.each(languages)("%s has exactly the English keys, none empty", (lang) => {
    expect(dictionaryKeys(lang)).toEqual(english);
    for (const value of Object.values(dictionaries[lang])) expect(value.trim()).not.toBe("");
  });

  it.each(languages)("%s keeps every {placeholder} of the English string", (lang) => {
    const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map((match) => match[0]).sort();
    for (const key of english) {
      const englishText = dictionaries.en[key as keyof typeof dictionaries.en];
      const translated = dictionaries[lang][key as keyof typeof dictionaries.en];
      expect(placeholders(translated), `${lang} ${key}`).toEqual(placeholders(englishText));
    }
  });

  it.each(languages)("%s names a locale Intl understands", (lang) => {
    expect(Intl.DateTimeFormat.supportedLocalesOf([dictionaries[lang]["lang.locale"]])).toHaveLength(1);
  });

  it("accepts exactly the registered languages in front matter", () => {
    const base = { title: "T", date: "2012-10-16" };
    for (const lang of languages) expect(briefSchema.safeParse({ ...base, lang }).success).toBe(true);
    expect(briefSchema.safeParse({ ...base, lang: "xx" }).success).toBe(false);
  });
});

describe("t and dates", () => {
  it("fills placeholders and leaves unknown ones visible", () => {
    expect(t("es", "listing.count", { count: 3 })).toBe("3 briefs");
    expect(t("en", "listing.more", {})).toBe("More on {name}");
  });

  it("formats dates and months in Spanish", () => {
    expect(formatDate(new Date("2012-10-16T12:00:00Z"), "es", "UTC")).toBe("16 oct 2012");
    expect(monthName(10, "es")).toBe("octubre");
    expect(monthName(10, "en")).toBe("October");
  });
});

describe("formatDate", () => {
  it("writes day, short month and year as the seed does", () => {
    expect(formatDate(new Date("2012-10-16T12:00:00Z"), "en", "UTC")).toBe("16 Oct 2012");
    expect(formatDate(new Date("2023-09-22T12:00:00Z"), "en", "UTC")).toBe("22 Sep 2023");
  });

  it("shows the day on the given time zone's calendar", () => {
    // 02:00 UTC on the 17th is still the 16th in Bogotá (UTC-5).
    const instant = new Date("2012-10-17T02:00:00Z");
    expect(formatDate(instant, "en", "America/Bogota")).toBe("16 Oct 2012");
    expect(formatDate(instant, "en", "UTC")).toBe("17 Oct 2012");
  });
});
