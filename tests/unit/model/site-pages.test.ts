import { afterEach, describe, expect, it, vi } from "vitest";
import { sitePageAt, sitePageFamilies } from "../../../src/model/site-pages.ts";

describe("sitePageAt", () => {
  it.each([
    ["es", "home page (es)"],
    ["news", "news page (en)"],
    ["es/news", "news page (es)"],
    ["news/brief", "brief listing (en)"],
    ["news/brief/3", "brief listing (en)"],
    ["es/news/brief/12", "brief listing (es)"],
    ["search", "search page (en)"],
    ["es/search", "search page (es)"],
    ["tags", "tags page (en)"],
    ["es/tags", "tags page (es)"],
    ["countries", "countries page (en)"],
    ["authors", "authors page (en)"],
    ["es/authors", "authors page (es)"],
    ["archive", "archive pages (en)"],
    ["archive/2012/10", "archive pages (en)"],
    ["es/archive/2012", "archive pages (es)"],
    ["tag/coca", "tag pages (en)"],
    ["tag/coca/2", "tag pages (en)"],
    ["tag/coca/rss.xml", "tag pages (en)"],
    ["es/tag/coca", "tag pages (es)"],
    ["country/peru", "country pages (en)"],
    ["author/ana", "author pages (en)"],
    ["en/rss.xml", "rss feed (en)"],
    ["es/atom.xml", "atom feed (es)"],
    ["es/feed.json", "json feed (es)"],
    ["rss.xml", "site-wide rss feed"],
    ["atom.xml", "site-wide atom feed"],
    ["feed.json", "site-wide json feed"],
    ["sitemap-index.xml", "sitemap index"],
    ["sitemap-0.xml", "sitemaps"],
    ["sitemap-12.xml", "sitemaps"],
    ["news-sitemap.xml", "news sitemap"],
    ["robots.txt", "robots.txt"],
    ["404", "404 page"],
    ["404.html", "404 page"],
    ["organization/about", "organization pages"],
    ["social/some-brief.png", "social cards"],
    ["pagefind/pagefind.js", "search index"],
    ["_astro/app.js", "asset folder"],
  ])("knows %s as Dispatch's %s", (path, name) => {
    expect(sitePageAt(path)?.name).toContain(name);
  });

  it.each([
    "2012/10/old-slug",
    "news/brief/renamed-brief",
    "es/news/brief/2x",
    "searching",
    "search/old",
    "es/vieja",
    "tagged/coca",
    "feed",
    "sitemap-a.xml",
    "archives",
  ])("leaves %s free for an alias", (path) => {
    expect(sitePageAt(path)).toBeUndefined();
  });

  it("names each family once per language, so messages stay unambiguous", () => {
    const names = sitePageFamilies().map((family) => family.name);
    expect(names.filter((name) => name.includes("search page"))).toEqual([
      "Dispatch's search page (en)",
      "Dispatch's search page (es)",
    ]);
  });
});

describe("sitePageFamilies under a sub-path deployment", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("matches aliases relative to the base path, as aliases are written", async () => {
    vi.resetModules();
    vi.stubEnv("BASE_PATH", "dispatch");
    const { sitePageAt: atSubPath } = await import("../../../src/model/site-pages.ts");
    expect(atSubPath("search")?.name).toBe("Dispatch's search page (en)");
    expect(atSubPath("tag/coca")?.name).toBe("Dispatch's tag pages (en)");
    expect(atSubPath("dispatch/search")).toBeUndefined();
  });
});
