import { describe, expect, it } from "vitest";
import { withResponsiveImages } from "../../../src/markdown/rehype-responsive-images.ts";
import type { ResolvedImage } from "../../../src/model/images.ts";

const chart: ResolvedImage = { kind: "encoded", digest: "c1", width: 300, height: 200, fallback: "png" };

describe("withResponsiveImages", () => {
  it("turns a measured image into a lazy <picture> with its size, keeping the sanitized alt text", async () => {
    const html = await withResponsiveImages('<p><img src="./chart.png" alt="Chart &#x26; &#x22;key&#x22;"></p>', {
      "./chart.png": chart,
    });
    expect(html).toMatch(
      /^<p><picture><source type="image\/avif" srcset="[^"]*c1-200\.avif 200w, [^"]*c1-300\.avif 300w"/,
    );
    expect(html).toMatch(
      /<img src="[^"]*c1-300\.png" alt="Chart &#x26; &#x22;key&#x22;" srcset="[^"]+" sizes="[^"]+" width="300" height="200" loading="lazy" decoding="async"><\/picture><\/p>$/,
    );
  });

  it("finds an image whose path the HTML percent-encodes", async () => {
    const html = await withResponsiveImages('<img src="./my%20chart.png" alt="">', { "./my chart.png": chart });
    expect(html).toContain("<picture>");
  });

  it("keeps a remote image it could not download as a lazy <img>, and makes every other image lazy", async () => {
    const html = await withResponsiveImages(
      '<img src="https://example.org/a.jpg" alt="A"><img src="/logo.svg" alt="">',
      {
        "https://example.org/a.jpg": { kind: "remote", url: "https://example.org/a.jpg" },
      },
    );
    expect(html).toBe(
      '<img src="https://example.org/a.jpg" alt="A" loading="lazy" decoding="async"><img src="/logo.svg" alt="" loading="lazy" decoding="async">',
    );
  });
});
