import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import rehypeSanitize from "rehype-sanitize";
import { afterAll, describe, expect, it } from "vitest";
import {
  briefMarkdownProcessor,
  briefPipelineFingerprint,
  pipelineFingerprint,
  renderBriefBody,
  type PipelineStep,
} from "../../../src/markdown/pipeline.ts";

const html = async (markdown: string) => (await renderBriefBody(markdown)).html;
const firstParagraph = async (markdown: string) => (await renderBriefBody(markdown)).metadata.firstParagraph;

/**
 * The HTML readers get, recorded: these snapshots were taken from the pipeline before it
 * was declared once (when the loader's frozen processor was checked against Astro's), so
 * they hold the declared pipeline to the very same output.
 */
describe("renderBriefBody", () => {
  it("renders a brief's prose, links, quotes, lists and analysis section", async () => {
    const body = [
      "Authorities in **Valdoria** seized [two tonnes](https://example.org/report) of coca paste.",
      "## Background",
      "> A quoted official said *nothing* new.",
      "- one\n- two\n\n1. first\n2. second",
      "## InSight Crime Analysis",
      "The seizure [follows another](https://insightcrime.example.org/news/brief/other/) and a [mail](mailto:a@b.c).",
      "## Next steps",
      "More.",
    ].join("\n\n");
    expect(await html(body)).toMatchInlineSnapshot(`
      "<p>Authorities in <strong>Valdoria</strong> seized <a href="https://example.org/report" rel="noopener noreferrer">two tonnes</a> of coca paste.</p>
      <h2 id="background">Background</h2>
      <blockquote>
      <p>A quoted official said <em>nothing</em> new.</p>
      </blockquote>
      <ul>
      <li>one</li>
      <li>two</li>
      </ul>
      <ol>
      <li>first</li>
      <li>second</li>
      </ol>
      <section class="analysis" aria-labelledby="analysis"><h2 id="analysis">InSight Crime Analysis</h2>
      <p>The seizure <a href="https://insightcrime.example.org/news/brief/other/">follows another</a> and a <a href="mailto:a@b.c">mail</a>.</p>
      </section><h2 id="next-steps">Next steps</h2>
      <p>More.</p>"
    `);
  });

  it("sanitizes raw HTML and keeps tables, task lists, autolinks and strikethrough", async () => {
    const samples = [
      'Text with <script>alert("x")</script> and <b onclick="x()">bold</b> and <font>old</font>.',
      '<div class="x"><p>Block <em>HTML</em></p><iframe src="https://example.com"></iframe></div>\n\nAfter.',
      "| a | b |\n| --- | :-: |\n| 1 | <i>2</i> |\n",
      "[own](https://insightcrime.example.org/x) [away](http://example.com/) [bad](javascript:alert(1))",
      '<!-- a comment --> text <br> line\n\n<h1 id="top">Raw h1</h1>',
      "- [ ] task\n- [x] done\n\n~~struck~~ www.example.com",
      "",
    ];
    expect(await Promise.all(samples.map(html))).toMatchInlineSnapshot(`
      [
        "<p>Text with  and <b>bold</b> and old.</p>",
        "<div><p>Block <em>HTML</em></p></div>
      <p>After.</p>",
        "<table>
      <thead>
      <tr>
      <th>a</th>
      <th align="center">b</th>
      </tr>
      </thead>
      <tbody>
      <tr>
      <td>1</td>
      <td align="center"><i>2</i></td>
      </tr>
      </tbody>
      </table>",
        "<p><a href="https://insightcrime.example.org/x">own</a> <a href="http://example.com/" rel="noopener noreferrer">away</a> <a>bad</a></p>",
        " text <br> line
      Raw h1",
        "<ul>
      <li> task</li>
      <li> done</li>
      </ul>
      <p><del>struck</del> <a href="http://www.example.com" rel="noopener noreferrer">www.example.com</a></p>",
        "",
      ]
    `);
  });

  it("gives repeated headings distinct ids and lists them", async () => {
    const rendered = await renderBriefBody(
      "## Same\n\ntext\n\n## Same\n\n### Deeper <span>html</span> {x}\n\n# Title\n",
    );
    expect(rendered.html).toMatchInlineSnapshot(`
      "<h2 id="same">Same</h2>
      <p>text</p>
      <h2 id="same-1">Same</h2>
      <h3 id="deeper-html-x">Deeper <span>html</span> {x}</h3>
      Title"
    `);
    expect(rendered.metadata.headings).toMatchInlineSnapshot(`
      [
        {
          "depth": 2,
          "slug": "same",
          "text": "Same",
        },
        {
          "depth": 2,
          "slug": "same-1",
          "text": "Same",
        },
        {
          "depth": 3,
          "slug": "deeper-html-x",
          "text": "Deeper html \${x}",
        },
      ]
    `);
  });

  it("keeps the footnote data attributes the sanitize schema allows", async () => {
    expect(await html("Claim.[^1]\n\n[^1]: A footnote with a [link](https://example.com).")).toMatchInlineSnapshot(`
      "<p>Claim.<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="user-content-footnote-label">1</a></sup></p>
      <section data-footnotes class="footnotes"><h2 class="sr-only" id="user-content-footnote-label">Footnotes</h2>
      <ol>
      <li id="user-content-fn-1">
      <p>A footnote with a <a href="https://example.com" rel="noopener noreferrer">link</a>. <a href="#user-content-fnref-1" aria-label="Back to reference 1">↩</a></p>
      </li>
      </ol>
      </section>"
    `);
  });

  it("wraps only a top-level analysis heading", async () => {
    expect(await html("## InSight Crime Analysis\n\nOne.\n\n> ## InSight Crime Analysis\n\n## Next\n\nTwo."))
      .toMatchInlineSnapshot(`
      "<section class="analysis" aria-labelledby="analysis"><h2 id="analysis">InSight Crime Analysis</h2>
      <p>One.</p>
      <blockquote>
      <h2 id="insight-crime-analysis">InSight Crime Analysis</h2>
      </blockquote>
      </section><h2 id="next">Next</h2>
      <p>Two.</p>"
    `);
  });

  it("renders Markdown images as plain sanitized <img> elements", async () => {
    expect(
      await html('![A map](./map.png "Routes") ![x](x "onerror=alert(1)") ![bad](javascript:alert(1))'),
    ).toMatchInlineSnapshot(
      `"<p><img src="./map.png" alt="A map" title="Routes"> <img src="x" alt="x" title="onerror=alert(1)"> <img alt="bad"></p>"`,
    );
  });

  it("renders a body that opens with a rule as a rule, not as front matter", async () => {
    expect(await html("---\n\ntitle: no\n\n---")).toMatchInlineSnapshot(`
      "<hr>
      <p>title: no</p>
      <hr>"
    `);
  });
});

describe("the first paragraph kept with a rendered body", () => {
  it("is the first prose paragraph as plain text", async () => {
    const body = "Peru will install **ten** new [military bases](https://example.org) in the *VRAE*.\n\nSecond.";
    expect(await firstParagraph(body)).toBe("Peru will install ten new military bases in the VRAE.");
  });

  it("skips headings, quotes, lists, images, tables, code and HTML", async () => {
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
    expect(await firstParagraph(body)).toBe("The real first paragraph spans two lines.");
  });

  it("is empty when there is no prose", async () => {
    expect(await firstParagraph("## Only a heading\n\n- and a list")).toBe("");
    expect(await firstParagraph("")).toBe("");
  });

  it("leaves out inline HTML and what a script or style tag holds, as the sanitizer does", async () => {
    expect(await firstParagraph("Watch <script>track()</script> <b>this</b><style>p{}</style>.")).toBe("Watch this.");
  });

  it("is read before the transforms rework the tree", async () => {
    const rendered = await renderBriefBody(
      "## Context\n\nAuthorities **seized** [two tonnes](https://example.org).\n\nMore.",
    );
    expect(rendered.metadata.firstParagraph).toBe("Authorities seized two tonnes.");
  });
});

describe("Astro's Markdown processor", () => {
  it("is the brief pipeline, front matter passed through", async () => {
    const body = "## Heading\n\nText with ![a map](./map.png) and <script>x()</script>.";
    const renderer = await briefMarkdownProcessor.createRenderer({});
    const result = await renderer.render(body, { frontmatter: { title: "T" } });
    const { html, metadata } = await renderBriefBody(body);
    expect(result.code).toBe(html);
    expect(result.metadata).toEqual({ ...metadata, frontmatter: { title: "T" } });
  });
});

describe("the pipeline fingerprint", () => {
  const folder = mkdtempSync(join(tmpdir(), "dispatch-pipeline-"));
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });
  const plugin = () => undefined;

  it("changes with the code in the pipeline's folder, a step's options, order or package", () => {
    writeFileSync(join(folder, "plugin.ts"), "export const a = 1;");
    const steps: PipelineStep[] = [
      { use: [plugin, { heading: /x/ }] },
      { use: rehypeSanitize, from: "rehype-sanitize" },
    ];
    const before = pipelineFingerprint(steps, folder);
    expect(pipelineFingerprint(steps, folder)).toBe(before);
    const variants = [
      pipelineFingerprint([{ use: [plugin, { heading: /y/ }] }, steps[1]!], folder),
      pipelineFingerprint([...steps].reverse(), folder),
      pipelineFingerprint([steps[0]!, { use: rehypeSanitize, from: "rehype-raw" }], folder),
    ];
    writeFileSync(join(folder, "plugin.ts"), "export const a = 2;");
    variants.push(pipelineFingerprint(steps, folder));
    expect(new Set([before, ...variants]).size).toBe(5);
  });

  it("ignores files in the folder that are not code", () => {
    const steps: PipelineStep[] = [{ use: plugin }];
    const before = pipelineFingerprint(steps, folder);
    writeFileSync(join(folder, "notes.md"), "notes");
    expect(pipelineFingerprint(steps, folder)).toBe(before);
  });

  it("of the brief pipeline is computed once per process", () => {
    expect(briefPipelineFingerprint()).toBe(briefPipelineFingerprint());
    expect(briefPipelineFingerprint()).toMatch(/^[\w-]{43}$/);
  });
});
