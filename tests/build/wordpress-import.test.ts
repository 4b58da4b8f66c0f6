import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importWordpress } from "../../tools/wordpress-import/run-import.ts";
import type { ImportReport } from "../../tools/wordpress-import/run-import.ts";
import { buildSite } from "../helpers/site-build.ts";
import { themeUnitTestExport } from "../helpers/wordpress-fixture.ts";
import { importOptions } from "../unit/tools/wordpress-import/wxr-factory.ts";

/** The theme unit test export, imported and built into a site of its own. */
describe("a site built from imported WordPress briefs", () => {
  let folder: string;
  let out: string;
  let report: ImportReport;
  const page = (path: string) => readFile(join(out, path, "index.html"), "utf8");

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "dispatch-wp-build-"));
    report = await importWordpress(
      importOptions(themeUnitTestExport(), join(folder, "content", "briefs"), { timeZone: "America/Los_Angeles" }),
    );
    const build = await buildSite(join(folder, "content"));
    if (build.code !== 0) throw new Error(`The imported briefs did not build:\n${build.output}`);
    out = build.outDir;
  });

  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it("has a page for every imported brief", () => {
    expect(report.files).toHaveLength(55);
    for (const file of report.files) {
      const slug = file.path.split("/").pop()!.replace(/\.md$/, "");
      expect(existsSync(join(out, "news", "brief", slug, "index.html")), slug).toBe(true);
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
    expect(existsSync(join(out, "tag", "post-formats", "index.html"))).toBe(true);
    expect(existsSync(join(out, "author", "theme-buster", "index.html"))).toBe(true);
  });
});
