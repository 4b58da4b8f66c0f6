import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { briefSchema } from "../../../../src/schemas/brief.ts";
import { PLACEHOLDER_ALT } from "../../../../tools/wordpress-import/rehype-wordpress-images.ts";
import { ImportError, importWordpress } from "../../../../tools/wordpress-import/run-import.ts";
import type { ImportReport } from "../../../../tools/wordpress-import/run-import.ts";
import { themeUnitTestExport } from "../../../helpers/wordpress-fixture.ts";
import { importOptions, testExport, writeExport, type TestItem } from "./wxr-factory.ts";

const folders: string[] = [];
async function tempFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), "dispatch-wp-test-"));
  folders.push(folder);
  return folder;
}
afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

async function filesIn(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile())
      .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
      .sort();
  } catch {
    return [];
  }
}

/** Front matter and body of a written brief, read the way the site's loader reads them. */
async function readBrief(path: string): Promise<{ data: Record<string, unknown>; body: string }> {
  const text = await readFile(path, "utf8");
  const match = /^---\n([\s\S]*?)\n---\n\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`no front matter in ${path}`);
  return { data: parseYaml(match[1]!, { schema: "core" }) as Record<string, unknown>, body: match[2]! };
}

describe("importing WordPress's theme unit test export", () => {
  let out: string;
  let report: ImportReport;
  const brief = (path: string) => readBrief(join(out, path));

  beforeAll(async () => {
    out = join(await tempFolder(), "briefs");
    report = await importWordpress(importOptions(themeUnitTestExport(), out, { timeZone: "America/Los_Angeles" }));
  });

  it("writes every published post and skips the rest, with reasons", async () => {
    expect(report.errors).toEqual([]);
    expect(report.aborted).toBe(false);
    expect(report.items).toBe(186);
    expect(report.files).toHaveLength(55);
    expect(report.files.every((file) => file.outcome === "written")).toBe(true);
    expect(await filesIn(out)).toHaveLength(55);
    const reasons: Record<string, number> = {};
    for (const item of report.skipped) reasons[item.reason] = (reasons[item.reason] ?? 0) + 1;
    expect(reasons).toEqual({
      "menu item": 70,
      attachment: 37,
      page: 21,
      draft: 1,
      scheduled: 1,
      "password-protected": 1,
    });
  });

  it("writes front matter every brief's schema accepts", async () => {
    for (const file of await filesIn(out)) {
      const { data } = await readBrief(join(out, file));
      const parsed = briefSchema.safeParse(data);
      expect(parsed.success, `${file}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it("keeps dates with WordPress's offset, bylines, terms and the old permalink", async () => {
    const { data } = await brief("2010/post-format-standard.md");
    expect(data).toMatchObject({
      title: "Post Format: Standard",
      date: "2010-10-05T00:27:25-07:00",
      authors: ["Theme Buster"],
      lang: "en",
      aliases: ["/2010/10/05/post-format-standard/"],
    });
    expect(data["tags"]).toEqual(["Classic", "Post Formats", "readability", "standard"]);
  });

  it("takes the summary from the excerpt and the featured image from its attachment", async () => {
    expect((await brief("2012/template-excerpt-defined.md")).data["summary"]).toMatch(
      /^This is a user-defined post excerpt\./,
    );
    expect((await brief("2013/markup-image-alignment.md")).data["image"]).toEqual({
      src: "https://wpthemetestdata.files.wordpress.com/2013/03/soworthloving-wallpaper.jpg",
      alt: "I Am Worth Loving Wallpaper",
    });
  });

  it("keeps special characters and long titles intact, and strips markup from titles", async () => {
    expect((await brief("2013/title-with-special-characters.md")).data["title"]).toBe(
      "Markup: Title With Special Characters ~`!@#$%^&*()-_=+{}[]/\\;:'\"?,.>",
    );
    expect((await brief("2009/title-should-not-overflow-the-content-area.md")).data["title"]).toMatch(
      /^Taumatawhakatangihangakoauauotamateaturipukakapikimaungahoronukupokaiwhenuakitanatahu$/,
    );
    expect((await brief("2013/markup-title-with-markup.md")).data["title"]).toBe("Markup: Title With Markup");
    expect((await brief("2009/edge-case-no-title.md")).data["title"]).toBe("Edge case no title");
  });

  it("converts headings, lists, blockquotes, tables and images", async () => {
    const formatting = (await brief("2013/markup-html-tags-and-formatting.md")).body;
    expect(formatting).toMatch(/^## Header one$/m);
    expect(formatting).toMatch(/^### Header three$/m);
    expect(formatting).toMatch(/^###### Header six$/m);
    expect(formatting).toMatch(/^> .+/m);
    expect(formatting).toMatch(/^\| .+ \|$/m);
    expect(formatting).toMatch(/^8\. List item one -start at 8$/m);
    expect(formatting).not.toMatch(/<(script|style|div|span)/);
    const lists = (await brief("2009/edge-case-nested-and-mixed-lists.md")).body;
    expect(lists).toContain(
      "1. ordered item\n2. ordered item\n   - **unordered**\n   - **unordered**\n     1. ordered item",
    );
    const images = (await brief("2013/markup-image-alignment.md")).body;
    expect(images).toContain(
      "![Image Alignment 580x300](https://wpthemetestdata.files.wordpress.com/2013/03/image-alignment-580x300.jpg",
    );
    expect(images).toMatch(
      /<figure><img [^>]*alt="Image Alignment 150x150"[^>]*><figcaption>Bigger caption than the image usually is\.<\/figcaption><\/figure>/,
    );
  });

  it("reports kept shortcodes and missing alt text with the post id, once per post", () => {
    expect(report.warnings).toContainEqual({
      postId: "358",
      message: "shortcode [simple] is not supported and was kept as text",
    });
    expect(report.warnings.filter((warning) => warning.postId === "555")).toEqual([
      {
        postId: "555",
        message: `30 image(s) without alt text anywhere got "${PLACEHOLDER_ALT}"; write real ones`,
      },
    ]);
    expect(report.warnings).toContainEqual({
      postId: "1169",
      message: 'post has no title; titled "Edge case no title"',
    });
    expect(
      report.warnings.some((warning) => warning.postId === "1755" && warning.message.includes("without alt text")),
    ).toBe(true);
  });

  it("rewrites the same files byte for byte on a second run", async () => {
    const before = await Promise.all((await filesIn(out)).map((file) => readFile(join(out, file), "utf8")));
    const again = await importWordpress(importOptions(themeUnitTestExport(), out, { timeZone: "America/Los_Angeles" }));
    expect(again.files.every((file) => file.outcome === "unchanged")).toBe(true);
    const after = await Promise.all((await filesIn(out)).map((file) => readFile(join(out, file), "utf8")));
    expect(after).toEqual(before);
  });

  it("writes drafts, scheduled and private posts as drafts when asked", async () => {
    const drafts = join(await tempFolder(), "briefs");
    const withDrafts = await importWordpress(
      importOptions(themeUnitTestExport(), drafts, {
        timeZone: "America/Los_Angeles",
        includeDrafts: true,
        includePrivate: true,
      }),
    );
    expect(withDrafts.files).toHaveLength(58);
    const draft = await readBrief(join(drafts, "2013/draft.md"));
    expect(draft.data).toMatchObject({ title: "Draft", draft: true, date: "2013-04-09T11:20:39-07:00" });
    // Its only link is `?p=1164`, which no static redirect can match.
    expect(draft.data["aliases"]).toBeUndefined();
    expect(withDrafts.warnings).toContainEqual({
      postId: "1164",
      message: 'post has no slug; made "draft" from its title',
    });
  });
});

describe("re-running an import", () => {
  it("refreshes untouched files, keeps hand-edited ones unless forced", async () => {
    const folder = await tempFolder();
    const out = join(folder, "briefs");
    const input = await writeExport(folder, [
      { id: 1, name: "a" },
      { id: 2, name: "b" },
    ]);
    await importWordpress(importOptions(input, out));
    const edited = join(out, "2015/a.md");
    const editedText = (await readFile(edited, "utf8")).replace("Body of post 1.", "Body corrected by an editor.");
    await writeFile(edited, editedText);

    await writeExport(folder, [
      { id: 1, name: "a", title: "New title 1" },
      { id: 2, name: "b", title: "New title 2" },
    ]);
    const second = await importWordpress(importOptions(input, out));
    expect(Object.fromEntries(second.files.map((file) => [file.postId, file.outcome]))).toEqual({
      "1": "kept",
      "2": "updated",
    });
    expect(await readFile(edited, "utf8")).toBe(editedText);
    expect(await readFile(join(out, "2015/b.md"), "utf8")).toContain("title: New title 2");

    const forced = await importWordpress(importOptions(input, out, { force: true }));
    expect(forced.files.find((file) => file.postId === "1")?.outcome).toBe("overwritten");
    expect(await readFile(edited, "utf8")).toContain("title: New title 1");
  });

  it("does not write anything in a dry run", async () => {
    const folder = await tempFolder();
    const out = join(folder, "briefs");
    const report = await importWordpress(importOptions(await writeExport(folder, [{ id: 1 }]), out, { dryRun: true }));
    expect(report.files).toEqual([{ postId: "1", path: join(out, "2015/post-1.md"), outcome: "written" }]);
    expect(await filesIn(out)).toEqual([]);
  });
});

describe("slug collisions", () => {
  it("names posts that share a slug by year and respects briefs already in the folder", async () => {
    const folder = await tempFolder();
    const out = join(folder, "briefs");
    await writeFile(join(folder, "placeholder"), "");
    await import("node:fs/promises").then(({ mkdir }) => mkdir(join(out, "guides"), { recursive: true }));
    await writeFile(join(out, "guides", "how-to.md"), "---\ntitle: Guide\ndate: 2020-01-01\n---\n");
    const input = await writeExport(folder, [
      { id: 1, name: "roundup", date: "2012-05-01 10:00:00" },
      { id: 2, name: "roundup", date: "2013-05-01 10:00:00" },
      { id: 3, name: "how-to", date: "2014-05-01 10:00:00" },
      { id: 4, name: "", title: "Roundup", date: "2014-06-01 10:00:00", status: "publish" },
    ]);
    const report = await importWordpress(importOptions(input, out));
    expect(await filesIn(out)).toEqual([
      "2012/roundup.md",
      "2013/roundup-2013.md",
      "2014/how-to-2014.md",
      "2014/roundup-2014.md",
      "guides/how-to.md",
    ]);
    expect(
      report.warnings
        .filter((warning) => warning.message.includes("also used by"))
        .map((warning) => warning.postId)
        .sort(),
    ).toEqual(["2", "3", "4"]);
    const again = await importWordpress(importOptions(input, out));
    expect(again.files.every((file) => file.outcome === "unchanged")).toBe(true);
  });
});

describe("old addresses that are Dispatch's own pages", () => {
  it("writes posts once at /search/, /tags/ and /feed/ without the aliases the site would reject", async () => {
    const folder = await tempFolder();
    const out = join(folder, "briefs");
    const posts: TestItem[] = [
      { id: 11, name: "search", link: "https://news.example.org/search/" },
      { id: 12, name: "tags", link: "https://news.example.org/tags/" },
      { id: 13, name: "feed", link: "https://news.example.org/feed/" },
      { id: 14, name: "2", link: "https://news.example.org/2/" },
    ];
    const input = await writeExport(folder, posts);
    const report = await importWordpress(importOptions(input, out));
    expect(await filesIn(out)).toEqual(["2015/feed.md", "2015/post-2.md", "2015/search.md", "2015/tags.md"]);
    expect((await readBrief(join(out, "2015", "search.md"))).data["aliases"]).toBeUndefined();
    expect((await readBrief(join(out, "2015", "feed.md"))).data["aliases"]).toEqual(["/feed/"]);
    expect(report.warnings).toEqual(
      expect.arrayContaining([
        {
          postId: "11",
          message: "old address /search/ is Dispatch's search page (en); no redirect from it was written",
        },
        { postId: "12", message: "old address /tags/ is Dispatch's tags page (en); no redirect from it was written" },
        { postId: "14", message: 'slug "2" is a number; written as "post-2"' },
      ]),
    );
  });
});

describe("bad input", () => {
  it("stops on a post with an impossible date, naming it, and writes nothing", async () => {
    const folder = await tempFolder();
    const out = join(folder, "briefs");
    const input = await writeExport(folder, [{ id: 1 }, { id: 2, date: "2013-02-30 10:00:00" }]);
    const report = await importWordpress(importOptions(input, out));
    expect(report.aborted).toBe(true);
    expect(report.errors).toEqual([
      {
        postId: "2",
        line: expect.any(Number) as unknown,
        message: 'post_date "2013-02-30 10:00:00" has no day 30 in that month',
      },
    ]);
    expect(await filesIn(out)).toEqual([]);
  });

  it("writes the valid posts when invalid ones may be skipped", async () => {
    const folder = await tempFolder();
    const out = join(folder, "briefs");
    const input = await writeExport(folder, [{ id: 1 }, { id: 2, date: "2013-02-30 10:00:00" }]);
    const report = await importWordpress(importOptions(input, out, { skipInvalid: true }));
    expect(report.errors).toHaveLength(1);
    expect(await filesIn(out)).toEqual(["2015/post-1.md"]);
  });

  it("rejects a truncated export before writing anything", async () => {
    const folder = await tempFolder();
    const out = join(folder, "briefs");
    const full = testExport([{ id: 1 }, { id: 2 }, { id: 3 }]);
    const input = await writeExport(folder, full.slice(0, full.lastIndexOf("<wp:post_type>")));
    await expect(importWordpress(importOptions(input, out))).rejects.toThrow(
      /ends early.*last complete item is post 2/s,
    );
    expect(await filesIn(out)).toEqual([]);
  });

  it("rejects a file that is not a WordPress export", async () => {
    const folder = await tempFolder();
    const input = await writeExport(
      folder,
      `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>`,
    );
    const error = await importWordpress(importOptions(input, join(folder, "briefs"))).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(/export\.xml: line 1: not a WordPress export/);
  });

  it("names a missing file", async () => {
    const folder = await tempFolder();
    await expect(importWordpress(importOptions(join(folder, "nope.xml"), folder))).rejects.toThrow(
      /nope\.xml: no such file/,
    );
  });
});
