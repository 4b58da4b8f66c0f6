import { describe, expect, it } from "vitest";
import { xssVectors } from "../../fixtures/xss-vectors.ts";
import { bodyTags, dangers, styleAttributes } from "../../helpers/dangers.ts";
import { renderBrief } from "../../helpers/markdown.ts";

describe("brief sanitizer (full Markdown pipeline)", () => {
  it.each(xssVectors)("neutralises %s", async (vector) => {
    const html = await renderBrief(`Before the attack.\n\n${vector}\n\nAfter the attack.`);
    expect(dangers(html, bodyTags)).toEqual([]);
    expect(styleAttributes(html)).toBe(0);
    expect(html).not.toMatch(/<(script|iframe|object|embed|svg|math|style|form)/i);
    expect(html).toContain("Before the attack.");
    expect(html).toContain("After the attack.");
  });

  it("keeps the text of a removed wrapper but not the content of a stripped script", async () => {
    const html = await renderBrief('<p style="color:red">red text</p>\n\n<script>secret()</script>');
    expect(html).toContain("red text");
    expect(html).not.toContain("secret()");
  });

  it("keeps what briefs legitimately use", async () => {
    const html = await renderBrief(
      [
        "## Background",
        "Some *emphasis*, **strong** text, `code` and a [safe link](https://example.org/a?b=1&c=2).",
        "> A quotation.",
        "- one\n- two",
        "1. first\n2. second",
        "| Year | Tons |\n| ---: | --- |\n| 2012 | 80 |",
        "![A river valley](https://example.org/valley.jpg)",
        "Contact [the desk](mailto:desk@example.org).",
      ].join("\n\n"),
    );
    expect(html).toContain('<h2 id="background">Background</h2>');
    expect(html).toContain("<em>emphasis</em>");
    expect(html).toContain("<strong>strong</strong>");
    expect(html).toContain("<code>code</code>");
    expect(html).toContain('href="https://example.org/a?b=1&#x26;c=2"');
    expect(html).toContain("<blockquote>");
    expect(html).toContain("<ul>");
    expect(html).toContain("<ol>");
    expect(html).toMatch(/<table>[\s\S]*<td align="right">2012<\/td>/);
    expect(html).toContain('<img src="https://example.org/valley.jpg" alt="A river valley">');
    expect(html).toContain('href="mailto:desk@example.org"');
  });

  it("marks links that leave the site noopener noreferrer, and only those", async () => {
    const html = await renderBrief(
      "[out](https://example.org/) and [in](https://insightcrime.example.org/x/) and [rel](/news/)",
    );
    expect(html).toContain('<a href="https://example.org/" rel="noopener noreferrer">out</a>');
    expect(html).toContain('<a href="https://insightcrime.example.org/x/">in</a>');
    expect(html).toContain('<a href="/news/">rel</a>');
  });

  it("gives headings stable ids that cannot clobber the page's own", async () => {
    const html = await renderBrief('## Who Benefits?\n\n<h3 id="main">Named</h3>');
    expect(html).toContain('<h2 id="who-benefits">Who Benefits?</h2>');
    expect(html).not.toContain('id="main"');
  });
});

describe("raw HTML containment", () => {
  it("closes an unclosed <style> inside its own fragment so later paragraphs survive", async () => {
    const html = await renderBrief("<style>\nbody{}\n\nLater paragraph.\n\n## Later heading");
    expect(html).toContain("Later paragraph.");
    expect(html).toContain("Later heading");
    expect(html).not.toContain("body{}");
  });

  it("shows a fragment cut off inside a tag as text rather than letting it eat the brief", async () => {
    const html = await renderBrief('Intro.\n\n<a href="https://example.org" title="never closed\n\nStill here.');
    expect(html).toContain("Still here.");
    expect(html).toContain("&#x3C;a href=");
  });

  it("balances inline HTML per paragraph without splitting elements a paragraph closes itself", async () => {
    const html = await renderBrief(
      "Note<sup>1</sup> and <script>hidden()</script> text.\n\n<span>Open span\n\nNext paragraph.",
    );
    expect(html).toContain("Note<sup>1</sup> and  text.");
    expect(html).not.toContain("hidden()");
    expect(html).toContain("<p>Next paragraph.</p>");
  });
});
