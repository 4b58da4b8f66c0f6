import { describe, expect, it } from "vitest";
import { renderBrief } from "../../helpers/markdown.ts";

describe("analysis section", () => {
  it("wraps the English analysis heading and everything after it", async () => {
    const html = await renderBrief("Facts.\n\n## InSight Crime Analysis\n\nInterpretation.\n\n> Quote.");
    expect(html).toMatch(
      /^<p>Facts\.<\/p>\s*<section class="analysis" aria-labelledby="analysis"><h2 id="analysis">InSight Crime Analysis<\/h2>\s*<p>Interpretation\.<\/p>\s*<blockquote>[\s\S]*<\/blockquote><\/section>$/,
    );
  });

  it("recognises the Spanish heading, whatever its case and spacing", async () => {
    const html = await renderBrief("Hechos.\n\n##   análisis de  InSight  Crime\n\nInterpretación.");
    expect(html).toContain('<section class="analysis" aria-labelledby="analysis">');
    expect(html).toContain("Interpretación.");
  });

  it("ends the section at the next heading of the same level", async () => {
    const html = await renderBrief("## InSight Crime Analysis\n\nIn.\n\n## Sources\n\nOut.");
    expect(html).toMatch(/<p>In\.<\/p>\s*<\/section>\s*<h2 id="sources">Sources<\/h2>\s*<p>Out\.<\/p>$/);
  });

  it("leaves a brief without the heading, or with it inside a quote, alone", async () => {
    expect(await renderBrief("## Other Analysis\n\nText.")).not.toContain("<section");
    expect(await renderBrief("> ## InSight Crime Analysis\n>\n> quoted")).not.toContain("<section");
  });
});
