import { describe, expect, it } from "vitest";
import { aliasRedirects, normalizeAlias, redirectsFile } from "../../../src/model/redirects.ts";
import { makeBrief } from "../../helpers/make-brief.ts";

describe("normalizeAlias", () => {
  it.each([
    ["/2012/10/old-slug", "2012/10/old-slug"],
    ["/2012/10/old-slug/", "2012/10/old-slug"],
    ["//news//", "news"],
    ["/noticias/narcotráfico/", "noticias/narcotráfico"],
  ])("reads %s as %s", (alias, expected) => {
    expect(normalizeAlias(alias, "a.md")).toBe(expected);
  });

  it.each([
    ["/old?p=12", /query string/],
    ["/old#top", /query string or fragment/],
    ["/old slug/", /whitespace/],
    ["/a/../b/", /`\.\.` segment/],
    ["/a//b/", /empty/],
    ["/", /home page/],
  ])("rejects %s, naming the file", (alias, problem) => {
    expect(() => normalizeAlias(alias, "content/briefs/a.md")).toThrow(problem);
    expect(() => normalizeAlias(alias, "content/briefs/a.md")).toThrow(/content\/briefs\/a\.md/);
  });
});

describe("aliasRedirects", () => {
  it("maps every alias of every brief to the brief's page, sorted by old address", () => {
    const briefs = [
      makeBrief("new-slug", { aliases: ["/z/old/", "/a/old"] }),
      makeBrief("nueva", { lang: "es", aliases: ["/es/vieja"] }),
      makeBrief("plain"),
    ];
    expect(aliasRedirects(briefs).map(({ alias, from, to }) => ({ alias, from, to }))).toEqual([
      { alias: "a/old", from: "/a/old/", to: "/news/brief/new-slug/" },
      { alias: "es/vieja", from: "/es/vieja/", to: "/es/news/brief/nueva/" },
      { alias: "z/old", from: "/z/old/", to: "/news/brief/new-slug/" },
    ]);
  });

  it("stops the build when two briefs claim one old address", () => {
    const briefs = [makeBrief("one", { aliases: ["/old/"] }), makeBrief("two", { aliases: ["/old"] })];
    expect(() => aliasRedirects(briefs)).toThrow(
      /claimed by both content\/briefs\/one\.md and content\/briefs\/two\.md/,
    );
  });

  it("stops the build when an alias is another brief's own address", () => {
    const briefs = [makeBrief("live"), makeBrief("other", { aliases: ["/news/brief/live/"] })];
    expect(() => aliasRedirects(briefs)).toThrow(/is the address of content\/briefs\/live\.md/);
  });

  it("accepts one brief listing the same alias twice", () => {
    expect(aliasRedirects([makeBrief("x", { aliases: ["/old", "/old/"] })])).toHaveLength(1);
  });
});

describe("redirectsFile", () => {
  it("writes a permanent redirect with and without the slash, percent-encoding non-ASCII paths", () => {
    const file = redirectsFile(aliasRedirects([makeBrief("narco", { aliases: ["/noticias/narcotráfico"] })]));
    expect(file.split("\n").slice(1)).toEqual([
      "/noticias/narcotr%C3%A1fico /news/brief/narco/ 301",
      "/noticias/narcotr%C3%A1fico/ /news/brief/narco/ 301",
      "",
    ]);
  });
});
