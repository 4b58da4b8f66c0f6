import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { SUBPATH_DEPLOY, buildSubpathSite, fileForUrl } from "../helpers/subpath-site.ts";
import { xmlErrors } from "../helpers/well-formed.ts";

/**
 * Builds the syndication fixture under `/dispatch/` on news.example.org and reads the
 * result the way aggregators and search engines do: feeds through feedparser (Debian's
 * python3-feedparser), sitemaps through an XML parser.
 */

const prefix = `${SUBPATH_DEPLOY.siteUrl}${SUBPATH_DEPLOY.basePath}`;
const python = process.env["PYTHON3"] ?? "/usr/bin/python3";
const trickyTitle = `Coca & "Cocaine" <Growers> Protest 🌿 in Peru's Valley`;
const trickySummary = `Growers of coca & their <unions> said "enough" — a fictional summary with every character a feed must escape 🌿.`;
const cocaUrl = `${prefix}news/brief/coca-growers-protest/`;
const spanishCocaUrl = `${prefix}es/news/brief/protesta-cocaleros/`;

interface ParsedFeed {
  bozo: boolean;
  error: string;
  version: string;
  feed: { title: string; link: string; language: string | null };
  entries: {
    title: string;
    link: string;
    id: string;
    summary: string;
    published: string;
    updated: string;
    tags: string[];
    authors: string[];
    content: string | null;
  }[];
}

const xmlFeeds = [
  "rss.xml",
  "atom.xml",
  "en/rss.xml",
  "en/atom.xml",
  "es/rss.xml",
  "es/atom.xml",
  "tag/coca/rss.xml",
  "tag/drugs-and-crime/rss.xml",
  "country/peru/rss.xml",
  "author/ana-oneil/rss.xml",
];

let outDir: string;
let feeds: Record<string, ParsedFeed>;
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });

function parsedFeeds(paths: string[]): Record<string, ParsedFeed> {
  const output = execFileSync(python, ["tests/helpers/parse_feeds.py", ...paths.map((feed) => join(outDir, feed))], {
    encoding: "utf8",
  });
  const parsed = JSON.parse(output) as Record<string, ParsedFeed>;
  return Object.fromEntries(Object.entries(parsed).map(([path, feed]) => [relative(outDir, path), feed]));
}

function read(path: string): string {
  return readFileSync(join(outDir, path), "utf8");
}

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

/** What fast-xml-parser gives back for the sitemaps (it types every result as `any`). */
interface SitemapIndexXml {
  sitemapindex: { sitemap?: { loc: string } | { loc: string }[] };
}
interface SitemapUrlXml {
  loc: string;
  lastmod?: string;
  "xhtml:link"?: unknown;
}
interface UrlsetXml {
  urlset: { "@xmlns"?: string; "@xmlns:news"?: string; url?: SitemapUrlXml | SitemapUrlXml[] };
}

function asArray<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

beforeAll(() => {
  outDir = buildSubpathSite("syndication");
  feeds = parsedFeeds(xmlFeeds);
});

describe("feeds, as feedparser reads them", () => {
  it("parse without a single well-formedness error, in the format they claim", () => {
    for (const path of xmlFeeds) {
      expect(feeds[path]?.bozo, `${path}: ${feeds[path]?.error}`).toBe(false);
      expect(feeds[path]?.version).toBe(path.endsWith("atom.xml") ? "atom10" : "rss20");
    }
  });

  it("carry every published brief of their scope and no draft", () => {
    const counts = Object.fromEntries(xmlFeeds.map((path) => [path, feeds[path]?.entries.length]));
    expect(counts).toEqual({
      "rss.xml": 5,
      "atom.xml": 5,
      "en/rss.xml": 4,
      "en/atom.xml": 4,
      "es/rss.xml": 1,
      "es/atom.xml": 1,
      "tag/coca/rss.xml": 2,
      "tag/drugs-and-crime/rss.xml": 2,
      "country/peru/rss.xml": 2,
      "author/ana-oneil/rss.xml": 3,
    });
  });

  it("give back titles and summaries with ampersands, quotes, < and emoji exactly as written", () => {
    for (const path of ["rss.xml", "atom.xml", "tag/coca/rss.xml"]) {
      const entry = feeds[path]?.entries.find((item) => item.link === cocaUrl);
      expect(entry?.title, path).toBe(trickyTitle);
      expect(entry?.summary, path).toBe(trickySummary);
      expect(entry?.tags, path).toEqual(["Coca", "Drugs & Crime", "Peru"]);
      expect(entry?.authors, path).toEqual(["Ana O'Neil", "Bo Example"]);
    }
  });

  it("link every entry and channel to an absolute URL under the base path that the build wrote", () => {
    for (const path of xmlFeeds) {
      const feed = feeds[path]!;
      expect(feed.feed.link.startsWith(prefix), `${path} channel link ${feed.feed.link}`).toBe(true);
      for (const entry of feed.entries) {
        expect(entry.link.startsWith(prefix), entry.link).toBe(true);
        expect(existsSync(fileForUrl(outDir, entry.link)), entry.link).toBe(true);
      }
    }
  });

  it("date entries with their time zone: the newsroom's offset in Atom, GMT in RSS", () => {
    const atom = feeds["atom.xml"]!.entries.find((item) => item.link === cocaUrl)!;
    expect(atom.published).toBe("2024-03-05T09:30:00-05:00");
    expect(atom.updated).toBe("2024-03-06T18:00:00-05:00");
    const rss = feeds["rss.xml"]!.entries.find((item) => item.link === cocaUrl)!;
    expect(rss.published).toBe("Tue, 05 Mar 2024 14:30:00 GMT");
  });

  it("label one-language feeds with their language and keep the whole-site feed unlabelled", () => {
    expect(feeds["es/rss.xml"]!.feed.language).toBe("es");
    expect(feeds["en/atom.xml"]!.feed.language).toBe("en");
    expect(feeds["rss.xml"]!.feed.language).toBeNull();
  });

  it("publish JSON Feed 1.1 with the same entries, links and exact text", () => {
    const feed = JSON.parse(read("feed.json")) as {
      version: string;
      feed_url: string;
      home_page_url: string;
      items: {
        id: string;
        url: string;
        title: string;
        summary: string;
        date_published: string;
        authors: { name: string; url: string }[];
        tags: string[];
      }[];
    };
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.feed_url).toBe(`${prefix}feed.json`);
    expect(feed.home_page_url).toBe(prefix);
    expect(feed.items).toHaveLength(5);
    const coca = feed.items.find((item) => item.url === cocaUrl)!;
    expect(coca).toMatchObject({
      id: cocaUrl,
      title: trickyTitle,
      summary: trickySummary,
    });
    // Full-text feeds (the default) carry the body as content_html in place of the summary as content_text.
    expect(coca).not.toHaveProperty("content_text");
    expect(coca.date_published).toBe("2024-03-05T09:30:00-05:00");
    expect(coca.authors).toEqual([
      { name: "Ana O'Neil", url: `${prefix}author/ana-oneil/` },
      { name: "Bo Example", url: `${prefix}author/bo-example/` },
    ]);
    for (const item of feed.items) expect(existsSync(fileForUrl(outDir, item.url)), item.url).toBe(true);
    expect((JSON.parse(read("es/feed.json")) as { items: unknown[] }).items).toHaveLength(1);
  });
});

describe("sitemaps and robots.txt", () => {
  it("are well-formed XML", () => {
    for (const path of ["sitemap-index.xml", "sitemap-0.xml", "news-sitemap.xml"]) {
      expect(xmlErrors(read(path)), path).toEqual([]);
    }
  });

  it("index the page sitemap and the news sitemap with absolute URLs under the base path", () => {
    const index = xml.parse(read("sitemap-index.xml")) as SitemapIndexXml;
    const locs = asArray<{ loc: string }>(index.sitemapindex.sitemap).map((entry) => entry.loc);
    expect(locs.sort()).toEqual([`${prefix}news-sitemap.xml`, `${prefix}sitemap-0.xml`]);
  });

  it("list every page once, with lastmod from updated/date and hreflang between translations", () => {
    const { urlset } = xml.parse(read("sitemap-0.xml")) as UrlsetXml;
    const urls = asArray(urlset.url);
    const locs = urls.map((url) => url.loc);
    expect(new Set(locs).size).toBe(locs.length);
    expect(urlset["@xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    for (const url of urls) {
      expect(url.loc.startsWith(prefix) && url.loc.endsWith("/"), url.loc).toBe(true);
      expect(existsSync(fileForUrl(outDir, url.loc)), url.loc).toBe(true);
      if (url.lastmod !== undefined) expect(url.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    }
    expect(locs).toContain(prefix);
    expect(locs).toContain(`${prefix}tag/coca/`);

    const coca = urls.find((url) => url.loc === cocaUrl)!;
    expect(coca.lastmod).toBe("2024-03-06T23:00:00.000Z");
    const alternates = asArray(coca["xhtml:link"] as { "@hreflang": string; "@href": string }[]);
    expect(alternates.map((link) => [link["@hreflang"], link["@href"]]).sort()).toEqual([
      ["en", cocaUrl],
      ["es", spanishCocaUrl],
    ]);
    expect(urls.find((url) => url.loc === `${prefix}news/brief/port-scanners-valdoria/`)?.lastmod).toBe(
      "2024-03-01T12:00:00.000Z",
    );
    expect(urls.find((url) => url.loc === `${prefix}tag/coca/`)?.lastmod).toBe("2024-03-06T23:00:00.000Z");
  });

  it("keep alias redirect pages, feeds and host files out of the sitemap", () => {
    const sitemap = read("sitemap-0.xml");
    expect(sitemap).not.toContain("old-coca-url");
    expect(sitemap).not.toContain("news/briefs/coca-growers");
    expect(sitemap).not.toContain(".xml<");
    expect(sitemap).not.toContain("_redirects");
    expect(existsSync(join(outDir, "_sitemap-details.json"))).toBe(false);
  });

  it("write a Google News sitemap that is a valid, empty urlset when nothing is two days old", () => {
    const news = xml.parse(read("news-sitemap.xml")) as UrlsetXml;
    expect(news.urlset["@xmlns:news"]).toBe("http://www.google.com/schemas/sitemap-news/0.9");
    expect(news.urlset.url).toBeUndefined();
  });

  it("point robots.txt at both sitemaps", () => {
    const robots = read("robots.txt");
    expect(robots).toContain(`Sitemap: ${prefix}sitemap-index.xml`);
    expect(robots).toContain(`Sitemap: ${prefix}news-sitemap.xml`);
  });
});

describe("redirects, discovery links and drafts", () => {
  it("write a noindex meta-refresh page with a canonical link at each alias", () => {
    for (const alias of ["2024/03/old-coca-url", "news/briefs/coca-growers"]) {
      const html = read(`${alias}/index.html`);
      expect(html).toContain(`<meta http-equiv="refresh" content="0; url=/dispatch/news/brief/coca-growers-protest/">`);
      expect(html).toContain(`<link rel="canonical" href="${cocaUrl}">`);
      expect(html).toContain(`<meta name="robots" content="noindex">`);
    }
  });

  it("list each alias, with and without its slash, in _redirects", () => {
    const lines = read("_redirects")
      .split("\n")
      .filter((line) => line && !line.startsWith("#"));
    expect(lines.sort()).toEqual([
      "/dispatch/2024/03/old-coca-url /dispatch/news/brief/coca-growers-protest/ 301",
      "/dispatch/2024/03/old-coca-url/ /dispatch/news/brief/coca-growers-protest/ 301",
      "/dispatch/news/briefs/coca-growers /dispatch/news/brief/coca-growers-protest/ 301",
      "/dispatch/news/briefs/coca-growers/ /dispatch/news/brief/coca-growers-protest/ 301",
    ]);
  });

  it("advertise the language's and the whole site's feeds on every page, and a term's own feed first on its page", () => {
    const alternates = (html: string) =>
      [...html.matchAll(/<link rel="alternate" type="([^"]+)" title="[^"]*" href="([^"]+)">/g)].map((m) => m[2]);
    expect(alternates(read("index.html"))).toEqual([
      "/dispatch/en/rss.xml",
      "/dispatch/en/atom.xml",
      "/dispatch/en/feed.json",
      "/dispatch/rss.xml",
      "/dispatch/atom.xml",
      "/dispatch/feed.json",
    ]);
    expect(alternates(read("es/news/brief/protesta-cocaleros/index.html"))[0]).toBe("/dispatch/es/rss.xml");
    expect(alternates(read("tag/coca/index.html"))[0]).toBe("/dispatch/tag/coca/rss.xml");
    expect(alternates(read("country/peru/index.html"))[0]).toBe("/dispatch/country/peru/rss.xml");
    expect(alternates(read("author/bo-example/index.html"))[0]).toBe("/dispatch/author/bo-example/rss.xml");
  });

  it("leave no trace of a draft anywhere in the output", () => {
    const traces = [
      "Secret Port Deal",
      "draft-port-deal",
      "Secretland",
      "Secret Draft Topic",
      "Hidden Drafter",
      "draft-only-alias",
    ];
    for (const file of allFiles(outDir)) {
      const text = readFileSync(file, "utf8");
      for (const trace of traces)
        expect(text.includes(trace), `${relative(outDir, file)} mentions ${trace}`).toBe(false);
      for (const trace of ["secret", "hidden-drafter"]) expect(relative(outDir, file)).not.toContain(trace);
    }
  });

  it("write host headers for the sub-path: security headers everywhere, immutable caching for /_astro/", () => {
    const headers = read("_headers");
    expect(headers).toMatch(/^\/dispatch\/\*\n {2}Content-Security-Policy: .*frame-ancestors 'none'/m);
    expect(headers).toContain("  Permissions-Policy: web-share=(self), clipboard-write=(self)");
    expect(headers).toMatch(/^\/dispatch\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
  });
});

describe("newsroom practice: full text, corrections, expiry and scheduling", () => {
  const censusUrl = `${prefix}news/brief/prison-census-valdoria/`;
  const correctionText = "An earlier version gave the census's count as 1,200 & misnamed the prison <Norte>.";

  it("carry each brief's whole body in the site feeds, with links made absolute, and summaries in term feeds", () => {
    for (const path of ["rss.xml", "atom.xml", "en/rss.xml"]) {
      const entry = feeds[path]?.entries.find((item) => item.link === cocaUrl);
      expect(entry?.content, path).toContain("Fictional growers marched");
      expect(entry?.content, path).toContain(`href="${prefix}tag/coca/"`);
    }
    expect(feeds["tag/coca/rss.xml"]?.entries.find((item) => item.link === cocaUrl)?.content).toBeNull();
    const json = JSON.parse(read("feed.json")) as { items: { url: string; content_html?: string }[] };
    expect(json.items.find((item) => item.url === cocaUrl)?.content_html).toContain(`href="${prefix}tag/coca/"`);
  });

  it("show a correction at the end of its brief, date the brief's update by it and describe it in JSON-LD", () => {
    const html = read("news/brief/prison-census-valdoria/index.html");
    expect(html).toContain('<section class="corrections" id="corrections" aria-labelledby="corrections-heading">');
    expect(html).toContain("misnamed the prison &lt;Norte&gt;.");
    expect(html).toContain('<time datetime="2023-12-04T10:00:00.000Z">4 Dec 2023</time>');
    const [jsonLd] = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) => m[1]);
    const article = (JSON.parse(jsonLd ?? "[]") as Record<string, unknown>[])[0];
    expect(article?.["dateModified"]).toBe("2023-12-04T10:00:00.000Z");
    expect(article?.["correction"]).toEqual([
      { "@type": "CorrectionComment", text: correctionText, datePublished: "2023-12-04T10:00:00.000Z" },
    ]);
  });

  it("list corrected briefs on /corrections/ with a feed that feedparser reads, one item per correction", () => {
    const page = read("corrections/index.html");
    expect(page).toContain(`href="/dispatch/news/brief/prison-census-valdoria/#corrections"`);
    expect(page).toContain(
      `<link rel="alternate" type="application/rss+xml" title="InSight Crime: Corrections – RSS" href="/dispatch/corrections/rss.xml">`,
    );
    expect(read("es/corrections/index.html")).toContain("Todavía no se ha corregido ningún brief.");
    const feed = parsedFeeds(["corrections/rss.xml"])["corrections/rss.xml"]!;
    expect(feed.bozo, feed.error).toBe(false);
    expect(feed.entries.map((entry) => [entry.link, entry.summary])).toEqual([
      [`${censusUrl}#correction-1`, correctionText],
    ]);
  });

  it("replace an expired brief by a noindex notice at its URL, and leave it out of feeds, lists and sitemaps", () => {
    const notice = read("news/brief/expired-curfew-valdoria/index.html");
    expect(notice).toContain('<meta name="robots" content="noindex">');
    expect(notice).toContain("This brief is no longer available");
    expect(notice).not.toContain("only a short notice may remain");
    const elsewhere = [
      "rss.xml",
      "atom.xml",
      "feed.json",
      "sitemap-0.xml",
      "tag/prisons/index.html",
      "news/brief/index.html",
    ];
    for (const path of elsewhere) expect(read(path), path).not.toContain("expired-curfew-valdoria");
  });

  it("leave no trace of a brief scheduled for later, before its time", () => {
    for (const file of allFiles(outDir)) {
      expect(readFileSync(file, "utf8").includes("Embargoed Report"), relative(outDir, file)).toBe(false);
      expect(relative(outDir, file)).not.toContain("scheduled-embargo");
    }
  });
});
