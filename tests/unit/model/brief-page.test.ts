import { describe, expect, it } from "vitest";
import { briefPage } from "../../../src/model/brief-page.ts";
import { site } from "../../../src/site.config.ts";
import { makeBrief } from "../../helpers/make-brief.ts";

const origin = `${site.url}${site.basePath}`;
const brief = makeBrief("peru-bases", {
  title: "Peru to Install Military Bases",
  date: "2012-10-16",
  updated: "2012-10-20",
  countries: ["Peru"],
  tags: ["Coca", "Shining Path"],
  authors: ["María Pérez", site.name],
  summary: `Peru will install ten military bases. ${"More detail. ".repeat(30)}`,
  translationKey: "peru-bases",
});
const translation = makeBrief("bases-peru", { title: "Bases en Perú", lang: "es", translationKey: "peru-bases" });

interface JsonLd {
  "@type": string;
  author: { "@type": string; name: string; url: string }[];
  itemListElement: { position: number; name: string; item?: string }[];
  description: string;
  image: { url: string; width: number }[];
}

describe("briefPage", () => {
  const page = briefPage(brief, [translation]);

  it("addresses the page and links its translation both ways, with x-default", () => {
    expect(page.path).toBe(`${site.basePath}news/brief/peru-bases/`);
    expect(page.canonical).toBe(`${origin}news/brief/peru-bases/`);
    expect(page.alternates).toEqual([
      { hreflang: "en", href: `${site.basePath}news/brief/peru-bases/` },
      { hreflang: "es", href: `${site.basePath}es/news/brief/bases-peru/` },
      { hreflang: "x-default", href: `${site.basePath}news/brief/peru-bases/` },
    ]);
    expect(page.alternateLanguages).toEqual(["es"]);
  });

  it("has no alternates without translations", () => {
    expect(briefPage(brief, []).alternates).toEqual([]);
  });

  it("leads the breadcrumb from Home through News and all briefs to the headline", () => {
    expect(page.trail).toEqual([
      { label: "Home", href: site.basePath },
      { label: "News", href: `${site.basePath}news/` },
      { label: "Brief", href: `${site.basePath}news/brief/` },
      { label: "Peru to Install Military Bases" },
    ]);
  });

  it("describes the page by its summary cut to 200 characters", () => {
    expect(page.description.length).toBeLessThanOrEqual(200);
    expect(page.description).toMatch(/^Peru will install ten military bases\. More detail\..*…$/);
  });

  it("lists the article's Open Graph properties: dates, section, author pages and tags", () => {
    expect(page.articleMeta).toEqual([
      { property: "article:published_time", content: "2012-10-16T12:00:00.000Z" },
      { property: "article:modified_time", content: "2012-10-20T12:00:00.000Z" },
      { property: "article:section", content: "Brief" },
      { property: "article:author", content: `${origin}author/maria-perez/` },
      { property: "article:author", content: `${origin}author/${site.name.toLowerCase().replace(/\s+/g, "-")}/` },
      { property: "article:tag", content: "Coca" },
      { property: "article:tag", content: "Shining Path" },
    ]);
  });

  it("describes the brief and its trail in JSON-LD, crediting the organization's own byline as the Organization", () => {
    const [article, trail] = JSON.parse(page.structuredData) as [JsonLd, JsonLd];
    expect(article["@type"]).toBe("NewsArticle");
    expect(article.description).toBe(page.description);
    expect(article.author.map((author) => author["@type"])).toEqual(["Person", "Organization"]);
    expect(article.image[0]).toMatchObject({ url: `${origin}social/peru-bases.png`, width: 1200 });
    expect(trail.itemListElement.map((item) => [item.position, item.name, item.item])).toEqual([
      [1, "Home", origin],
      [2, "News", `${origin}news/`],
      [3, "Brief", `${origin}news/brief/`],
      [4, "Peru to Install Military Bases", undefined],
    ]);
  });

  it("previews the link with the generated card, and shares the canonical URL", () => {
    expect(page.previewImage).toMatchObject({ url: `${origin}social/peru-bases.png`, width: 1200, height: 630 });
    expect(page.image).toBeUndefined();
    expect(page.share).toEqual({
      title: "Peru to Install Military Bases",
      url: page.canonical,
      summary: brief.summary,
      via: site.social.x,
    });
  });

  it("shows the lead image as a <picture> with caption and credit, and previews and describes it by its crops", () => {
    const image = { kind: "encoded", digest: "d1", width: 1600, height: 900, fallback: "jpeg" } as const;
    const front = { src: "./port.jpg", alt: "The port", caption: "At dawn", credit: "Photo: Desk" };
    const withImage = briefPage(makeBrief("a", { image: front }, "", image), []);
    expect(withImage.image).toMatchObject({ caption: "At dawn", credit: "Photo: Desk" });
    expect(withImage.image?.picture.img).toMatchObject({ alt: "The port", fetchpriority: "high", width: 1200 });
    expect(withImage.previewImage).toEqual({
      url: `${origin}_images/d1-og.jpg`,
      width: 1200,
      height: 630,
      alt: "The port",
    });
    const article = (JSON.parse(withImage.structuredData) as JsonLd[])[0]!;
    expect(article.image.map((crop) => crop.url)).toEqual(
      ["16x9", "4x3", "1x1"].map((crop) => `${origin}_images/d1-${crop}.jpg`),
    );
  });

  it("leaves out a blank caption or credit", () => {
    const image = { kind: "encoded", digest: "d1", width: 800, height: 600, fallback: "jpeg" } as const;
    const blank = makeBrief("c", { image: { src: "./a.jpg", alt: "A", caption: " ", credit: "" } }, "", image);
    expect(briefPage(blank, []).image).toMatchObject({ caption: undefined, credit: undefined });
  });

  it("keeps a remote image it could not download as it is, in the page and the preview", () => {
    const remote = makeBrief("b", { image: { src: "https://cdn.example/p.jpg", alt: "A port" } }, "", {
      kind: "remote",
      url: "https://cdn.example/p.jpg",
    });
    expect(briefPage(remote, []).image?.picture.img).toMatchObject({
      src: "https://cdn.example/p.jpg",
      fetchpriority: "high",
    });
    expect(briefPage(remote, []).previewImage).toEqual({ url: "https://cdn.example/p.jpg", alt: "A port" });
  });
});
