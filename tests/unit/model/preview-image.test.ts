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

  it("uses the brief's own image instead, made absolute, without claiming a size", () => {
    const local = briefPreviewImage({ ...brief, image: { src: "images/port.jpg", alt: "The port" } }, "Org");
    expect(local).toEqual({ url: `${site.url}${site.basePath}images/port.jpg`, alt: "The port" });
    const rooted = briefPreviewImage({ ...brief, image: { src: "/images/port.jpg", alt: "The port" } }, "Org");
    expect(rooted.url).toBe(local.url);
    const remote = briefPreviewImage({ ...brief, image: { src: "https://cdn.example/p.jpg", alt: "" } }, "Org");
    expect(remote).toEqual({ url: "https://cdn.example/p.jpg", alt: brief.title });
  });
});
