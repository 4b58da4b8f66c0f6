import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readBuiltSite } from "../../tools/quality/built-site.ts";
import { brokenLinks } from "../../tools/quality/links.ts";
import { importWordpress } from "../../tools/wordpress-import/run-import.ts";
import type { ImportOptions, ImportReport } from "../../tools/wordpress-import/run-import.ts";
import { buildSite } from "../helpers/site-build.ts";
import { axeViolations, htmlValidateReport } from "../helpers/site-gates.ts";
import { makeUploads } from "../fixtures/wordpress/make-uploads.ts";
import { themeUnitTestExport } from "../helpers/wordpress-fixture.ts";
import { importOptions } from "../unit/tools/wordpress-import/wxr-factory.ts";

const blockEditorExport = resolve("tests/fixtures/wordpress/block-editor.wordpress.xml");

/**
 * An export imported into a content folder of its own, then built: one build per export,
 * shared by its tests. With `uploads`, a copy of wp-content/uploads made by make-uploads.ts
 * is imported too (`--media-dir`).
 */
function importedSite(input: () => string, overrides: Partial<ImportOptions> = {}, uploads = false) {
  const state = { folder: "", out: "", report: undefined as unknown as ImportReport };
  beforeAll(async () => {
    state.folder = await mkdtemp(join(tmpdir(), "dispatch-wp-build-"));
    const mediaDir = join(state.folder, "uploads");
    if (uploads) await makeUploads(mediaDir);
    state.report = await importWordpress(
      importOptions(input(), join(state.folder, "content", "briefs"), {
        ...overrides,
        ...(uploads ? { mediaDir } : {}),
      }),
    );
    const build = await buildSite(join(state.folder, "content"));
    if (build.code !== 0) throw new Error(`The imported briefs did not build:\n${build.output}`);
    state.out = build.outDir;
  }, 300_000);
  afterAll(async () => {
    if (state.folder) await rm(state.folder, { recursive: true, force: true });
  });
  return state;
}

const briefPath = (file: string) => `/news/brief/${file.split("/").pop()!.replace(/\.md$/, "")}/`;

/** The site's own gates over an imported build: html-validate, links, and axe on a sample of pages. */
function passesTheSiteGates(site: { out: string; report: ImportReport }) {
  it("passes html-validate with 0 errors", async () => {
    expect(await htmlValidateReport(site.out)).toBe("");
  });

  it("has 0 broken internal links", () => {
    expect(brokenLinks(readBuiltSite(site.out)).broken).toEqual([]);
  });

  it("has 0 axe violations on imported briefs and a listing", async () => {
    // At most 15 briefs: axe costs about a second a page, and CI time is shared.
    const paths = [...site.report.files.slice(0, 15).map((file) => briefPath(file.path)), "/news/brief/"];
    expect(await axeViolations(site.out, paths)).toEqual([]);
  }, 120_000);
}

describe("a site built from WordPress's theme unit test export", () => {
  const site = importedSite(themeUnitTestExport, { timeZone: "America/Los_Angeles" });
  const page = (path: string) => readFile(join(site.out, path, "index.html"), "utf8");

  it("has a page for every imported brief", () => {
    expect(site.report.files).toHaveLength(55);
    for (const file of site.report.files) {
      expect(existsSync(join(site.out, briefPath(file.path), "index.html")), file.path).toBe(true);
    }
  });

  it("renders an imported brief with its title, byline, figure and no hostile markup", async () => {
    const html = await page("news/brief/markup-image-alignment");
    expect(html).toContain("<h1");
    expect(html).toContain("Markup: Image Alignment");
    expect(html).toContain("Theme Buster");
    expect(html).toMatch(/<figure><img [^>]*alt="Image Alignment 150x150"/);
    expect(html).toContain("<figcaption>Bigger caption than the image usually is.</figcaption>");
  });

  it("renders tables and lists, and builds tag and author pages from imported terms", async () => {
    const html = await page("news/brief/markup-html-tags-and-formatting");
    expect(html).toContain("<table>");
    expect(html).toMatch(/<ol start="8">/);
    expect(existsSync(join(site.out, "tag", "post-formats", "index.html"))).toBe(true);
    expect(existsSync(join(site.out, "author", "theme-buster", "index.html"))).toBe(true);
  });

  it("renders galleries as lists of figures", async () => {
    const html = await page("news/brief/post-format-gallery");
    expect(html).toMatch(/<li>\s*<figure><img [^>]*alt="Bell on Wharf"/);
  });

  passesTheSiteGates(site);
});

describe("a site built from a block-editor export and a copy of its uploads", () => {
  const site = importedSite(() => blockEditorExport, {}, true);
  const page = (path: string) => readFile(join(site.out, path, "index.html"), "utf8");

  it("builds posts once at /search/ and /tags/ at their new addresses, without aliases", async () => {
    expect(await page("news/brief/search")).toContain("A post once at /search/ (sample)");
    expect(await page("news/brief/tags")).toContain("A post once at /tags/ (sample)");
    expect(await page("search")).not.toContain("A post once at /search/");
    expect(existsSync(join(site.out, "feed", "index.html"))).toBe(true);
  });

  it("links footnote marks and the table of contents to ids on the page", async () => {
    const html = await page("news/brief/footnotes-sample");
    expect(html).toContain('<a href="#background">Background</a>');
    expect(html).toContain('<a href="#background-1">Background, again</a>');
    expect(html).toContain('<h3 id="background-1">');
    expect(html).toContain('href="#user-content-fn-1"');
    expect(html).toContain('<li id="user-content-fn-2">');
  });

  it("names image-only links and keeps a cover's background decorative", async () => {
    expect(await page("news/brief/embeds-sample")).toContain('alt="The dock report"');
    expect(await page("news/brief/layout-blocks-sample")).toMatch(/<img [^>]*alt=""/);
  });

  it("serves the copied uploads as encoded images, and lists the ones the copy lacks", async () => {
    expect(site.report.media.copied).toBeGreaterThan(0);
    expect(site.report.media.missing.length).toBeGreaterThan(0);
    const pages = await Promise.all(site.report.files.map((file) => page(briefPath(file.path))));
    const encoded = pages.flatMap((html) =>
      [...html.matchAll(/srcset="\/?(_images\/[^" ,]+)/g)].map((match) => match[1]!),
    );
    expect(encoded.length).toBeGreaterThan(0);
    for (const file of encoded) expect(existsSync(join(site.out, file)), file).toBe(true);
    expect(pages.join("")).not.toMatch(/src="[^"]*wp-content\/uploads\/2024\/05\/(harbour|market|dock)/);
  });

  passesTheSiteGates(site);
});
