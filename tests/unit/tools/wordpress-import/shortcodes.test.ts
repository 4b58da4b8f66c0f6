import { describe, expect, it } from "vitest";
import {
  expandShortcodes,
  linkBareEmbedUrls,
  parseShortcodeAttributes,
} from "../../../../tools/wordpress-import/shortcodes.ts";

describe("parseShortcodeAttributes", () => {
  it("reads double-, single- and unquoted values and positional ones", () => {
    expect(parseShortcodeAttributes(` id="a 1" align='left' width=300 https://x.example/a.mp3`)).toEqual({
      id: "a 1",
      align: "left",
      width: "300",
      "0": "https://x.example/a.mp3",
    });
  });
});

describe("expandShortcodes", () => {
  it("turns [caption] with the caption after the image into a figure", () => {
    const { html, warnings } = expandShortcodes(
      `[caption id="attachment_1" align="alignleft" width="150"]<a href="/big.jpg"><img src="/small.jpg" alt="A bell" /></a> Bell on a <em>wharf</em>[/caption]`,
    );
    expect(html.trim()).toBe(
      `<figure><a href="/big.jpg"><img src="/small.jpg" alt="A bell" /></a><figcaption>Bell on a <em>wharf</em></figcaption></figure>`,
    );
    expect(warnings).toEqual([]);
  });

  it("reads the caption attribute of old exports", () => {
    const { html } = expandShortcodes(`[caption id="x" caption="Old style"]<img src="/a.jpg" alt="A">[/caption]`);
    expect(html).toContain("<figcaption>Old style</figcaption>");
  });

  it("turns [embed], [audio] and [video] into links", () => {
    expect(expandShortcodes("[embed]https://video.example/v/1[/embed]").html).toContain(
      `<a href="https://video.example/v/1">`,
    );
    expect(expandShortcodes("[audio https://a.example/x.mp3]").html).toContain(`<a href="https://a.example/x.mp3">`);
    expect(expandShortcodes(`[video mp4="https://v.example/x.mp4"][/video]`).html).toContain(
      `href="https://v.example/x.mp4"`,
    );
  });

  it("keeps unknown shortcodes as text and reports each", () => {
    const { html, warnings } = expandShortcodes(
      `Before [gallery ids="1,2"] and [contact-form to="x"]inner <b>text</b>[/contact-form]`,
    );
    expect(html).toBe(`Before [gallery ids="1,2"] and [contact-form to="x"]inner <b>text</b>[/contact-form]`);
    expect(warnings).toEqual([
      "shortcode [gallery] names no image the export has and was kept as text",
      "shortcode [contact-form] is not supported and was kept as text",
    ]);
  });

  it("leaves bracketed prose alone and unescapes [[shortcode]]", () => {
    const { html, warnings } = expandShortcodes("He said [sic] in note [1]; type [[gallery]] to show one.");
    expect(html).toBe("He said [sic] in note [1]; type [gallery] to show one.");
    expect(warnings).toEqual([]);
  });

  it("reports a [caption] without an image and keeps it", () => {
    const { html, warnings } = expandShortcodes("[caption]just text[/caption]");
    expect(html).toBe("[caption]just text[/caption]");
    expect(warnings).toHaveLength(1);
  });
});

describe("linkBareEmbedUrls", () => {
  it("links a URL alone on its line, not one inside a sentence", () => {
    const html = linkBareEmbedUrls("Watch:\nhttps://www.youtube.com/watch?v=abc\nor see https://example.org today");
    expect(html).toBe(
      `Watch:\n<a href="https://www.youtube.com/watch?v=abc">https://www.youtube.com/watch?v=abc</a>\nor see https://example.org today`,
    );
  });
});
