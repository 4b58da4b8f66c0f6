import { describe, expect, it } from "vitest";
import { defaultTaxonomyOptions, mapTerms } from "../../../../tools/wordpress-import/taxonomy.ts";
import type { WxrCategory, WxrTerm } from "../../../../tools/wordpress-import/wxr-stream.ts";

const categories = new Map<string, WxrCategory>([
  ["regions", { name: "Regions", parent: "" }],
  ["andes", { name: "Andes", parent: "regions" }],
  ["peru", { name: "Perú", parent: "andes" }],
  ["drug-policy", { name: "Drug Policy", parent: "" }],
]);
const term = (domain: string, name: string, nicename = name.toLowerCase()): WxrTerm => ({ domain, name, nicename });

describe("mapTerms", () => {
  it("makes post tags and categories tags by default, without Uncategorized or post formats", () => {
    const terms = [
      term("post_tag", "Coca"),
      term("category", "Drug Policy", "drug-policy"),
      term("category", "Uncategorized"),
      term("post_format", "Gallery", "post-format-gallery"),
    ];
    expect(mapTerms(terms, categories, defaultTaxonomyOptions)).toEqual({
      tags: ["Coca", "Drug Policy"],
      countries: [],
    });
  });

  it("drops categories when they are not wanted as tags", () => {
    const terms = [term("post_tag", "Coca"), term("category", "Drug Policy", "drug-policy")];
    expect(mapTerms(terms, categories, { ...defaultTaxonomyOptions, categoriesAsTags: false }).tags).toEqual(["Coca"]);
  });

  it("maps a custom taxonomy to countries", () => {
    const terms = [term("country", "Colombia"), term("post_tag", "Coca")];
    expect(mapTerms(terms, categories, { ...defaultTaxonomyOptions, countryTaxonomies: ["country"] })).toEqual({
      tags: ["Coca"],
      countries: ["Colombia"],
    });
  });

  it("maps listed categories, and descendants of a parent at any depth, to countries", () => {
    const terms = [term("category", "Perú", "peru"), term("category", "Regions"), term("category", "Ecuador")];
    const mapped = mapTerms(terms, categories, {
      ...defaultTaxonomyOptions,
      countryParents: ["regions"],
      countryCategories: ["ecuador"],
    });
    expect(mapped).toEqual({ tags: [], countries: ["Perú", "Ecuador"] });
  });

  it("drops duplicates case- and accent-insensitively, keeping the first spelling", () => {
    const terms = [
      term("post_tag", "Narcotráfico"),
      term("post_tag", "narcotrafico"),
      term("category", "NARCOTRÁFICO"),
    ];
    expect(mapTerms(terms, categories, defaultTaxonomyOptions).tags).toEqual(["Narcotráfico"]);
  });

  it("survives a category that is its own ancestor", () => {
    const loop = new Map<string, WxrCategory>([
      ["a", { name: "A", parent: "b" }],
      ["b", { name: "B", parent: "a" }],
    ]);
    expect(
      mapTerms([term("category", "A", "a")], loop, { ...defaultTaxonomyOptions, countryParents: ["b"] }).countries,
    ).toEqual(["A"]);
  });
});
