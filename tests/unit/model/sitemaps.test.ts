import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { newsSitemapXml, recentBriefs, robotsTxt, sitemapDetails } from "../../../src/model/sitemaps.ts";
import { makeBrief } from "../../helpers/make-brief.ts";
import { xmlErrors } from "../../helpers/well-formed.ts";

const origin = "https://insightcrime.example.org";
const now = new Date("2024-03-10T12:00:00Z");

describe("recentBriefs", () => {
  it("keeps briefs of the two days before the build, not older ones nor future-dated ones", () => {
    const briefs = [
      makeBrief("future", { date: "2024-03-10T13:00:00Z" }),
      makeBrief("just-now", { date: "2024-03-10T12:00:00Z" }),
      makeBrief("edge", { date: "2024-03-08T12:00:00Z" }),
      makeBrief("too-old", { date: "2024-03-08T11:59:59Z" }),
    ];
    expect(recentBriefs(briefs, now).map((brief) => brief.slug)).toEqual(["just-now", "edge"]);
  });
});

describe("newsSitemapXml", () => {
  it("writes one well-formed news:news entry per recent brief, with its language and escaped title", () => {
    const briefs = [
      makeBrief("fresh", { date: "2024-03-10T06:00:00-05:00", title: `Ports & "Scanners" <Now>`, lang: "es" }),
      makeBrief("stale", { date: "2024-01-01" }),
    ];
    const document = newsSitemapXml(briefs, now, "Dispatch & Co");
    expect(xmlErrors(document)).toEqual([]);
    const url = (new XMLParser().parse(document) as { urlset: { url: unknown } }).urlset.url;
    expect(url).toEqual({
      loc: `${origin}/es/news/brief/fresh/`,
      "news:news": {
        "news:publication": { "news:name": "Dispatch & Co", "news:language": "es" },
        "news:publication_date": "2024-03-10T11:00:00.000Z",
        "news:title": `Ports & "Scanners" <Now>`,
      },
    });
  });

  it("is a valid empty urlset when nothing is recent", () => {
    const document = newsSitemapXml([makeBrief("old")], now, "X");
    expect(xmlErrors(document)).toEqual([]);
    expect(document).not.toContain("<url>");
  });
});

describe("sitemapDetails", () => {
  const en = makeBrief("coca", { date: "2024-03-01", updated: "2024-03-05", translationKey: "k", tags: ["Coca"] });
  const es = makeBrief("coca-es", { date: "2024-03-02", lang: "es", translationKey: "k", tags: ["Coca"] });
  const alone = makeBrief("alone", { date: "2024-02-01", translationKey: "solo" });
  const details = sitemapDetails([es, en, alone], ["en", "es"], ["/old/"]);

  it("dates a brief by its update, else its publication", () => {
    expect(details.pages[`${origin}/news/brief/coca/`]?.lastmod).toBe("2024-03-05T12:00:00.000Z");
    expect(details.pages[`${origin}/news/brief/alone/`]?.lastmod).toBe("2024-02-01T12:00:00.000Z");
  });

  it("links translations to each other, themselves included, and leaves untranslated briefs alone", () => {
    const links = [
      { lang: "es", url: `${origin}/es/news/brief/coca-es/` },
      { lang: "en", url: `${origin}/news/brief/coca/` },
    ];
    expect(details.pages[`${origin}/news/brief/coca/`]?.links).toEqual(links);
    expect(details.pages[`${origin}/es/news/brief/coca-es/`]?.links).toEqual(links);
    expect(details.pages[`${origin}/news/brief/alone/`]?.links).toBeUndefined();
  });

  it("dates listings by their newest brief, per language and per term", () => {
    expect(details.pages[`${origin}/`]?.lastmod).toBe("2024-03-05T12:00:00.000Z");
    expect(details.pages[`${origin}/es/news/`]?.lastmod).toBe("2024-03-02T12:00:00.000Z");
    expect(details.pages[`${origin}/tag/coca/`]?.lastmod).toBe("2024-03-05T12:00:00.000Z");
  });

  it("names alias pages absolutely so the sitemap can leave them out", () => {
    expect(details.redirects).toEqual([`${origin}/old/`]);
  });
});

describe("robotsTxt", () => {
  it("allows crawling and names both sitemaps absolutely", () => {
    expect(robotsTxt()).toBe(
      `User-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap-index.xml\nSitemap: ${origin}/news-sitemap.xml\n`,
    );
  });
});
