import { describe, expect, it } from "vitest";
import { absolutizeUrls, republishHtml, type RepublishSource } from "../../../src/model/republish.ts";

const source: RepublishSource = {
  title: `Cartels & "Clans" <Part 1>`,
  authors: ["Ana Pérez", "Tom O'Neil"],
  organization: "News & Co",
  canonical: "https://news.example.org/news/brief/cartels/",
  published: "16 Oct 2012",
  license: { name: "CC BY-NC 4.0", url: "https://creativecommons.org/licenses/by-nc/4.0/" },
  bodyHtml: '<p>See <a href="/tag/coca/">coca</a> and <a href="https://other.example/x">this</a>.</p>\n',
  words: {
    by: "by",
    originallyPublished: "This brief was originally published by {org} on {date}.",
    license: "Republished under",
  },
};

describe("republishHtml", () => {
  const html = republishHtml(source);

  it("opens with the escaped headline and the byline crediting the organization", () => {
    expect(html.split("\n").slice(0, 2)).toEqual([
      "<h1>Cartels &amp; &quot;Clans&quot; &lt;Part 1&gt;</h1>",
      '<p>by Ana Pérez, Tom O&#39;Neil, <a href="https://news.example.org/news/brief/cartels/">News &amp; Co</a></p>',
    ]);
  });

  it("includes the body with site links made absolute and other links untouched", () => {
    expect(html).toContain('<a href="https://news.example.org/tag/coca/">coca</a>');
    expect(html).toContain('<a href="https://other.example/x">this</a>');
  });

  it("ends with the originally-published line linking the canonical URL, and the licence", () => {
    const lines = html.split("\n");
    expect(lines.at(-2)).toBe(
      '<p>This brief was originally published by <a href="https://news.example.org/news/brief/cartels/">News &amp; Co</a> on 16 Oct 2012.</p>',
    );
    expect(lines.at(-1)).toBe(
      '<p>Republished under <a href="https://creativecommons.org/licenses/by-nc/4.0/" rel="license">CC BY-NC 4.0</a></p>',
    );
  });
});

describe("absolutizeUrls", () => {
  it("rewrites root-relative href and src only", () => {
    expect(
      absolutizeUrls(
        '<a href="/a/">a</a><img src="/i.png"><a href="//cdn.example/x">x</a><a href="#n">n</a>',
        "https://s.example/",
      ),
    ).toBe(
      '<a href="https://s.example/a/">a</a><img src="https://s.example/i.png"><a href="//cdn.example/x">x</a><a href="#n">n</a>',
    );
  });
});
