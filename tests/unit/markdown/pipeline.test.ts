import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createMarkdownProcessor } from "@astrojs/markdown-remark";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../../tools/bench/generate-corpus.ts";
import { splitFrontMatter } from "../../../src/build/loader/strict-glob.ts";
import {
  briefRehypePlugins,
  firstParagraph,
  needsAstroImages,
  renderBriefBody,
} from "../../../src/markdown/pipeline.ts";

/**
 * The loader renders briefs with its own frozen processor instead of Astro's
 * `unified({ rehypePlugins: briefRehypePlugins, smartypants: false })`. These tests hold
 * it to producing the very same HTML (and heading list) as Astro's processor would.
 */
const astro = await createMarkdownProcessor({
  rehypePlugins: briefRehypePlugins,
  smartypants: false,
  gfm: true,
  syntaxHighlight: false,
});

async function expectSameAsAstro(body: string, label: string, adjustAstro = (html: string) => html) {
  const ours = await renderBriefBody(body);
  const theirs = await astro.render(body, { fileURL: new URL("file:///content/briefs/sample.md") });
  expect(ours.html, label).toBe(adjustAstro(theirs.code));
  expect(ours.metadata.headings, label).toEqual(theirs.metadata.headings);
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".md"))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe("renderBriefBody", () => {
  it(
    "renders every bundled brief and organization item exactly as Astro's processor does",
    { timeout: 60_000 },
    async () => {
      const files = [...markdownFiles("content/briefs"), ...markdownFiles("content/organization")];
      expect(files.length).toBeGreaterThan(5);
      for (const file of files) {
        const { body } = splitFrontMatter(readFileSync(file, "utf8"), file);
        await expectSameAsAstro(body, file);
      }
    },
  );

  it(
    "renders synthetic briefs (links, quotes, lists, analysis sections) exactly as Astro's processor does",
    { timeout: 60_000 },
    async () => {
      let checked = 0;
      for (const file of generateCorpus({ count: 150, seed: 3 })) {
        if (!file.path.startsWith("briefs/")) continue;
        await expectSameAsAstro(splitFrontMatter(file.contents, file.path).body, file.path);
        checked += 1;
      }
      expect(checked).toBe(150);
    },
  );

  it("sanitizes raw HTML, tables, footnotes and repeated headings exactly as Astro's processor does", async () => {
    const samples = [
      'Text with <script>alert("x")</script> and <b onclick="x()">bold</b> and <font>old</font>.',
      '<div class="x"><p>Block <em>HTML</em></p><iframe src="https://example.com"></iframe></div>\n\nAfter.',
      "| a | b |\n| --- | :-: |\n| 1 | <i>2</i> |\n",
      "## Same\n\ntext\n\n## Same\n\n### Deeper <span>html</span> {x}\n\n# Title\n",
      "## InSight Crime Analysis\n\nOne.\n\n> ## InSight Crime Analysis\n\n## Next\n\nTwo.",
      "[own](https://insightcrime.example.org/x) [away](http://example.com/) [mail](mailto:a@b.c) [bad](javascript:alert(1))",
      '<!-- a comment --> text <br> line\n\n<h1 id="top">Raw h1</h1>',
      "- [ ] task\n- [x] done\n\n~~struck~~ www.example.com",
      "",
    ];
    for (const sample of samples) await expectSameAsAstro(sample, sample);
  });

  it("keeps the footnote data attributes the sanitize schema allows, which Astro's extra rehype-raw pass drops", async () => {
    // The one known difference: Astro re-parses the sanitized tree through parse5, which
    // loses the boolean `data-footnote-ref`/`data-footnotes` attributes. Dispatch skips
    // that pass, so they stay, as sanitize-schema.ts intends.
    await expectSameAsAstro("Claim.[^1]\n\n[^1]: A footnote with a [link](https://example.com).", "footnote", (html) =>
      html
        .replace(
          '<a href="#user-content-fn-1" aria-describedby',
          '<a href="#user-content-fn-1" data-footnote-ref aria-describedby',
        )
        .replace('<section class="footnotes">', '<section data-footnotes class="footnotes">'),
    );
  });

  it("leaves Markdown images to Astro's processor, which runs its image pipeline", () => {
    expect(needsAstroImages("![A map](./map.png)")).toBe(true);
    expect(needsAstroImages("![ref][map]\n\n[map]: https://example.com/m.png")).toBe(true);
    expect(needsAstroImages("No images, just [a link](https://example.com).")).toBe(false);
  });
});

describe("firstParagraph", () => {
  it("returns the first prose paragraph as plain text", () => {
    const body = "Peru will install **ten** new [military bases](https://example.org) in the *VRAE*.\n\nSecond.";
    expect(firstParagraph(body)).toBe("Peru will install ten new military bases in the VRAE.");
  });

  it("skips headings, quotes, lists, images, tables, code and HTML", () => {
    const body = [
      "## A heading",
      "> A quote",
      "- a list",
      "1. numbered",
      "![alt](a.jpg)",
      "| a | b |\n| - | - |",
      "```\ncode\n```",
      "<div>html</div>",
      "---",
      "The real first paragraph\nspans two lines.",
    ].join("\n\n");
    expect(firstParagraph(body)).toBe("The real first paragraph spans two lines.");
  });

  it("is empty when there is no prose", () => {
    expect(firstParagraph("## Only a heading\n\n- and a list")).toBe("");
    expect(firstParagraph("")).toBe("");
  });
});

describe("the first paragraph kept for a brief without a summary", () => {
  it("leaves out inline HTML and what a script or style tag holds, as the sanitizer does", () => {
    expect(firstParagraph("Watch <script>track()</script> <b>this</b><style>p{}</style>.")).toBe("Watch this.");
  });

  it("comes with the rendered body, so the store needs no Markdown source", async () => {
    const rendered = await renderBriefBody(
      "## Context\n\nAuthorities **seized** [two tonnes](https://example.org).\n\nMore.",
    );
    expect(rendered.metadata.firstParagraph).toBe("Authorities seized two tonnes.");
  });
});

describe("splitFrontMatter", () => {
  it("reads front matter with the YAML core schema, so impossible dates stay text for the schema to reject", () => {
    const { data, body } = splitFrontMatter("---\ntitle: A\ndate: 2024-13-45\n---\n\nBody text.\n", "x.md");
    expect(data).toEqual({ title: "A", date: "2024-13-45" });
    expect(body).toBe("Body text.");
  });

  it("names the file and front-matter line when the YAML is broken", () => {
    expect(() => splitFrontMatter("---\ntitle: A\ntitle: B\n---\nBody", "content/briefs/x.md")).toThrow(
      /Broken front matter in content\/briefs\/x\.md \(front matter line \d+\)/,
    );
  });

  it("treats a file without front matter as all body, and empty front matter as no fields", () => {
    expect(splitFrontMatter("Just text.\n", "x.md")).toEqual({ data: {}, body: "Just text." });
    expect(splitFrontMatter("---\n---\nText", "x.md")).toEqual({ data: {}, body: "Text" });
  });
});
