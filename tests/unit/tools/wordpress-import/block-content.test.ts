import { describe, expect, it } from "vitest";
import { wordpressHtmlToMarkdown } from "../../../../tools/wordpress-import/html-to-markdown.ts";
import type { Attachment } from "../../../../tools/wordpress-import/media.ts";
import { emptyPostContext, parseFootnotes, type PostContext } from "../../../../tools/wordpress-import/post-context.ts";
import { PLACEHOLDER_ALT } from "../../../../tools/wordpress-import/rehype-wordpress-images.ts";

const attachment = (id: string, file: string, alt: string, parent = "0", menuOrder = 0, caption = ""): Attachment => ({
  id,
  url: `https://old.example/wp-content/uploads/2024/05/${file}`,
  alt,
  caption,
  credit: "",
  parent,
  menuOrder,
});

function convert(html: string, context: Partial<PostContext> = {}) {
  return wordpressHtmlToMarkdown(`<!-- wp:paragraph -->${html}`, {
    context: { ...emptyPostContext("42", "A sample post"), ...context },
  });
}

describe("block-editor footnotes", () => {
  const footnotes = new Map([
    ["a1", "First <em>note</em>."],
    ["b2", "Second note."],
    ["c3", "Never cited."],
  ]);
  const mark = (id: string) => `<sup data-fn="${id}" class="fn"><a href="#${id}" id="${id}-link">x</a></sup>`;

  it("become Markdown footnotes, numbered in reading order, with their notes at the end", () => {
    const result = convert(`<p>One${mark("b2")} two${mark("a1")} again${mark("b2")}.</p>`, { footnotes });
    expect(result.markdown).toBe("One[^1] two[^2] again[^1].\n\n[^1]: Second note.\n\n[^2]: First _note_.");
    expect(result.warnings).toEqual(["1 footnote(s) are not referenced in the text and were left out"]);
  });

  it("are read from the post's footnotes meta, and a broken meta gives none", () => {
    expect([...parseFootnotes('[{"id":"a1","content":"Note"},{"id":3}]')]).toEqual([["a1", "Note"]]);
    expect(parseFootnotes("not json").size).toBe(0);
    expect(parseFootnotes(undefined).size).toBe(0);
  });
});

describe("in-page links", () => {
  it("point a table of contents at the ids the site gives headings, duplicates numbered", () => {
    const html =
      '<ul><li><a href="#h-one">One</a></li><li><a href="#h-one-2">One again</a></li></ul>' +
      '<h2 id="h-one">One</h2><p>Text</p><h3 id="h-one-2">One</h3>';
    expect(convert(html).markdown).toBe("- [One](#one)\n- [One again](#one-1)\n\n## One\n\nText\n\n### One");
  });

  it("treat an id inside a heading, as table-of-contents plugins write it, as the heading's", () => {
    const html = '<p><a href="#Why">Why</a></p><h2><span class="ez-toc-section" id="Why"></span>Why it matters</h2>';
    expect(convert(html).markdown).toBe("[Why](#why-it-matters)\n\n## Why it matters");
  });

  it("lead to the heading after an empty classic-editor anchor", () => {
    const html = '<p><a href="#part2">Part two</a></p><p><a name="part2"></a></p><h3>Part two</h3><p>Text</p>';
    expect(convert(html).markdown).toBe("[Part two](#part-two)\n\n### Part two\n\nText");
  });

  it("keep the text of links to ids Markdown cannot keep, or that do not exist, and count them", () => {
    const result = convert(
      '<p>See <a href="#box">the box</a> and <a href="#gone">this</a>.</p><div id="box">Box</div>',
    );
    expect(result.markdown).toBe("See the box and this.\n\nBox");
    expect(result.warnings).toEqual([
      "2 in-page link(s) led to something Markdown cannot keep an id on, or to nothing; kept as text",
    ]);
  });
});

describe("images", () => {
  const attachments = new Map([
    ["7", attachment("7", "port.jpg", "Cranes at an invented port", "42", 2, "The port")],
    ["8", attachment("8", "bare.jpg", "", "42", 1)],
  ]);

  it("take alt text from the media library by attachment class or by URL of any size", () => {
    const result = convert(
      '<img src="https://old.example/wp-content/uploads/2024/05/port.jpg" class="wp-image-7" alt="">' +
        '<img src="https://old.example/wp-content/uploads/2024/05/port-300x200.jpg">',
      { attachments },
    );
    expect(result.markdown).toBe(
      "![Cranes at an invented port](https://old.example/wp-content/uploads/2024/05/port.jpg)" +
        "![Cranes at an invented port](https://old.example/wp-content/uploads/2024/05/port-300x200.jpg)",
    );
    expect(result.warnings).toEqual([]);
  });

  it('get alt="" only where WordPress marks them as decoration, and lose their title there', () => {
    const html =
      '<div class="wp-block-cover"><img class="wp-block-cover__image-background" alt="" title="bg" src="https://x.example/c.jpg"><p>Over it</p></div>' +
      '<p><img role="presentation" src="https://x.example/d.jpg"></p>';
    expect(convert(html).markdown).toBe("![](https://x.example/c.jpg)\n\nOver it\n\n![](https://x.example/d.jpg)");
  });

  it("take their title, else a reported placeholder", () => {
    const result = convert(
      '<p><img src="https://x.example/a.jpg" title="A title"><img src="https://x.example/b.jpg"></p>',
    );
    expect(result.markdown).toBe(
      `![A title](https://x.example/a.jpg "A title")![${PLACEHOLDER_ALT}](https://x.example/b.jpg)`,
    );
    expect(result.warnings).toEqual([`1 image(s) without alt text anywhere got "${PLACEHOLDER_ALT}"; write real ones`]);
  });

  it("name a link holding only an image after the link's title, else the post's title, reported", () => {
    const result = convert(
      '<p><a href="https://x.example/1" title="Read the report"><img src="https://x.example/a.jpg"></a>' +
        '<a href="https://x.example/2"><img src="https://x.example/b.jpg"></a></p>',
    );
    expect(result.markdown).toBe(
      '[![Read the report](https://x.example/a.jpg)](https://x.example/1 "Read the report")' +
        "[![A sample post](https://x.example/b.jpg)](https://x.example/2)",
    );
    expect(result.warnings).toEqual([
      "1 link(s) holding only an image were named after the image's or link's title",
      "1 link(s) holding only an image had no name and were named after the post's title",
    ]);
  });

  it("lose a link to their own file", () => {
    expect(
      convert('<p><a href="https://x.example/a.jpg"><img src="https://x.example/a-300x200.jpg" alt="A"></a></p>')
        .markdown,
    ).toBe("![A](https://x.example/a-300x200.jpg)");
  });

  it("point at the imported file when the media import has it", () => {
    const localMedia = (url: string) =>
      url.endsWith("port.jpg") ? "../../media/wordpress/2024/05/port.jpg" : undefined;
    expect(
      convert('<img src="https://old.example/wp-content/uploads/2024/05/port.jpg" alt="P">', { localMedia }).markdown,
    ).toBe("![P](../../media/wordpress/2024/05/port.jpg)");
  });
});

describe("galleries", () => {
  const attachments = new Map([
    ["7", attachment("7", "port.jpg", "Cranes", "42", 2, "The port")],
    ["8", attachment("8", "dock.jpg", "A dock", "42", 1)],
    ["9", attachment("9", "other.jpg", "Elsewhere", "5", 0)],
  ]);

  it("[gallery] lists the post's own uploads in the media library's order, captions kept", () => {
    expect(convert('<p>[gallery columns="2"]</p>', { attachments }).markdown).toBe(
      "- ![A dock](https://old.example/wp-content/uploads/2024/05/dock.jpg)\n\n" +
        '- <figure><img src="https://old.example/wp-content/uploads/2024/05/port.jpg" alt="Cranes"><figcaption>The port</figcaption></figure>',
    );
  });

  it("[gallery ids] lists the named uploads in the given order", () => {
    expect(convert('[gallery ids="9,8"]', { attachments }).markdown).toBe(
      "- ![Elsewhere](https://old.example/wp-content/uploads/2024/05/other.jpg)\n- ![A dock](https://old.example/wp-content/uploads/2024/05/dock.jpg)",
    );
  });

  it("the gallery block becomes a list of its figures, then its caption", () => {
    const html =
      '<figure class="wp-block-gallery"><figure class="wp-block-image"><img src="https://x.example/a.jpg" alt="A"></figure>' +
      '<figure class="wp-block-image"><img src="https://x.example/b.jpg" alt="B"><figcaption>Bee</figcaption></figure>' +
      "<figcaption>Two images</figcaption></figure>";
    expect(convert(html).markdown).toBe(
      '- ![A](https://x.example/a.jpg)\n\n- <figure><img src="https://x.example/b.jpg" alt="B"><figcaption>Bee</figcaption></figure>\n\nTwo images',
    );
  });
});

describe("preformatted text", () => {
  it("loses the spaces at the end of its lines", () => {
    expect(convert('<pre class="wp-block-verse">A line   \n  indented  \nend</pre>').markdown).toBe(
      "```\nA line\n  indented\nend\n```",
    );
  });
});
