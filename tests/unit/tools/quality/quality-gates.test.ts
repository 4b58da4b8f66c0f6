import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBuiltSite, refreshTarget, sampleArticle, sitePages } from "../../../../tools/quality/built-site.ts";
import { brokenLinks, srcsetUrls } from "../../../../tools/quality/links.ts";
import { serveStatic } from "../../../../tools/quality/static-server.ts";

/** A built site in a temporary folder: path relative to dist → text. */
async function builtSite(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "dispatch-quality-"));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

const page = (base: string, body: string, head = "") =>
  `<!doctype html><html lang="en"><head><title>t</title><link rel="canonical" href="https://news.example.org${base}">${head}</head><body>${body}</body></html>`;

describe("reading a built site", () => {
  it("takes origin and base path from the home page's canonical link", async () => {
    const dir = await builtSite({ "index.html": page("/dispatch/", "") });
    expect(readBuiltSite(dir)).toEqual({ dir, origin: "https://news.example.org", basePath: "/dispatch/" });
  });

  it("lists every HTML page and every sitemap URL once, under the base path, but not the editing UI", async () => {
    const dir = await builtSite({
      "index.html": page("/dispatch/", ""),
      "news/index.html": page("/dispatch/news/", ""),
      "404.html": page("/dispatch/404/", ""),
      "año/index.html": page("/dispatch/a%C3%B1o/", ""),
      "admin/index.html": '<!DOCTYPE html><title>Editor</title><link rel="cms-config-url" href="config.yml">',
      "sitemap-index.xml":
        "<sitemapindex><sitemap><loc>https://news.example.org/dispatch/sitemap-0.xml</loc></sitemap></sitemapindex>",
      "sitemap-0.xml":
        "<urlset><url><loc>https://news.example.org/dispatch/news/</loc></url><url><loc>https://news.example.org/dispatch/only-in-sitemap/</loc></url>" +
        "<url><loc>https://news.example.org/dispatch/a%C3%B1o/</loc></url></urlset>",
    });
    expect(sitePages(readBuiltSite(dir)).map((entry) => entry.path)).toEqual([
      "/dispatch/",
      "/dispatch/404.html",
      "/dispatch/año/",
      "/dispatch/news/",
      "/dispatch/only-in-sitemap/",
    ]);
  });

  it("marks redirect pages with their target and picks the seed brief as the sample article", async () => {
    const dir = await builtSite({
      "index.html": page("/", ""),
      "news/brief/a-first-brief/index.html": page("/news/brief/a-first-brief/", ""),
      "news/brief/peru-to-install-military-bases-in-region-held-by-shining-path/index.html": page("/news/brief/x/", ""),
      "news/brief/2/index.html": page("/news/brief/2/", ""),
      "old/index.html": '<!doctype html><title>Redirecting</title><meta http-equiv="refresh" content="0;url=/news/">',
    });
    const site = readBuiltSite(dir);
    const pages = sitePages(site);
    expect(pages.filter((entry) => entry.redirectsTo).map((entry) => [entry.path, entry.redirectsTo])).toEqual([
      ["/old/", "/news/"],
    ]);
    expect(sampleArticle(site, pages)?.path).toBe(
      "/news/brief/peru-to-install-military-bases-in-region-held-by-shining-path/",
    );
    expect(
      sampleArticle(
        site,
        pages.filter((entry) => !entry.path.includes("peru")),
      )?.path,
    ).toBe("/news/brief/a-first-brief/");
  });

  it("reads only immediate meta refreshes as redirects", () => {
    expect(refreshTarget(`<meta http-equiv="refresh" content="0; URL='https://example.org/x/'">`)).toBe(
      "https://example.org/x/",
    );
    expect(refreshTarget(`<meta content="0;url=/a/" http-equiv="refresh">`)).toBe("/a/");
    expect(refreshTarget(`<meta http-equiv="refresh" content="30">`)).toBeUndefined();
    expect(refreshTarget(`<meta name="description" content="0;url=/a/">`)).toBeUndefined();
  });

  it("refuses a missing output folder with the command that makes it", () => {
    expect(() => readBuiltSite("/nonexistent/dist")).toThrow(/npm run build/);
  });
});

describe("the link checker", () => {
  it("accepts a site whose every kind of reference resolves under its base path", async () => {
    const dir = await builtSite({
      "index.html": page(
        "/dispatch/",
        `<a href="#main">skip</a><main id="main"><a href="/dispatch/news/">News</a><a href="news/#top-story">Top</a>
         <img src="/dispatch/a.png" srcset="/dispatch/a.png 1x, /dispatch/b%20c.png 2x" alt="">
         <a href="https://elsewhere.example.com/missing/">external</a><a href="mailto:desk@example.org">mail</a></main>`,
        `<link rel="stylesheet" href="/dispatch/site.css"><meta property="og:image" content="https://news.example.org/dispatch/a.png">`,
      ),
      "news/index.html": page("/dispatch/news/", `<h2 id="top-story">Story</h2><a href="../">Home</a>`),
      "a.png": "",
      "b c.png": "",
      "site.css": "body { background: url('/dispatch/a.png'); }",
    });
    const result = brokenLinks(readBuiltSite(dir));
    expect(result.broken).toEqual([]);
    // Two canonicals, stylesheet, og:image, four links, img src, two srcset candidates, one CSS url().
    expect(result.checked).toBe(12);
  });

  it("reports each broken reference with its file, its attribute and the reason", async () => {
    const dir = await builtSite({
      "index.html": page(
        "/dispatch/",
        `<a href="/dispatch/missing/">a</a><a href="/news/">outside base</a><a href="/dispatch/news">no slash</a>
         <a href="/dispatch/news/#nowhere">bad fragment</a><img src="x.png" srcset="/dispatch/small.png 480w, /dispatch/gone.png 960w" alt="">`,
        `<meta property="og:image" content="https://news.example.org/dispatch/card.png"><script src="/dispatch/app.js"></script>`,
      ),
      "news/index.html": page("/dispatch/news/", ""),
      "small.png": "",
      "style.css": "@import '/dispatch/theme.css';",
    });
    const reasons = brokenLinks(readBuiltSite(dir)).broken.map(
      (link) => `${link.from} ${link.via} ${link.url}: ${link.reason}`,
    );
    expect(reasons.sort()).toEqual(
      [
        "index.html <a href> /dispatch/missing/: no missing/index.html",
        "index.html <a href> /news/: outside the base path /dispatch/",
        "index.html <a href> /dispatch/news: directory without its trailing slash (news/)",
        'index.html <a href> /dispatch/news/#nowhere: no element with id "nowhere" in news/index.html',
        "index.html <img src> x.png: no file x.png",
        "index.html <img srcset> /dispatch/gone.png: no file gone.png",
        "index.html <meta og:image> https://news.example.org/dispatch/card.png: no file card.png",
        "index.html <script src> /dispatch/app.js: no file app.js",
        "style.css url() /dispatch/theme.css: no file theme.css",
      ].sort(),
    );
  });

  it("checks sitemap and feed entries, and leaves full same-origin page links to the host", async () => {
    const dir = await builtSite({
      "index.html": page("/", `<a href="https://news.example.org/donate/">Donate</a>`),
      "sitemap-0.xml": "<urlset><url><loc>https://news.example.org/gone/</loc></url></urlset>",
      "rss.xml":
        "<rss><channel><link>https://news.example.org/</link><item><link>https://news.example.org/old/</link></item></channel></rss>",
    });
    const result = brokenLinks(readBuiltSite(dir));
    expect(result.broken.map((link) => `${link.from} ${link.via} ${link.url}`).sort()).toEqual([
      "rss.xml <link> https://news.example.org/old/",
      "sitemap-0.xml <loc> https://news.example.org/gone/",
    ]);
    expect(result.leftToHost).toEqual(["https://news.example.org/donate/"]);
  });

  it("splits srcset candidates without breaking URLs that contain commas", () => {
    expect(srcsetUrls("/a,b.png 1x, /c.png 2x")).toEqual(["/a,b.png", "/c.png"]);
    expect(srcsetUrls("/only.png")).toEqual(["/only.png"]);
  });
});

describe("the static server Lighthouse measures", () => {
  it("serves files and directory indexes under the base path, 404 elsewhere", async () => {
    const dir = await builtSite({
      "index.html": "home",
      "news/index.html": "news",
      "404.html": "missing",
      "a.css": "x",
    });
    const server = await serveStatic(dir, "/dispatch/");
    try {
      const fetched = async (path: string) => {
        const response = await fetch(server.origin + path);
        return `${response.status} ${response.headers.get("content-type")} ${await response.text()}`;
      };
      expect(await fetched("/dispatch/")).toBe("200 text/html; charset=utf-8 home");
      expect(await fetched("/dispatch/news/")).toBe("200 text/html; charset=utf-8 news");
      expect(await fetched("/dispatch/a.css")).toBe("200 text/css; charset=utf-8 x");
      expect(await fetched("/news/")).toBe("404 text/html; charset=utf-8 missing");
      expect(await fetched("/dispatch/../../etc/passwd")).toMatch(/^404/);
    } finally {
      await server.close();
    }
  });
});
