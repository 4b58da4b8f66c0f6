import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { close, createIndex, type PagefindIndex } from "pagefind";
import type { Brief } from "../../../src/model/briefs.ts";
import { searchDocument, searchFilterChoices } from "../../../src/model/search-document.ts";

const brief: Brief = {
  id: "fixture",
  slug: "fixture",
  filePath: "briefs/2024/fixture.md",
  title: 'Fixture <script>alert(1)</script> & "quotes"',
  date: new Date("2024-05-01T12:00:00Z"),
  modified: new Date("2024-05-01T12:00:00Z"),
  lang: "es",
  countries: ["Perú"],
  tags: ["Coca", '<img src=x onerror="alert(1)">'],
  authors: ["Ana Example"],
  summary: "Summary.",
  aliases: [],
  draft: false,
  corrections: [],
};

describe("searchDocument", () => {
  const { url, html } = searchDocument(brief, "/es/news/brief/fixture/", "<p>Cocaleros del valle.</p>", "2020-2024");

  it("keeps markup in front matter as text", () => {
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("Fixture &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;");
  });

  it("carries every filter, the sort date and the body", () => {
    const filters = ['"country">Perú', '"tag">Coca', '"author">Ana Example', '"language">es', '"shard">2020-2024'];
    for (const filter of filters) {
      expect(html).toContain(`data-pagefind-filter=${filter}<`);
    }
    expect(html).toContain('data-pagefind-sort="date:2024-05-01"');
    expect(html).toContain("<p>Cocaleros del valle.</p>");
    expect(url).toBe("/es/news/brief/fixture/");
  });

  describe("indexed by Pagefind", () => {
    let index: PagefindIndex | undefined;
    beforeAll(async () => {
      ({ index } = await createIndex({ forceLanguage: "en" }));
    });
    afterAll(async () => {
      await close();
    });

    it("gives the result the brief's title as plain text and indexes the body, not the filters", async () => {
      const added = await index!.addHTMLFile({ url, content: html });
      expect(added.errors).toEqual([]);
      expect(added.file.url).toBe(url);
      expect(added.file.meta["title"]).toBe(brief.title);
      // Title words and body words; the hidden filter values are not indexed as text.
      expect(added.file.uniqueWords).toBeGreaterThan(3);
      expect(added.file.uniqueWords).toBeLessThan(12);
    });
  });
});

describe("searchFilterChoices", () => {
  it("lists every value of each filter once, sorted, the hidden shard filter not among them", () => {
    const other: Brief = {
      ...brief,
      id: "other",
      lang: "en",
      countries: ["Chile", "Perú"],
      tags: ["Arms"],
      authors: [],
    };
    expect(searchFilterChoices([brief, other])).toEqual({
      country: ["Chile", "Perú"],
      tag: ['<img src=x onerror="alert(1)">', "Arms", "Coca"],
      author: ["Ana Example"],
      language: ["en", "es"],
    });
  });

  it("offers nothing when nothing is published", () => {
    expect(searchFilterChoices([])).toEqual({ country: [], tag: [], author: [], language: [] });
  });
});
