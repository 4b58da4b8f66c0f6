import { describe, expect, it } from "vitest";
import { alternateLinks, translationIndex } from "../../../src/model/translations.ts";

describe("translationIndex", () => {
  const briefs = [
    { slug: "port-en", lang: "en" as const, translationKey: "port" },
    { slug: "puerto-es", lang: "es" as const, translationKey: "port" },
    { slug: "puerto-es-old", lang: "es" as const, translationKey: "port" },
    { slug: "alone", lang: "en" as const },
  ];
  const index = translationIndex(briefs);

  it("links briefs sharing a translationKey both ways", () => {
    expect(index.get("port-en")?.map((brief) => brief.slug)).toEqual(["puerto-es"]);
    expect(index.get("puerto-es")?.map((brief) => brief.slug)).toEqual(["port-en"]);
  });

  it("links only the first brief per language and nothing for a brief without a key", () => {
    expect(index.get("puerto-es-old")?.map((brief) => brief.slug)).toEqual(["port-en", "puerto-es"]);
    expect(index.get("alone")).toEqual([]);
  });
});

describe("alternateLinks", () => {
  it("lists every version plus x-default pointing at the default language", () => {
    expect(
      alternateLinks(
        [
          { lang: "es", href: "/es/a/" },
          { lang: "en", href: "/a/" },
        ],
        "en",
      ),
    ).toEqual([
      { hreflang: "es", href: "/es/a/" },
      { hreflang: "en", href: "/a/" },
      { hreflang: "x-default", href: "/a/" },
    ]);
  });

  it("falls back to the first version without a default-language one, and is empty for one version", () => {
    expect(
      alternateLinks(
        [
          { lang: "es", href: "/es/a/" },
          { lang: "es", href: "/es/b/" },
        ],
        "en",
      ).at(-1),
    ).toEqual({
      hreflang: "x-default",
      href: "/es/a/",
    });
    expect(alternateLinks([{ lang: "en", href: "/a/" }], "en")).toEqual([]);
  });
});
