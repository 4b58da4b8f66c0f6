import { describe, expect, it } from "vitest";
import { autop } from "../../../../tools/wordpress-import/autop.ts";
import { htmlToPlainText, wordpressHtmlToMarkdown } from "../../../../tools/wordpress-import/html-to-markdown.ts";
import { PLACEHOLDER_ALT } from "../../../../tools/wordpress-import/rehype-wordpress-images.ts";

const md = (html: string) => wordpressHtmlToMarkdown(html).markdown;

describe("autop", () => {
  it("makes paragraphs of blank-line-separated text and <br> of single line breaks", () => {
    expect(autop("One\nline two\n\nThree")).toBe("<p>One<br>\nline two</p>\n<p>Three</p>");
  });

  it("leaves block elements and <pre> alone", () => {
    expect(autop("Intro\n<ul>\n<li>a</li>\n</ul>\n<pre>x\n\ny</pre>")).toBe(
      "<p>Intro</p>\n<ul>\n<li>a</li>\n</ul>\n<pre>x\n\ny</pre>",
    );
  });
});

describe("wordpressHtmlToMarkdown", () => {
  it("turns classic-editor text into Markdown paragraphs", () => {
    expect(md("First <strong>bold </strong>point.\n\nSecond &amp; last.")).toBe(
      "First **bold** point.\n\nSecond & last.",
    );
  });

  it("drops block-editor comments and keeps the blocks' content", () => {
    const html = `<!-- wp:heading --><h2>Title</h2><!-- /wp:heading -->\n\n<!-- wp:list --><ul><li>One</li><li>Two</li></ul><!-- /wp:list -->\n\n<!-- wp:quote --><blockquote class="wp-block-quote"><p>Said.</p><cite>Someone</cite></blockquote><!-- /wp:quote -->`;
    expect(md(html)).toBe("## Title\n\n- One\n- Two\n\n> Said.\n>\n> Someone");
  });

  it("writes tables as GFM tables", () => {
    const html = `<figure class="wp-block-table"><table><thead><tr><th>Country</th><th>Tons</th></tr></thead><tbody><tr><td>Peru</td><td>80</td></tr></tbody></table></figure>`;
    expect(md(html)).toBe("| Country | Tons |\n| ------- | ---- |\n| Peru    | 80   |");
  });

  it("keeps images with their alt text and warns about missing alt text", () => {
    expect(md(`<img src="https://x.example/a.jpg" alt="A port">`)).toBe("![A port](https://x.example/a.jpg)");
    const withoutAlt = wordpressHtmlToMarkdown(
      `<img src="https://x.example/b.jpg"><img src="https://x.example/c.jpg">`,
    );
    expect(withoutAlt.markdown).toBe(
      `![${PLACEHOLDER_ALT}](https://x.example/b.jpg)![${PLACEHOLDER_ALT}](https://x.example/c.jpg)`,
    );
    expect(withoutAlt.warnings).toEqual([
      `2 image(s) without alt text anywhere got "${PLACEHOLDER_ALT}"; write real ones`,
    ]);
  });

  it("writes a captioned image as a figure the site renders", () => {
    const html = `[caption id="a" width="300"]<img src="https://x.example/a.jpg" alt="A port" width="300" /> Port of <a href="https://x.example">Callao</a>[/caption]`;
    expect(md(html)).toBe(
      `<figure><img src="https://x.example/a.jpg" alt="A port" width="300"><figcaption>Port of <a href="https://x.example">Callao</a></figcaption></figure>`,
    );
  });

  it("turns embeds (bare URLs, block embeds, iframes) into links", () => {
    expect(md("Watch this:\n\nhttps://www.youtube.com/watch?v=abc\n\nEnd.")).toContain(
      "<https://www.youtube.com/watch?v=abc>",
    );
    const block = `<!-- wp:embed --><figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\nhttps://twitter.com/x/status/1\n</div></figure><!-- /wp:embed -->`;
    expect(md(block)).toBe("<https://twitter.com/x/status/1>");
    expect(md(`<iframe src="https://player.example/v/9"><p>fallback</p></iframe>`)).toBe(
      "<https://player.example/v/9>",
    );
  });

  it("drops hostile HTML with the site's sanitizer", () => {
    const html = `<p onclick="steal()">Safe <a href="javascript:alert(1)">link</a></p><script>alert(1)</script><style>p{}</style><img src="x" onerror="alert(1)" alt="x">`;
    const result = md(html);
    expect(result).not.toMatch(/script|alert|onclick|onerror|javascript|p\{\}/);
    expect(result).toContain("Safe");
  });

  it("demotes <h1> to a second-level heading and keeps sub- and superscripts", () => {
    expect(md("<h1>Top</h1>\n\nH<sub>2</sub>O and E = MC<sup>2</sup>")).toBe(
      "## Top\n\nH<sub>2</sub>O and E = MC<sup>2</sup>",
    );
  });

  it("keeps ordered, nested lists tight", () => {
    expect(md("<ol><li>one<ul><li>inner</li></ul></li><li>two</li></ol>")).toBe("1. one\n   - inner\n2. two");
  });

  it("keeps unknown shortcodes as visible text and reports them", () => {
    const result = wordpressHtmlToMarkdown(`[gallery ids="1,2"]`);
    expect(result.markdown).toBe(`\\[gallery ids="1,2"]`);
    expect(result.warnings).toEqual(["shortcode [gallery] names no image the export has and was kept as text"]);
  });
});

describe("htmlToPlainText", () => {
  it("removes markup and decodes entities", () => {
    expect(htmlToPlainText("Markup: Title <em>With</em> <b>Mark<sup>up</sup></b> &amp; more")).toBe(
      "Markup: Title With Markup & more",
    );
  });
});
