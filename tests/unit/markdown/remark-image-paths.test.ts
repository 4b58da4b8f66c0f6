import { describe, expect, it } from "vitest";
import { renderBriefBody } from "../../../src/markdown/pipeline.ts";

const imagesOf = async (markdown: string) => {
  const { localImagePaths, remoteImagePaths, imagePaths } = (await renderBriefBody(markdown)).metadata;
  return { localImagePaths, remoteImagePaths, imagePaths };
};

describe("the image paths recorded with a rendered body", () => {
  it("tell images beside the brief from images on other sites, each once, in order", async () => {
    const body =
      "![Map](./map.png) ![Port](https://example.org/port.jpg)\n\n![Map again](./map.png) ![b](images/b.webp)";
    expect(await imagesOf(body)).toEqual({
      localImagePaths: ["./map.png", "images/b.webp"],
      remoteImagePaths: ["https://example.org/port.jpg"],
      imagePaths: ["./map.png", "images/b.webp", "https://example.org/port.jpg"],
    });
  });

  it("follow reference-style images to their definitions, wherever the definition stands", async () => {
    const body = "![Chart][chart] and ![missing][nowhere]\n\n[chart]: charts/seizures.svg";
    expect((await imagesOf(body)).localImagePaths).toEqual(["charts/seizures.svg"]);
  });

  it("leave out site-absolute paths, other schemes and links that are not images", async () => {
    const body =
      "![a](/logo.png) ![b](//cdn.example.org/x.png) ![c](data:image/png;base64,AA) ![d](javascript:x)\n\n[e](f.png)";
    expect(await imagesOf(body)).toEqual({ localImagePaths: [], remoteImagePaths: [], imagePaths: [] });
  });

  it("count <img> tags in raw HTML blocks, as imported figures and galleries write them", async () => {
    const body =
      '<ul>\n<li><figure><img src="../../media/a.jpg" alt="A"><figcaption>A</figcaption></figure></li>\n' +
      "<li><img alt='B' src='b.png'></li>\n<li><img src=c.webp alt=C></li>\n<li><img data-src=\"d.png\"></li>\n</ul>";
    expect((await imagesOf(body)).localImagePaths).toEqual(["../../media/a.jpg", "b.png", "c.webp"]);
  });

  it("are empty for a body without images", async () => {
    expect((await imagesOf("Just *text*.")).imagePaths).toEqual([]);
  });
});
