import { describe, expect, it } from "vitest";
import { t } from "../../../src/i18n/index.ts";
import { taxonomies } from "../../../src/model/taxonomies.ts";
import { site } from "../../../src/site.config.ts";

const brief = { tags: ["Coca"], countries: ["Peru"], authors: ["Ana Pérez"] };

describe("taxonomies", () => {
  it("group briefs by their tags, countries and bylines", () => {
    expect(taxonomies.tag.namesOf(brief)).toEqual(["Coca"]);
    expect(taxonomies.country.namesOf(brief)).toEqual(["Peru"]);
    expect(taxonomies.author.namesOf(brief)).toEqual(["Ana Pérez"]);
  });

  it("give each term a paginated page and each taxonomy an index, per language", () => {
    const base = site.basePath;
    expect(taxonomies.tag.termUrl("coca", "en")).toBe(`${base}tag/coca/`);
    expect(taxonomies.country.termUrl("peru", "es", 2)).toBe(`${base}es/country/peru/2/`);
    expect(taxonomies.author.termUrl("ana-perez", "en", 3)).toBe(`${base}author/ana-perez/3/`);
    expect([taxonomies.tag, taxonomies.country, taxonomies.author].map((taxonomy) => taxonomy.indexUrl("es"))).toEqual([
      `${base}es/tags/`,
      `${base}es/countries/`,
      `${base}es/authors/`,
    ]);
  });

  it("name a term and the index with UI strings, and say which kind they are", () => {
    for (const [kind, taxonomy] of Object.entries(taxonomies)) expect(taxonomy.kind).toBe(kind);
    expect([t("en", taxonomies.tag.labelKey), t("en", taxonomies.tag.indexKey)]).toEqual(["Topic", "Topics"]);
    expect(t("en", taxonomies.author.indexKey)).toBe("Authors");
  });
});
