import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { dangers, inlineScripts } from "../helpers/dangers.ts";
import { briefMarkdown, buildSite, contentRoot, type BuildResult } from "../helpers/site-build.ts";

const analysisBrief = briefMarkdown(
  {
    title: "Fixture: Bases Planned in a River Valley",
    date: "2012-10-16",
    countries: ["Peru"],
    tags: ["Coca", "Narcotráfico"],
    authors: ["Ana Example", "Luis Sample"],
  },
  "First paragraph of the fixture, used as its summary.\n\nSecond paragraph.\n\n## InSight Crime Analysis\n\nThe fixture's analysis.",
);

const files: Record<string, string> = {
  "briefs/2012/bases-planned.md": analysisBrief,
  "briefs/2013/lowercase-tag.md": briefMarkdown(
    {
      title: "Fixture: Lowercase Tag",
      date: "2013-01-05T08:00:00-05:00",
      tags: ["coca", "narcotrafico"],
      countries: ["Peru"],
    },
    "A brief that spells its tags in lower case.",
  ),
  "briefs/2014/spanish.md": briefMarkdown(
    { title: "Ficción: un brief en español", date: "2014-03-01", lang: "es", countries: ["Perú"], tags: ["Coca"] },
    "Un párrafo en español.\n\n## Análisis de InSight Crime\n\nAnálisis.",
  ),
  "briefs/2015/hostile-front-matter.md": briefMarkdown(
    {
      title: 'Fixture <script>window.__pwned=1</script> & "quotes"',
      date: "2015-06-01",
      tags: ['<img src=x onerror="window.__pwned=1">'],
      authors: ["<b>Bold</b> Author"],
      summary: "Summary with <script>window.__pwned=1</script> in it.",
    },
    "Body text.\n\n<script>window.__pwned=1</script>\n\n[bad link](javascript:window.__pwned=1)",
  ),
  "briefs/2016/unpublished-draft.md": briefMarkdown(
    { title: "Fixture: Unpublished Draft", date: "2016-01-01", draft: true, tags: ["Coca"] },
    "This draft must not appear anywhere.",
  ),
};

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe("a site built from a content root holding only briefs/", () => {
  let build: BuildResult;
  const page = (path: string) => readFile(join(build.outDir, path, "index.html"), "utf8");

  beforeAll(async () => {
    build = await buildSite(await contentRoot(files));
  });

  it("builds", () => {
    expect(build.output).not.toMatch(/\berror\b/i);
    expect(build.code).toBe(0);
  });

  it("renders the article with its parts in order", async () => {
    const html = await page("news/brief/bases-planned");
    expect(html).toContain('<html lang="en">');
    const order = [
      '<nav class="breadcrumb" aria-label="Breadcrumb">',
      '<p class="kicker">Brief</p>',
      "<h1",
      'href="/country/peru/">Peru</a>',
      '<time datetime="2012-10-16T12:00:00.000Z">16 Oct 2012</time>',
      'href="/author/ana-example/">Ana Example</a> and <a href="/author/luis-sample/">Luis Sample</a>',
      "<p>First paragraph of the fixture",
      '<section class="analysis" aria-labelledby="analysis">',
      'class="share"',
      "Was this content helpful?",
      'class="donate"',
      'class="comments"',
      'class="republish-notice"',
      'id="related-heading"',
    ];
    const positions = order.map((fragment) => html.indexOf(fragment));
    expect(
      positions.every((position) => position >= 0),
      `missing: ${order.filter((_, i) => positions[i]! < 0).join(",")}`,
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(html).toContain('<meta name="description" content="First paragraph of the fixture, used as its summary.">');
    expect(html).toContain('<link rel="canonical" href="https://insightcrime.example.org/news/brief/bases-planned/">');
  });

  it("serves Spanish briefs under /es/ with lang=es", async () => {
    const html = await page("es/news/brief/spanish");
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('<section class="analysis"');
  });

  it("groups tags case- and accent-insensitively on one ASCII-slugged page", async () => {
    const coca = await page("tag/coca");
    expect(coca).toContain("Fixture: Bases Planned in a River Valley");
    expect(coca).toContain("Fixture: Lowercase Tag");
    const narcotrafico = await page("tag/narcotrafico");
    expect(narcotrafico).toContain("<h1>Narcotráfico</h1>");
    expect(narcotrafico).toContain("Fixture: Lowercase Tag");
  });

  it("escapes hostile front matter and sanitizes hostile bodies", async () => {
    const html = await page("news/brief/hostile-front-matter");
    expect(html).toContain("Fixture &lt;script&gt;window.__pwned=1&lt;/script&gt; &amp; &quot;quotes&quot;");
    expect(html).toContain("&lt;b&gt;Bold&lt;/b&gt; Author");
    for (const file of await htmlFiles(build.outDir)) {
      const text = await readFile(file, "utf8");
      expect(dangers(text), file).toEqual([]);
      expect(
        inlineScripts(text).filter((script) => script.includes("__pwned")),
        file,
      ).toEqual([]);
    }
  });

  it("leaves drafts out of pages, lists and related content", async () => {
    const all = await htmlFiles(build.outDir);
    expect(all.filter((file) => file.includes("unpublished-draft"))).toEqual([]);
    expect(all.some((file) => file.includes("unpublished-draft"))).toBe(false);
    for (const file of all) expect(await readFile(file, "utf8"), file).not.toContain("Unpublished Draft");
  });

  it("writes the editing UI at /admin/, with its own policy, noindex, and nowhere in sitemaps, feeds or search", async () => {
    const admin = await page("admin");
    expect(admin).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(admin.replaceAll("&#39;", "'")).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self' 'unsafe-eval'/,
    );
    expect(admin).toContain('<script src="decap-cms.js"></script>');
    const config = await readFile(join(build.outDir, "admin", "config.yml"), "utf8");
    expect(config).toMatch(/^# Generated by the build/);
    expect(config).not.toContain("local_backend");
    // The fixture briefs' tags, offered to editors.
    expect(config).toContain("In use: Coca");
    expect(
      (await readdir(join(build.outDir, "admin"))).filter((name) => name.endsWith("decap-cms.js")).length,
    ).toBeGreaterThan(1);
    expect(await readFile(join(build.outDir, "_headers"), "utf8")).toContain(
      "/admin/*\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'unsafe-eval'",
    );
    const published = await Promise.all(
      ["sitemap-0.xml", "news-sitemap.xml", "rss.xml", "atom.xml", "feed.json"].map((file) =>
        readFile(join(build.outDir, file), "utf8"),
      ),
    );
    for (const text of published) expect(text).not.toMatch(/\/admin\//);
    // Pagefind's fragments (one per indexed page, gzipped JSON, in each shard) name each page's URL.
    const fragments = (await readdir(join(build.outDir, "pagefind"), { recursive: true })).filter((path) =>
      path.includes("fragment/"),
    );
    const urls = await Promise.all(
      fragments.map(async (path) => {
        const json = gunzipSync(await readFile(join(build.outDir, "pagefind", path))).toString();
        return (JSON.parse(json.slice(json.indexOf("{"))) as { url: string }).url;
      }),
    );
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => url.includes("/admin/"))).toEqual([]);
  });

  it("builds the pages every article links to", async () => {
    for (const path of ["", "news", "news/brief", "es", "country/peru", "author/ana-example", "tag/coca"]) {
      expect(await page(path), path).toContain("<!DOCTYPE html>");
    }
  });
});

describe("bad content stops the build and names the file and field", () => {
  const valid = briefMarkdown({ title: "A valid brief", date: "2020-01-01" }, "Valid body.");
  const broken = (frontMatter: string) => `---\n${frontMatter}\n---\n\nBody.\n`;

  it.each([
    ["missing title", broken("date: 2020-01-02"), ["missing-title.md", "title", "is required"]],
    ["impossible date", broken("title: x\ndate: 2024-13-45"), ["impossible-date.md", "date", "no month 13"]],
    ["unknown language", broken("title: x\ndate: 2020-01-02\nlang: fr"), ["unknown-language.md", "lang", "en, es"]],
    ["wrong type", broken("title: x\ndate: 2020-01-02\ntags: Coca"), ["wrong-type.md", "tags", "must be a list"]],
    ["broken YAML", broken('title: "unclosed\ndate: 2020-01-02'), ["broken-yaml.md"]],
    [
      "wrong correction",
      broken("title: x\ndate: 2020-01-02\ncorrections:\n  - date: 2020-02-30\n    text: ''"),
      ["wrong-correction.md", "corrections", "has no day 30", "expected YYYY-MM-DD", "must not be empty"],
    ],
  ])("%s", async (name, text, expected) => {
    const file = `${name.toLowerCase().replaceAll(" ", "-")}.md`;
    const dir = await contentRoot({ "briefs/valid.md": valid, [`briefs/bad/${file}`]: text });
    const result = await buildSite(dir);
    expect(result.code).not.toBe(0);
    for (const fragment of expected) expect(result.output).toContain(fragment);
    expect(await readFile(join(dir, "briefs/valid.md"), "utf8")).toBe(valid);
  });

  it("duplicate slugs in different folders", async () => {
    const dir = await contentRoot({ "briefs/2020/same-name.md": valid, "briefs/2021/same-name.md": valid });
    const result = await buildSite(dir);
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/named "same-name", and names must be unique/);
    expect(result.output).toContain(join("2020", "same-name.md"));
    expect(result.output).toContain(join("2021", "same-name.md"));
  });
});
