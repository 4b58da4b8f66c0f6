import { describe, expect, it } from "vitest";
import {
  breadcrumbJsonLd,
  newsArticleJsonLd,
  serializeJsonLd,
  type NewsArticleInput,
} from "../../../src/model/jsonld.ts";

const input: NewsArticleInput = {
  headline: "Peru to Install Military Bases",
  description: "Peru will install ten new military bases.",
  url: "https://news.example.org/news/brief/peru/",
  datePublished: new Date("2012-10-16T12:00:00Z"),
  dateModified: new Date("2012-10-18T09:00:00Z"),
  inLanguage: "en",
  tags: ["Coca", "Military"],
  countries: ["Peru"],
  authors: [
    { name: "Ana Pérez", url: "https://news.example.org/author/ana-perez/" },
    { name: "InSight Crime", url: "https://news.example.org/author/insight-crime/" },
  ],
  publisher: {
    name: "InSight Crime",
    url: "https://news.example.org/",
    logo: { url: "https://news.example.org/logo.png", width: 600, height: 60 },
  },
  image: { url: "https://news.example.org/social/peru.png", width: 1200, height: 630 },
  license: "https://creativecommons.org/licenses/by-nc/4.0/",
};

describe("newsArticleJsonLd", () => {
  const article = newsArticleJsonLd(input);

  it("describes the brief as a free NewsArticle with dates, language, licence and topics", () => {
    expect(article).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "Peru to Install Military Bases",
      datePublished: "2012-10-16T12:00:00.000Z",
      dateModified: "2012-10-18T09:00:00.000Z",
      inLanguage: "en",
      isAccessibleForFree: true,
      license: "https://creativecommons.org/licenses/by-nc/4.0/",
      mainEntityOfPage: { "@type": "WebPage", "@id": input.url },
      about: [
        { "@type": "Thing", name: "Coca" },
        { "@type": "Thing", name: "Military" },
      ],
      contentLocation: [{ "@type": "Place", name: "Peru" }],
    });
  });

  it("credits people as Person and the newsroom itself as Organization", () => {
    expect(article["author"]).toEqual([
      { "@type": "Person", name: "Ana Pérez", url: "https://news.example.org/author/ana-perez/" },
      { "@type": "Organization", name: "InSight Crime", url: "https://news.example.org/" },
    ]);
  });

  it("gives publisher logo and image as ImageObjects with their size", () => {
    expect(article["publisher"]).toEqual({
      "@type": "Organization",
      name: "InSight Crime",
      url: "https://news.example.org/",
      logo: { "@type": "ImageObject", url: "https://news.example.org/logo.png", width: 600, height: 60 },
    });
    expect(article["image"]).toEqual([
      { "@type": "ImageObject", url: "https://news.example.org/social/peru.png", width: 1200, height: 630 },
    ]);
  });

  it("carries corrections as CorrectionComment, and no correction field when there are none", () => {
    const corrected = newsArticleJsonLd({
      ...input,
      corrections: [{ date: new Date("2024-02-01T12:00:00Z"), text: "The town was misnamed." }],
    });
    expect(corrected["correction"]).toEqual([
      { "@type": "CorrectionComment", text: "The town was misnamed.", datePublished: "2024-02-01T12:00:00.000Z" },
    ]);
    expect(article).not.toHaveProperty("correction");
  });

  it("omits unknown image sizes and an empty country list", () => {
    const bare = newsArticleJsonLd({ ...input, countries: [], image: { url: "https://cdn.example/p.jpg" } });
    expect(bare["image"]).toEqual([{ "@type": "ImageObject", url: "https://cdn.example/p.jpg" }]);
    expect(bare).not.toHaveProperty("contentLocation");
  });
});

describe("breadcrumbJsonLd", () => {
  it("numbers the trail from 1 and leaves the current page without a URL", () => {
    expect(breadcrumbJsonLd([{ name: "Home", url: "https://n.example/" }, { name: "Peru" }])).toEqual({
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "Home", item: "https://n.example/" },
        { "@type": "ListItem", position: 2, name: "Peru" },
      ],
    });
  });
});

describe("serializeJsonLd", () => {
  it("cannot close the script element it is embedded in, and still parses to the same data", () => {
    const data = { headline: "</script><script>alert(1)</script> & more\u2028" };
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(data);
  });
});
