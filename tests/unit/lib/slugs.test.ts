import { describe, expect, it } from "vitest";
import { fileSlug, termSlug } from "../../../src/lib/slugs.ts";

describe("termSlug", () => {
  it.each([
    ["Narcotráfico", "narcotrafico"],
    ["Environmental Crime", "environmental-crime"],
    ["Coca", "coca"],
    ["COCA", "coca"],
    ["  Perú  ", "peru"],
    ["São Paulo", "sao-paulo"],
    ["Guns & Ammunition", "guns-and-ammunition"],
    ["Jeremy McDermott’s notes", "jeremy-mcdermotts-notes"],
    ["Ex-FARC Mafia", "ex-farc-mafia"],
    ["Łódź Straße", "lodz-strasse"],
  ])("%s → %s", (name, slug) => {
    expect(termSlug(name)).toBe(slug);
  });

  it("gives names without Latin letters a stable, distinct slug", () => {
    expect(termSlug("犯罪")).toMatch(/^term-[0-9a-f]{8}$/);
    expect(termSlug("犯罪")).toBe(termSlug("犯罪"));
    expect(termSlug("犯罪")).not.toBe(termSlug("组织"));
  });
});

describe("fileSlug", () => {
  it("is the file name without folders or extension", () => {
    expect(fileSlug("briefs/2012/peru-bases.md")).toBe("peru-bases");
    expect(fileSlug("guides\\windows-path.markdown")).toBe("windows-path");
  });
});
