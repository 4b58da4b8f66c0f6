import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { briefMarkdown, buildSite, contentRoot, type BuildResult } from "../helpers/site-build.ts";

/**
 * The same three fictional briefs built at two moments (`DISPATCH_NOW`): just before a
 * scheduled brief goes live, and after it has and another has expired.
 */
const files = {
  "briefs/always-live.md": briefMarkdown(
    { title: "Fixture: Always Live", date: "2029-06-01", tags: ["Ports"] },
    "A fictional brief that is live in both builds.",
  ),
  "briefs/embargoed-port-report.md": briefMarkdown(
    {
      title: "Fixture: Embargoed Port Report",
      date: "2029-12-20",
      publishAt: "2030-01-01T00:00:00-05:00",
      tags: ["Ports"],
    },
    "A fictional embargoed report.",
  ),
  "briefs/short-lived-notice.md": briefMarkdown(
    { title: "Fixture: Short-Lived Notice", date: "2029-11-01", expires: "2030-03-01T00:00:00-05:00", tags: ["Ports"] },
    "A fictional notice that comes down in March.",
  ),
};

let before: BuildResult;
let after: BuildResult;
const read = (build: BuildResult, path: string) => readFile(join(build.outDir, path), "utf8");

beforeAll(async () => {
  const content = await contentRoot(files);
  // One after the other: two Astro builds of one project at once race on its generated types.
  before = await buildSite(content, { DISPATCH_NOW: "2029-12-31T23:59:59-05:00" });
  after = await buildSite(content, { DISPATCH_NOW: "2030-03-01T00:00:00-05:00" });
});

describe("a build before a brief's publish moment", () => {
  it("builds and prints the next scheduled change in the site's time zone", () => {
    expect(before.code, before.output).toBe(0);
    expect(before.output).toContain("Next scheduled change: 2030-01-01T00:00:00-05:00 (America/Bogota)");
  });

  it("leaves the scheduled brief out of its page, lists, feeds and sitemap", async () => {
    expect(existsSync(join(before.outDir, "news/brief/embargoed-port-report/index.html"))).toBe(false);
    for (const path of ["rss.xml", "feed.json", "sitemap-0.xml", "tag/ports/index.html", "news/brief/index.html"]) {
      expect(await read(before, path), path).not.toContain("embargoed-port-report");
    }
    expect(await read(before, "news/brief/short-lived-notice/index.html")).toContain("Fixture: Short-Lived Notice");
  });
});

describe("a build after it, at the moment another brief expires", () => {
  it("publishes the scheduled brief everywhere", async () => {
    expect(after.code, after.output).toBe(0);
    expect(await read(after, "news/brief/embargoed-port-report/index.html")).toContain(
      "Fixture: Embargoed Port Report",
    );
    for (const path of ["rss.xml", "feed.json", "sitemap-0.xml", "tag/ports/index.html"]) {
      expect(await read(after, path), path).toContain("embargoed-port-report");
    }
  });

  it("shows a noindex notice at the expired brief's URL and drops it from feeds, lists and sitemaps", async () => {
    const notice = await read(after, "news/brief/short-lived-notice/index.html");
    expect(notice).toContain('<meta name="robots" content="noindex">');
    expect(notice).toContain("“Fixture: Short-Lived Notice”, published on 1 Nov 2029, was taken down on 1 Mar 2030.");
    expect(notice).not.toContain("comes down in March");
    for (const path of [
      "rss.xml",
      "atom.xml",
      "feed.json",
      "sitemap-0.xml",
      "tag/ports/index.html",
      "news/brief/index.html",
    ]) {
      expect(await read(after, path), path).not.toContain("short-lived-notice");
    }
    // The search index holds the two live briefs, not the expired one.
    expect(after.output).toMatch(/Pagefind indexed 2 briefs\b/);
    expect(after.output).toContain("Next scheduled change: none");
  });
});
