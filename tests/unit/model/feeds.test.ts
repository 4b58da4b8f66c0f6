import { XMLParser } from "fast-xml-parser";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  FEED_LIMIT,
  atomXml,
  feedEntry,
  jsonFeed,
  rssOptions,
  siteFeed,
  siteFeedLinks,
  termFeed,
  termFeedLink,
} from "../../../src/model/feeds.ts";
import { makeBrief } from "../../helpers/make-brief.ts";
import { xmlErrors } from "../../helpers/well-formed.ts";

const origin = "https://insightcrime.example.org";
const tricky = `Coca & "Cocaine" <Growers> 🌿 it's`;
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });

const english = makeBrief("coca", {
  title: tricky,
  date: "2024-03-05T09:30:00-05:00",
  updated: "2024-03-06",
  tags: ["Coca", "Peru"],
  countries: ["Peru", "Bolivia"],
  authors: ["Ana O'Neil", "Bo & Co"],
  summary: `${"A long summary. ".repeat(30)}End.`,
});
const spanish = makeBrief("coca-es", { lang: "es", date: "2024-03-04" });
const anonymous = makeBrief("desk", { date: "2024-03-03" });

describe("feedEntry", () => {
  it("links absolutely, keeps the whole summary and lists every author with their page", () => {
    const entry = feedEntry(english);
    expect(entry.url).toBe(`${origin}/news/brief/coca/`);
    expect(entry.summary).toBe(english.summary);
    expect(entry.summary.length).toBeGreaterThan(400);
    expect(entry.authors).toEqual([
      { name: "Ana O'Neil", url: `${origin}/author/ana-oneil/` },
      { name: "Bo & Co", url: `${origin}/author/bo-and-co/` },
    ]);
    expect(entry.updated).toEqual(new Date("2024-03-06T12:00:00Z"));
  });

  it("lists tags then countries as categories, each name once", () => {
    expect(feedEntry(english).categories).toEqual(["Coca", "Peru", "Bolivia"]);
  });

  it("credits the default author when the brief names none", () => {
    expect(feedEntry(anonymous).authors.map((author) => author.name)).toEqual(["Default Desk"]);
  });

  it("drops control characters that XML forbids even when escaped", () => {
    const entry = feedEntry(makeBrief("bell", { title: "Bell\u0007 and\u000B tab\tkept" }));
    expect(entry.title).toBe("Bell and tab\tkept");
  });

  it("gives a lead image's 1200x630 crop, or a remote image it could not download as it is", () => {
    const image = { src: "./a.jpg", alt: "A" };
    const encoded = { kind: "encoded", digest: "d1", width: 800, height: 600, fallback: "jpeg" } as const;
    expect(feedEntry(makeBrief("a", { image }, "", encoded)).image).toBe(`${origin}/_images/d1-og.jpg`);
    const remote = { kind: "remote", url: "https://cdn.example.net/b.jpg" } as const;
    expect(feedEntry(makeBrief("b", { image }, "", remote)).image).toBe("https://cdn.example.net/b.jpg");
    expect(feedEntry(makeBrief("c")).image).toBeUndefined();
  });
});

describe("siteFeed and termFeed", () => {
  it("carries every language in the whole-site feed and one language in a language feed", () => {
    const briefs = [english, spanish, anonymous];
    expect(siteFeed(briefs).entries).toHaveLength(3);
    expect(siteFeed(briefs).lang).toBeUndefined();
    const es = siteFeed(briefs, "es");
    expect(es.entries.map((entry) => entry.url)).toEqual([`${origin}/es/news/brief/coca-es/`]);
    expect(es).toMatchObject({ lang: "es", title: "InSight Crime (Español)", homeUrl: `${origin}/es/` });
    expect(es.selfUrls).toEqual({
      rss: `${origin}/es/rss.xml`,
      atom: `${origin}/es/atom.xml`,
      json: `${origin}/es/feed.json`,
    });
  });

  it(`stops at the ${FEED_LIMIT} newest briefs`, () => {
    const many = Array.from({ length: FEED_LIMIT + 10 }, (_, index) => makeBrief(`b${index}`));
    expect(siteFeed(many).entries).toHaveLength(FEED_LIMIT);
  });

  it("names a term feed after the term and links it to the term's page", () => {
    const feed = termFeed("country", { slug: "peru", name: "Perú" }, [english]);
    expect(feed).toMatchObject({ title: "InSight Crime: Country: Perú", homeUrl: `${origin}/country/peru/` });
    expect(feed.selfUrls).toEqual({ rss: `${origin}/country/peru/rss.xml` });
  });
});

describe("rssOptions", () => {
  const options = rssOptions(siteFeed([english], "en"));

  it("escapes author names for the raw dc:creator XML", () => {
    const item = (options.items as { customData?: string }[])[0];
    expect(item?.customData).toBe("<dc:creator>Ana O&apos;Neil</dc:creator><dc:creator>Bo &amp; Co</dc:creator>");
  });

  it("HTML-escapes the summary, since an RSS description is HTML", () => {
    const withMarkup = rssOptions(siteFeed([makeBrief("m", { summary: "a < b & c" })]));
    expect((withMarkup.items as { description?: string }[])[0]?.description).toBe("a &lt; b &amp; c");
  });

  it("declares the channel's language and its own address", () => {
    expect(options.customData).toContain("<language>en</language>");
    expect(options.customData).toContain(
      `<atom:link href="${origin}/en/rss.xml" rel="self" type="application/rss+xml"/>`,
    );
  });
});

/** What fast-xml-parser gives back for an Atom feed (it types every result as `any`). */
interface AtomXml {
  feed: {
    updated: string;
    entry?: {
      title: { "#text": string };
      category: { "@term": string }[];
      published: string;
      updated: string;
      "@xml:lang": string;
    }[];
  };
}

describe("atomXml", () => {
  const document = atomXml(siteFeed([english, spanish]), new Date("2030-01-01T00:00:00Z"));
  const { feed } = xml.parse(document) as AtomXml;

  it("is well-formed and gives back the exact title", () => {
    expect(xmlErrors(document)).toEqual([]);
    expect(feed.entry?.[0]?.title["#text"]).toBe(tricky);
    expect(feed.entry?.[0]?.category.map((category) => category["@term"])).toEqual(["Coca", "Peru", "Bolivia"]);
  });

  it("dates entries in the newsroom's time zone with its offset, and the feed by its newest update", () => {
    expect(feed.entry?.[0]?.published).toBe("2024-03-05T09:30:00-05:00");
    expect(feed.entry?.[0]?.updated).toBe("2024-03-06T07:00:00-05:00");
    expect(feed.updated).toBe("2024-03-06T07:00:00-05:00");
  });

  it("tags each entry with its language and dates an empty feed by the build", () => {
    expect(feed.entry?.[1]?.["@xml:lang"]).toBe("es");
    const empty = (xml.parse(atomXml(siteFeed([]), new Date("2030-01-01T00:00:00Z"))) as AtomXml).feed;
    expect(empty.updated).toBe("2029-12-31T19:00:00-05:00");
    expect(empty.entry).toBeUndefined();
  });
});

describe("jsonFeed", () => {
  it("follows JSON Feed 1.1: version, feed_url, content_text and authors per item", () => {
    const feed = jsonFeed(siteFeed([english]));
    expect(feed).toMatchObject({
      version: "https://jsonfeed.org/version/1.1",
      home_page_url: `${origin}/`,
      feed_url: `${origin}/feed.json`,
    });
    expect(feed.items[0]).toMatchObject({
      id: `${origin}/news/brief/coca/`,
      title: tricky,
      content_text: english.summary,
      date_published: "2024-03-05T09:30:00-05:00",
      tags: ["Coca", "Peru", "Bolivia"],
      language: "en",
    });
    // A JSON round trip keeps every character of the title.
    expect((JSON.parse(JSON.stringify(feed)) as typeof feed).items[0]?.title).toBe(tricky);
  });
});

describe("full-text feeds", () => {
  const body =
    '<p>Body with a <a href="/tag/coca/">relative link</a> &amp; <img src="/images/field.jpg" alt="A field"></p>';
  const bodies = new Map([[english.id, body]]);
  const feed = siteFeed([english, spanish], undefined, bodies);
  const full = feed.entries.find((entry) => entry.url.endsWith("/coca/"));

  it("carry the whole body with absolute links and images, and nothing for a brief without a body", () => {
    expect(full?.content).toContain(`<a href="${origin}/tag/coca/">relative link</a>`);
    expect(full?.content).toContain(`<img src="${origin}/images/field.jpg" alt="A field">`);
    expect(feed.entries.find((entry) => entry.lang === "es")?.content).toBeUndefined();
  });

  it("put the body in content:encoded (RSS), content type=html (Atom) and content_html (JSON Feed)", () => {
    expect(rssOptions(feed).items).toEqual(
      expect.arrayContaining([expect.objectContaining({ content: full?.content })]),
    );
    const atom = atomXml(feed, new Date());
    expect(xmlErrors(atom)).toEqual([]);
    const entry = (xml.parse(atom) as { feed: { entry: { content: { "#text": string; "@type": string } }[] } }).feed
      .entry[0];
    expect(entry?.content["@type"]).toBe("html");
    expect(entry?.content["#text"]).toContain(`href="${origin}/tag/coca/"`);
    const item = jsonFeed(feed).items[0];
    expect(item).toMatchObject({ content_html: full?.content, summary: english.summary });
    expect(item).not.toHaveProperty("content_text");
  });

  it("leave term feeds summary-only", () => {
    expect(termFeed("tag", { slug: "coca", name: "Coca" }, [english]).entries[0]?.content).toBeUndefined();
  });
});

describe("discovery links", () => {
  it("offer the page language's feeds first, then the whole site's, in all three formats", () => {
    expect(siteFeedLinks("es").map((link) => [link.href, link.type])).toEqual([
      ["/es/rss.xml", "application/rss+xml"],
      ["/es/atom.xml", "application/atom+xml"],
      ["/es/feed.json", "application/feed+json"],
      ["/rss.xml", "application/rss+xml"],
      ["/atom.xml", "application/atom+xml"],
      ["/feed.json", "application/feed+json"],
    ]);
  });

  it("give a term's page its own RSS feed", () => {
    expect(termFeedLink("tag", { slug: "coca", name: "Coca" })).toEqual({
      href: "/tag/coca/rss.xml",
      type: "application/rss+xml",
      title: "InSight Crime: Topic: Coca – RSS",
    });
  });
});

describe("deployment settings", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("build every feed URL from SITE_URL and BASE_PATH", async () => {
    vi.stubEnv("SITE_URL", "https://news.example.org/");
    vi.stubEnv("BASE_PATH", "dispatch");
    vi.resetModules();
    const feeds = await import("../../../src/model/feeds.ts");
    const feed = feeds.siteFeed([english], "en");
    expect(feed.homeUrl).toBe("https://news.example.org/dispatch/");
    expect(feed.selfUrls.atom).toBe("https://news.example.org/dispatch/en/atom.xml");
    expect(feed.entries[0]?.url).toBe("https://news.example.org/dispatch/news/brief/coca/");
    expect(feeds.siteFeedLinks("en")[0]?.href).toBe("/dispatch/en/rss.xml");
  });
});
