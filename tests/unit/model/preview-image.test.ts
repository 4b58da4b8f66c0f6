import { describe, expect, it } from "vitest";
import { briefPreviewImage } from "../../../src/model/preview-image.ts";
import { site } from "../../../src/site.config.ts";

const brief = {
  slug: "peru-bases",
  title: "Peru to Install Military Bases",
  countries: ["Peru"],
  date: new Date("2012-10-16T12:00:00Z"),
  lang: "en" as const,
};

describe("briefPreviewImage", () => {
  it("points at the generated 1200x630 card by absolute URL, described by its text", () => {
    expect(briefPreviewImage(brief, "InSight Crime")).toEqual({
      url: `${site.url}${site.basePath}social/peru-bases.png`,
      width: 1200,
      height: 630,
      alt: "Brief · Peru: Peru to Install Military Bases. InSight Crime, 16 Oct 2012",
    });
  });

  it("uses the lead image's 1200x630 crop instead, described by its alt text", () => {
    const image = { src: "./port.jpg", alt: "The port" };
    const encoded = { kind: "encoded", digest: "d1", width: 800, height: 600, fallback: "jpeg" } as const;
    expect(briefPreviewImage({ ...brief, image, leadImage: encoded }, "Org")).toEqual({
      url: `${site.url}${site.basePath}_images/d1-og.jpg`,
      width: 1200,
      height: 630,
      alt: "The port",
    });
  });

  it("uses a remote image it could not download as it is, without claiming a size", () => {
    const remote = { kind: "remote", url: "https://cdn.example/p.jpg" } as const;
    expect(
      briefPreviewImage({ ...brief, image: { src: remote.url, alt: "A port" }, leadImage: remote }, "Org"),
    ).toEqual({ url: "https://cdn.example/p.jpg", alt: "A port" });
  });
});
