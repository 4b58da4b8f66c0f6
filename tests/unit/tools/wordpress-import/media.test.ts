import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  creditFromMetadata,
  defaultMediaUrl,
  MediaImport,
  mediaFolderFor,
} from "../../../../tools/wordpress-import/media.ts";
import { importWordpress } from "../../../../tools/wordpress-import/run-import.ts";
import type { ImportReport } from "../../../../tools/wordpress-import/run-import.ts";
import { makeUploads } from "../../../fixtures/wordpress/make-uploads.ts";
import { importOptions } from "./wxr-factory.ts";

const blockEditorExport = resolve("tests/fixtures/wordpress/block-editor.wordpress.xml");
const UPLOADS = "https://newsroom.example.org/wp-content/uploads/";

async function filesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

describe("MediaImport", () => {
  let uploads: string;
  beforeAll(async () => {
    uploads = await mkdtemp(join(tmpdir(), "dispatch-wp-uploads-"));
    await makeUploads(uploads);
  });
  afterAll(async () => {
    await rm(uploads, { recursive: true, force: true });
  });

  it("maps an upload to a path relative to the brief, preferring the original of a resized copy", () => {
    const media = new MediaImport(
      { mediaDir: uploads },
      "https://newsroom.example.org",
      "/site/content/media/wordpress",
    );
    expect(media.localPath(`${UPLOADS}2024/05/harbour-300x200.jpg?w=300`, "/site/content/briefs/2024", "7")).toBe(
      "../../media/wordpress/2024/05/harbour.jpg",
    );
    expect(
      media.localPath(`http://newsroom.example.org/wp-content/uploads/2024/05/market.png`, "/x/briefs/2024", "7"),
    ).toBe("../../../site/content/media/wordpress/2024/05/market.png");
  });

  it("keeps other URLs and lists uploads the copy lacks, with the posts that use them", () => {
    const media = new MediaImport({ mediaDir: uploads }, "https://newsroom.example.org", "/site/media");
    expect(media.localPath("https://elsewhere.example/2024/05/harbour.jpg", "/site/briefs", "1")).toBeUndefined();
    expect(media.localPath(`${UPLOADS}2024/05/gone.jpg`, "/site/briefs", "1")).toBeUndefined();
    expect(media.localPath(`${UPLOADS}2024/05/gone.jpg`, "/site/briefs", "2")).toBeUndefined();
    expect(media.localPath(`${UPLOADS}../../etc/passwd`, "/site/briefs", "3")).toBeUndefined();
    expect([...media.missing]).toEqual([[`${UPLOADS}2024/05/gone.jpg`, new Set(["1", "2"])]]);
  });

  it("does nothing without an uploads copy, and takes another prefix when told", () => {
    expect(
      new MediaImport({}, "https://a.example", "/m").localPath(`https://a.example/wp-content/uploads/x.jpg`, "/b", "1"),
    ).toBeUndefined();
    const media = new MediaImport(
      { mediaDir: uploads, mediaUrl: "https://cdn.example/files" },
      "https://a.example",
      "/m",
    );
    expect(media.localPath("https://cdn.example/files/2024/05/dock.jpg", "/b", "1")).toBe("../m/2024/05/dock.jpg");
  });

  it("reads the photo credit WordPress kept from the file, counting bytes as PHP does", () => {
    expect(creditFromMetadata('a:1:{s:10:"image_meta";a:2:{s:6:"credit";s:9:"Ana Peña";s:5:"title";s:0:"";}}')).toBe(
      "Ana Peña",
    );
    expect(creditFromMetadata('a:1:{s:6:"credit";s:7:"A "b" c";}')).toBe('A "b" c');
    expect(creditFromMetadata(undefined)).toBe("");
  });

  it("derives its folders from the briefs folder and the export's site URL", () => {
    expect(mediaFolderFor("/site/content/briefs")).toBe("/site/content/media/wordpress");
    expect(defaultMediaUrl("https://newsroom.example.org/")).toBe(UPLOADS);
  });
});

describe("importing with --media-dir", () => {
  let folder: string;
  let uploads: string;
  let out: string;
  let report: ImportReport;
  const media = () => join(folder, "content", "media", "wordpress");

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "dispatch-wp-media-"));
    uploads = join(folder, "uploads");
    await makeUploads(uploads);
    out = join(folder, "content", "briefs");
    report = await importWordpress(importOptions(blockEditorExport, out, { mediaDir: uploads }));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it("copies every referenced upload found locally into the media folder, and nothing else", async () => {
    expect(await filesIn(media())).toEqual(["2024/05/dock.jpg", "2024/05/harbour.jpg", "2024/05/market.png"]);
    expect(await readFile(join(media(), "2024/05/harbour.jpg"))).toEqual(
      await readFile(join(uploads, "2024/05/harbour.jpg")),
    );
    expect(report.media.copied).toBe(3);
  });

  it("rewrites references in bodies and the lead image to paths relative to the brief", async () => {
    const brief = await readFile(join(out, "2024", "footnotes-sample.md"), "utf8");
    expect(brief).toContain(
      "  src: ../../media/wordpress/2024/05/harbour.jpg\n  alt: Fishing boats moored in an invented harbour\n  credit: Sample Photo Desk – ficción\n",
    );
    const embeds = await readFile(join(out, "2024", "embeds-sample.md"), "utf8");
    expect(embeds).toContain(
      "![Fishing boats moored in an invented harbour](../../media/wordpress/2024/05/harbour.jpg)",
    );
    expect(embeds).not.toContain("harbour-1024x683");
  });

  it("lists uploads missing from the copy, keeping their remote URLs", async () => {
    expect(report.media.missing).toEqual([
      { url: `${UPLOADS}2024/05/not-in-uploads.jpg`, postIds: ["11"] },
      { url: `${UPLOADS}2024/05/missing-photo.jpg`, postIds: ["13"] },
    ]);
    expect(await readFile(join(out, "2024", "embeds-sample.md"), "utf8")).toContain(
      `${UPLOADS}2024/05/missing-photo.jpg`,
    );
  });

  it("makes a featured image the lead image, local, with the media library's caption", async () => {
    const brief = await readFile(join(out, "2024", "footnotes-sample.md"), "utf8");
    expect(brief).toMatch(/^image:\n {2}src: \.\.\/\.\.\/media\/wordpress\/2024\/05\/harbour\.jpg\n/m);
    expect(brief).toContain("  caption: An invented harbour at dawn\n");
  });

  it("leaves out a featured image that has no alt text, with a warning naming the post", () => {
    expect(report.warnings).toContainEqual({
      postId: "13",
      message: `featured image ${UPLOADS}2024/05/dock.jpg has no alt text in the media library; left out`,
    });
  });

  it("copies and writes nothing on a second run, and leaves no temporary files", async () => {
    const again = await importWordpress(importOptions(blockEditorExport, out, { mediaDir: uploads }));
    expect(again.media).toMatchObject({ copied: 0, unchanged: 3 });
    expect(again.files.every((file) => file.outcome === "unchanged")).toBe(true);
    expect((await filesIn(join(folder, "content"))).filter((file) => file.includes(".tmp"))).toEqual([]);
  });

  it("replaces a media file that differs from the upload, and copies nothing in a dry run", async () => {
    await writeFile(join(media(), "2024/05/dock.jpg"), "edited");
    const dry = await importWordpress(importOptions(blockEditorExport, out, { mediaDir: uploads, dryRun: true }));
    expect(dry.media.copied).toBe(1);
    expect(await readFile(join(media(), "2024/05/dock.jpg"), "utf8")).toBe("edited");
    const real = await importWordpress(importOptions(blockEditorExport, out, { mediaDir: uploads }));
    expect(real.media.copied).toBe(1);
    expect(await readFile(join(media(), "2024/05/dock.jpg"))).toEqual(
      await readFile(join(uploads, "2024/05/dock.jpg")),
    );
  });
});
