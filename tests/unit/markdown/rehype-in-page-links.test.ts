import type { Root } from "hast";
import { describe, expect, it } from "vitest";
import { rehypeInPageLinks } from "../../../src/markdown/rehype-in-page-links.ts";
import { renderBrief } from "../../helpers/markdown.ts";

/** Every `href="#…"` of a page, and whether an element has that id. */
function inPageTargets(html: string): { href: string; found: boolean }[] {
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
  return [...html.matchAll(/href="#([^"]+)"/g)].map((match) => ({ href: match[1]!, found: ids.has(match[1]) }));
}

describe("in-page links through the brief pipeline", () => {
  it("lead Markdown footnotes and their back-references to ids that exist", async () => {
    const html = await renderBrief("A claim.[^source] Another.[^2]\n\n[^source]: The source.\n[^2]: Second.");
    const targets = inPageTargets(html);
    expect(targets.map((target) => target.href)).toEqual([
      "user-content-fn-source",
      "user-content-fn-2",
      "user-content-fnref-source",
      "user-content-fnref-2",
    ]);
    expect(targets.every((target) => target.found)).toBe(true);
  });

  it("follow raw-HTML ids an editor wrote to their prefixed form", async () => {
    const html = await renderBrief(
      '[Jump to the notes](#notes)\n\n<p id="notes">Notes</p>\n\n<ol><li id="n1">One <a href="#ref1">back</a></li></ol>\n\n<sup><a id="ref1" href="#n1">1</a></sup>',
    );
    expect(html).toContain('<a href="#user-content-notes">Jump to the notes</a>');
    expect(html).toContain('<p id="user-content-notes">');
    expect(inPageTargets(html).every((target) => target.found)).toBe(true);
  });

  it("keep links to generated heading ids as written", async () => {
    const html = await renderBrief("- [Background](#background)\n\n## Background\n\nText.");
    expect(html).toContain('<a href="#background">Background</a>');
    expect(html).toContain('<h2 id="background">');
  });

  it("leave a link to an id that exists nowhere as written, for the link checker", async () => {
    const html = await renderBrief("[Nowhere](#missing)");
    expect(html).toContain('<a href="#missing">Nowhere</a>');
  });
});

describe("rehypeInPageLinks", () => {
  const link = (href: string) => ({
    type: "element" as const,
    tagName: "a",
    properties: { href },
    children: [{ type: "text" as const, value: "x" }],
  });

  it("decodes a percent-encoded fragment before looking for its target", () => {
    const tree: Root = {
      type: "root",
      children: [
        { type: "element", tagName: "p", properties: { id: "pre-über" }, children: [] },
        link("#%C3%BCber"),
        link("#"),
      ],
    };
    rehypeInPageLinks({ clobberPrefix: "pre-" })(tree);
    expect(tree.children.slice(1).map((node) => (node.type === "element" ? node.properties.href : ""))).toEqual([
      "#pre-über",
      "#",
    ]);
  });
});
