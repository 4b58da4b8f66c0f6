import { describe, expect, it } from "vitest";
import {
  cropImage,
  encodedImagePath,
  encodingJobs,
  imageWidths,
  pictureOf,
  previewImageUrl,
  scaledHeight,
  structuredDataCrops,
  type EncodedImage,
} from "../../../src/model/images.ts";
import { site } from "../../../src/site.config.ts";

const photo: EncodedImage = { kind: "encoded", digest: "abc123", width: 1600, height: 1000, fallback: "jpeg" };
const small: EncodedImage = { kind: "encoded", digest: "def456", width: 500, height: 250, fallback: "png" };
const base = site.basePath;

describe("imageWidths", () => {
  it("uses every standard width for an image at least 1200 px wide, once each", () => {
    expect(imageWidths(1600)).toEqual([200, 400, 800, 1200]);
    expect(imageWidths(1200)).toEqual([200, 400, 800, 1200]);
  });

  it("never upscales: a smaller image stops at its own width", () => {
    expect(imageWidths(500)).toEqual([200, 400, 500]);
    expect(imageWidths(150)).toEqual([150]);
  });
});

describe("encodingJobs", () => {
  it("makes AVIF, WebP and the fallback at every width, and the four crops for a lead image", () => {
    const jobs = encodingJobs(photo, true);
    expect(jobs.filter((job) => job.kind === "resize")).toHaveLength(12);
    expect(jobs.filter((job) => job.kind === "crop").map((job) => job.path)).toEqual([
      "_images/abc123-og.jpg",
      "_images/abc123-16x9.jpg",
      "_images/abc123-4x3.jpg",
      "_images/abc123-1x1.jpg",
    ]);
    expect(new Set(jobs.map((job) => job.path)).size).toBe(jobs.length);
  });

  it("keeps PNG as the fallback of an image with transparency, and makes no crops for a body image", () => {
    const paths = encodingJobs(small, false).map((job) => job.path);
    expect(paths).toContain("_images/def456-500.png");
    expect(paths.some((path) => path.endsWith(".jpg"))).toBe(false);
    expect(paths).toHaveLength(9);
  });
});

describe("pictureOf", () => {
  it("gives the lead image sources, srcset, sizes, its size and high priority without lazy loading", () => {
    const picture = pictureOf(photo, { alt: "A harbour", sizes: "100vw", loading: "lead" });
    expect(picture.sources.map((source) => source.type)).toEqual(["image/avif", "image/webp"]);
    expect(picture.sources[0]!.srcset).toBe(
      [200, 400, 800, 1200].map((width) => `${base}_images/abc123-${width}.avif ${width}w`).join(", "),
    );
    expect(picture.img).toEqual({
      src: `${base}${encodedImagePath(photo, 1200, "jpeg")}`,
      alt: "A harbour",
      srcset: [200, 400, 800, 1200].map((width) => `${base}_images/abc123-${width}.jpg ${width}w`).join(", "),
      sizes: "100vw",
      width: 1200,
      height: 750,
      decoding: "auto",
      fetchpriority: "high",
    });
  });

  it("loads other images lazily and asynchronously", () => {
    const { img } = pictureOf(small, { alt: "", sizes: "100vw", loading: "lazy" });
    expect(img).toMatchObject({ loading: "lazy", decoding: "async", width: 500, height: 250 });
    expect(img).not.toHaveProperty("fetchpriority");
  });

  it("limits the widths to what a small slot needs, keeping the first one at or above it", () => {
    const picture = pictureOf(photo, { alt: "", sizes: "6rem", loading: "lazy", maxWidth: 300 });
    expect(picture.img.srcset).toBe(`${base}_images/abc123-200.jpg 200w, ${base}_images/abc123-400.jpg 400w`);
    expect(picture.img.width).toBe(400);
  });

  it("shows a remote image it could not download as a plain lazy <img>, alt kept", () => {
    const picture = pictureOf(
      { kind: "remote", url: "https://example.org/a.jpg" },
      { alt: "A port", sizes: "100vw", loading: "lazy" },
    );
    expect(picture).toEqual({
      sources: [],
      img: { src: "https://example.org/a.jpg", alt: "A port", loading: "lazy", decoding: "async" },
    });
  });
});

describe("preview crops", () => {
  it("offers 1200 px wide crops: 1200x630 for link previews, 16:9, 4:3 and 1:1 for structured data", () => {
    expect(cropImage(photo, "og")).toEqual({
      url: `${site.url}${base}_images/abc123-og.jpg`,
      width: 1200,
      height: 630,
    });
    expect(structuredDataCrops(photo).map(({ width, height }) => width / height)).toEqual([16 / 9, 4 / 3, 1]);
    expect(previewImageUrl(photo)).toBe(`${site.url}${base}_images/abc123-og.jpg`);
    expect(previewImageUrl({ kind: "remote", url: "https://example.org/a.jpg" })).toBe("https://example.org/a.jpg");
  });

  it("keeps the aspect ratio when scaling", () => {
    expect(scaledHeight(photo, 800)).toBe(500);
    expect(scaledHeight({ width: 3, height: 1 }, 1)).toBe(1);
  });
});
