import { describe, expect, it } from "vitest";
import { excerpt, firstParagraph } from "../../src/lib/text.ts";

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

describe("excerpt", () => {
  it("leaves short text alone", () => {
    expect(excerpt("Short text.", 50)).toBe("Short text.");
  });

  it("cuts at a word boundary and adds an ellipsis", () => {
    const result = excerpt("While there are some efforts to build resilience, including the passing", 40);
    expect(result).toBe("While there are some efforts to build…");
    expect(Array.from(result).length).toBeLessThanOrEqual(40);
  });

  it("never splits an emoji or accented letter", () => {
    const result = excerpt("Análisis 🇵🇪 de la región andina y amazónica del país", 12);
    expect(result.endsWith("…")).toBe(true);
    expect(result).not.toMatch(/\uFFFD/);
  });
});
