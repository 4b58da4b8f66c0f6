import { readFile } from "node:fs/promises";
import { join } from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { briefMarkdown, buildSite, contentRoot, type BuildResult } from "../helpers/site-build.ts";

/** A fixture photo drawn in memory: two colour fields, so crops and sizes differ in bytes. */
const photo = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: "#2f5f7a" } })
    .composite([
      { input: { create: { width, height: height / 2, channels: 3, background: "#f6c48b" } }, top: 0, left: 0 },
    ])
    .jpeg()
    .toBuffer();
const transparentChart = () =>
  sharp({ create: { width: 500, height: 300, channels: 4, background: { r: 179, g: 18, b: 31, alpha: 0.5 } } })
    .png()
    .toBuffer();

const withImage = briefMarkdown(
  {
    title: "Fixture: Harbour With Photo",
    date: "2024-03-01",
    countries: ["Valdoria"],
    image: { src: "./harbour.jpg", alt: "Fixture harbour", caption: "Fixture caption", credit: "Fixture credit" },
  },
  "First paragraph.\n\n![Fixture chart](./chart.png)\n\n![Fixture remote](https://example.invalid/remote.jpg)",
);
const plain = briefMarkdown({ title: "Fixture: Plain Brief", date: "2024-02-01" }, "Text only.");

const read = (build: BuildResult, path: string) => readFile(join(build.outDir, path), "utf8");
const attribute = (html: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(html)?.[1];

describe("images in a built site", () => {
  let cold: BuildResult;
  let warm: BuildResult;
  let page: string;

  beforeAll(async () => {
    const content = await contentRoot({ "briefs/plain.md": plain, "briefs/harbour/harbour-photo.md": withImage });
    await import("node:fs/promises").then(async ({ writeFile }) => {
      await writeFile(join(content, "briefs/harbour/harbour.jpg"), await photo(1600, 1000));
      await writeFile(join(content, "briefs/harbour/chart.png"), await transparentChart());
    });
    const env = { DISPATCH_REMOTE_IMAGES: "off" };
    cold = await buildSite(content, env);
    warm = await buildSite(content, env, { outDir: cold.outDir });
    page = await read(cold, "news/brief/harbour-photo/index.html");
  }, 240_000);

  it("builds, warning about the remote image it kept remote, naming the brief and URL", () => {
    expect(cold.code, cold.output).toBe(0);
    expect(cold.output).toMatch(
      /briefs\/harbour\/harbour-photo\.md, body line \d+: .*https:\/\/example\.invalid\/remote\.jpg/,
    );
  });

  it("shows the lead image as a <picture>: AVIF and WebP sources, a JPEG fallback with srcset, sizes and its size", () => {
    const figure = /<figure class="brief__image">([\s\S]*?)<\/figure>/.exec(page)?.[1] ?? "";
    expect([...figure.matchAll(/<source type="([^"]+)"/g)].map((match) => match[1])).toEqual([
      "image/avif",
      "image/webp",
    ]);
    const img = /<img [^>]*>/.exec(figure)?.[0] ?? "";
    expect(attribute(img, "srcset")).toMatch(/-200\.jpg 200w, .*-400\.jpg 400w, .*-800\.jpg 800w, .*-1200\.jpg 1200w$/);
    expect(attribute(img, "sizes")).toBeTruthy();
    expect([attribute(img, "width"), attribute(img, "height")]).toEqual(["1200", "750"]);
    expect(attribute(img, "fetchpriority")).toBe("high");
    expect(img).not.toContain("loading=");
    expect(figure).toContain("Fixture caption");
    expect(figure).toContain("Fixture credit");
  });

  it("writes every file the srcsets name, at the width they claim, in the format they claim", async () => {
    const urls = [...page.matchAll(/(\/_images\/[^\s",]+) (\d+)w/g)];
    expect(urls.length).toBeGreaterThan(10);
    for (const [, url, width] of urls) {
      const metadata = await sharp(join(cold.outDir, url!)).metadata();
      expect(metadata.width, url).toBe(Number(width));
      expect(metadata.format, url).toBe(
        { avif: "heif", webp: "webp", jpg: "jpeg", png: "png" }[url!.split(".").pop()!],
      );
    }
  });

  it("makes body images lazy <picture>s, keeping PNG for transparency, and a remote one a lazy <img>", () => {
    const body = /<div class="prose brief__body">([\s\S]*?)<\/div>/.exec(page)?.[1] ?? "";
    const chart = /<img [^>]*alt="Fixture chart"[^>]*>/.exec(body)?.[0] ?? "";
    expect(chart).toMatch(/src="[^"]+-500\.png"/);
    expect(chart).toContain('loading="lazy"');
    expect(chart).toContain('decoding="async"');
    expect([attribute(chart, "width"), attribute(chart, "height")]).toEqual(["500", "300"]);
    expect(body).toContain(
      '<img src="https://example.invalid/remote.jpg" alt="Fixture remote" loading="lazy" decoding="async">',
    );
  });

  it("previews the brief with a 1200x630 JPEG crop of its photo and lists 1200 px crops in JSON-LD", async () => {
    const og = /<meta property="og:image" content="([^"]+)"/.exec(page)?.[1] ?? "";
    expect(og).toMatch(/\/_images\/\w+-og\.jpg$/);
    const file = join(cold.outDir, new URL(og).pathname);
    expect(await sharp(file).metadata()).toMatchObject({ width: 1200, height: 630, format: "jpeg" });
    expect(page).toContain('<meta property="og:image:alt" content="Fixture harbour">');
    expect(page).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(page).toContain('<meta name="robots" content="max-image-preview:large">');
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(page)?.[1] ?? "[]") as {
      image?: { url: string; width: number; height: number }[];
    }[];
    const crops = jsonLd[0]?.image ?? [];
    expect(crops.map((crop) => crop.width / crop.height)).toEqual([16 / 9, 4 / 3, 1]);
    for (const crop of crops) {
      const metadata = await sharp(join(cold.outDir, new URL(crop.url).pathname)).metadata();
      expect([metadata.width, metadata.height]).toEqual([crop.width, crop.height]);
    }
  });

  it("draws a social card only for the brief without a photo, and gives the photo brief's card a thumbnail", async () => {
    const plainPage = await read(cold, "news/brief/plain/index.html");
    expect(plainPage).toMatch(/<meta property="og:image" content="[^"]+\/social\/plain\.png"/);
    await expect(readFile(join(cold.outDir, "social/harbour-photo.png"))).rejects.toThrow();
    const listing = await read(cold, "news/brief/index.html");
    const thumbnails = [...listing.matchAll(/<img class="card__thumb"[^>]*>/g)].map((match) => match[0]);
    expect(thumbnails).toHaveLength(1);
    expect(thumbnails[0]).toMatch(/loading="lazy"/);
    expect(attribute(thumbnails[0]!, "srcset")).toMatch(/-200\.jpg 200w$/);
  });

  it("encodes nothing on a warm build, and keeps every image in place", async () => {
    expect(warm.code, warm.output).toBe(0);
    expect(cold.output).toMatch(/\[dispatch-images\] 2 images in \d+ ms \((\d+) files encoded, 0 reused\)/);
    expect(warm.output).toMatch(/\[dispatch-images\] 2 images in \d+ ms \(0 files encoded, \d+ reused\)/);
    const og = /<meta property="og:image" content="([^"]+)"/.exec(page)?.[1] ?? "";
    expect((await sharp(join(warm.outDir, new URL(og).pathname)).metadata()).width).toBe(1200);
  });
});

describe("broken image references", () => {
  const lead = (src: string) =>
    briefMarkdown({ title: "Fixture: Broken", date: "2024-01-01", image: { src, alt: "Fixture" } }, "Body.");

  it.each([
    [
      "a missing lead image",
      { "briefs/broken.md": lead("./missing.jpg") },
      /briefs\/broken\.md: image\.src "\.\/missing\.jpg": no image at/,
    ],
    [
      "an unsupported format",
      {
        "briefs/broken.md": lead("./drawing.svg"),
        "briefs/drawing.svg": '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>',
      },
      /briefs\/broken\.md: image\.src "\.\/drawing\.svg" is a SVG image; expected JPEG, PNG, WebP, AVIF or GIF/,
    ],
    [
      "a missing body image",
      {
        "briefs/broken.md": briefMarkdown(
          { title: "Fixture: Broken", date: "2024-01-01" },
          "Text.\n\n![Map](./map.png)",
        ),
      },
      /briefs\/broken\.md, body line 8: image "\.\/map\.png": no image at/,
    ],
    [
      "a lead image without alt text",
      {
        "briefs/broken.md": briefMarkdown(
          { title: "Fixture: Broken", date: "2024-01-01", image: { src: "./a.jpg" } },
          "Body.",
          { validate: false },
        ),
      },
      /briefs\/broken\.md[\s\S]*image\.alt[\s\S]*describe what the image shows/,
    ],
  ])(
    "fails the build on %s, naming the file and the field or line",
    async (_case, files, message) => {
      const build = await buildSite(await contentRoot(files));
      expect(build.code).not.toBe(0);
      expect(build.output).toMatch(message);
    },
    120_000,
  );
});
