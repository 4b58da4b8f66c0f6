import { rm } from "node:fs/promises";
import { afterAll, describe, expect, it } from "vitest";
import { briefMarkdown, buildSite, contentRoot } from "../helpers/site-build.ts";

/** A real build stops in the content loader, naming the brief, before Astro sees two pages at one address. */
describe("a brief whose alias is one of Dispatch's pages", () => {
  let folder: string | undefined;

  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it("fails the build with the file, the field and the page, not a route conflict", async () => {
    folder = await contentRoot({
      "briefs/2024/old-search.md": briefMarkdown(
        { title: "An imported post", date: "2024-05-01", aliases: ["/2024/05/old-search/", "/search/"] },
        "A brief with an old address that Dispatch now uses for its search page.",
      ),
    });
    const build = await buildSite(folder);
    expect(build.code).not.toBe(0);
    expect(build.output).toContain(
      `/briefs/2024/old-search.md: aliases[1] "/search/" collides with Dispatch's search page (en)`,
    );
    expect(build.output).not.toContain("PrerenderRouteConflict");
  }, 180_000);
});
