import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { briefMarkdown, buildSite, contentRoot, type BuildResult } from "../helpers/site-build.ts";

const brief = (title: string, tags: string[], countries: string[], date: string) =>
  briefMarkdown({ title, date, tags, countries }, `${title}: the first paragraph.\n\nA second paragraph.`);

const files = {
  "briefs/2020/alpha.md": brief("Fixture: Alpha", ["Coca"], ["Peru"], "2020-03-01"),
  "briefs/2020/beta.md": brief("Fixture: Beta", ["Coca"], ["Peru"], "2020-03-02"),
  "briefs/2021/gamma.md": brief("Fixture: Gamma", ["Mining"], ["Chile"], "2021-06-01"),
  "briefs/2022/delta.md": brief("Fixture: Delta", ["Ports"], ["Mexico"], "2022-09-01"),
};

/**
 * Each page the build wrote, and whether Astro reused it from the last build instead of
 * rendering it. A reused page is logged on one line; a rendered page's timing may land
 * after other pages' lines, since pages render concurrently.
 */
function pageLog(build: BuildResult): Map<string, "rendered" | "reused"> {
  const pages = new Map<string, "rendered" | "reused">();
  for (const [, path] of build.output.matchAll(/├─ (\S+)/g)) pages.set(path!, "rendered");
  for (const [, path] of build.output.matchAll(/├─ (\S+) \((?:restored|cached)\)/g)) pages.set(path!, "reused");
  return pages;
}

/** Every file of a built site (path relative to it → bytes). */
async function builtFiles(outDir: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile());
  return new Map(
    await Promise.all(
      files.map(async (entry) => {
        const path = join(entry.parentPath, entry.name);
        return [relative(outDir, path), await readFile(path)] as const;
      }),
    ),
  );
}

/**
 * A file's bytes for comparison between two builds. An Atom feed with no entries (here the
 * Spanish one) must still say when it was updated, and says the build's time.
 */
function comparable(path: string, bytes: Buffer | undefined): string | undefined {
  const text = bytes?.toString("base64");
  if (!bytes || !path.endsWith("atom.xml") || bytes.includes("<entry")) return text;
  return bytes.toString("utf8").replace(/<updated>[^<]*<\/updated>/, "<updated/>");
}

/** How many pages a Pagefind index (its entry file) holds. */
function pageCount(entry: Buffer | undefined): number | undefined {
  const parsed = JSON.parse(entry?.toString("utf8") ?? "{}") as { languages?: Record<string, { page_count: number }> };
  return Object.values(parsed.languages ?? {}).reduce((sum, language) => sum + language.page_count, 0);
}

/** One search shard a year (src/model/search-shards.ts), so an edit re-indexes one of three shards. */
const env = { SEARCH_SHARD_SIZE: "1" };

describe("incremental rebuilds", () => {
  let content = "";
  let first: BuildResult;
  let unchanged: BuildResult;
  let edited: BuildResult;
  let full: BuildResult;

  beforeAll(async () => {
    content = await contentRoot(files);
    first = await buildSite(content, env);
    unchanged = await buildSite(content, env, { outDir: first.outDir });
    await writeFile(
      join(content, "briefs/2020/alpha.md"),
      brief("Fixture: Alpha, corrected", ["Coca"], ["Peru"], "2020-03-01"),
    );
    await rm(join(content, "briefs/2021/gamma.md"));
    edited = await buildSite(content, env, { outDir: first.outDir });
    full = await buildSite(content, env);
  }, 240_000);

  it("builds every time", () => {
    for (const build of [first, unchanged, edited, full]) expect(build.code, build.output).toBe(0);
  });

  it("renders everything on the first build", () => {
    expect([...pageLog(first).values()]).not.toContain("reused");
  });

  it("reuses every brief, listing and term page when nothing changed", () => {
    const pages = pageLog(unchanged);
    for (const path of ["/news/brief/alpha/index.html", "/tag/coca/index.html", "/country/chile/index.html"]) {
      expect(pages.get(path), path).toBe("reused");
    }
  });

  it("re-renders the edited brief and the pages that show it, and keeps the rest in place", () => {
    const pages = pageLog(edited);
    expect(pages.get("/news/brief/alpha/index.html")).toBe("rendered");
    expect(pages.get("/tag/coca/index.html")).toBe("rendered");
    expect(pages.get("/tag/ports/index.html")).toBe("reused");
    expect(pages.get("/country/mexico/index.html")).toBe("reused");
    expect(pages.has("/news/brief/gamma/index.html")).toBe(false);
  });

  it("indexes again only the search shards whose briefs changed", () => {
    expect(first.output).toMatch(
      /Pagefind indexed 4 briefs in 3 shard\(s\), 3 indexed anew: 2022, 2021, 2020 \(4 briefs\)/,
    );
    expect(unchanged.output).toMatch(/Pagefind indexed 4 briefs in 3 shard\(s\), 0 indexed anew \(0 briefs\)/);
    // alpha (2020) was edited and gamma, 2021's only brief, deleted: 2022's shard is kept.
    expect(edited.output).toMatch(/Pagefind indexed 3 briefs in 2 shard\(s\), 1 indexed anew: 2020 \(2 briefs\)/);
  });

  it("leaves exactly the files a full build of the new content writes, deleted brief's pages and card included", async () => {
    const [incremental, fresh] = await Promise.all([builtFiles(edited.outDir), builtFiles(full.outDir)]);
    expect([...incremental.keys()].sort()).toEqual([...fresh.keys()].sort());
    // The search index included: a kept shard is byte for byte the one a fresh build writes.
    for (const [path, bytes] of fresh) {
      expect(comparable(path, incremental.get(path)), path).toBe(comparable(path, bytes));
    }
    const shardPages = ["2022", "2020"].map((key) => pageCount(fresh.get(`pagefind/${key}/pagefind-entry.json`)));
    expect(shardPages).toEqual([1, 2]);
    expect(incremental.get("news/brief/alpha/index.html")?.toString()).toContain("Fixture: Alpha, corrected");
    expect([...incremental.keys()].some((path) => path.includes("gamma"))).toBe(false);
  });
});
