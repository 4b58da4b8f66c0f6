import { describe, expect, it } from "vitest";
import { groupTerms, termPages } from "../../../src/model/terms.ts";
import { termSlug } from "../../../src/lib/slugs.ts";

interface Item {
  id: string;
  tags: string[];
}
const tagsOf = (item: Item) => item.tags;

describe("termSlug", () => {
  it("makes ASCII slugs, folding accents and joining words", () => {
    expect(termSlug("Narcotráfico")).toBe("narcotrafico");
    expect(termSlug("Environmental Crime")).toBe("environmental-crime");
    expect(termSlug("Valdoria (fictional)")).toBe("valdoria-fictional");
    expect(termSlug("Perú")).toMatch(/^[a-z0-9-]+$/);
  });
});

describe("groupTerms", () => {
  const items: Item[] = [
    { id: "a", tags: ["Coca", "Narcotráfico"] },
    { id: "b", tags: ["coca"] },
    { id: "c", tags: ["Coca", "narcotrafico", "Narcotráfico"] },
    { id: "d", tags: ["Ports"] },
  ];

  it("puts Coca and coca on one page, named by the most used spelling", () => {
    const coca = groupTerms(items, tagsOf).find((term) => term.slug === "coca");
    expect(coca).toEqual({ slug: "coca", name: "Coca", count: 3 });
  });

  it("keeps accents on screen and counts an item once even when it repeats a term", () => {
    const narco = groupTerms(items, tagsOf).find((term) => term.slug === "narcotrafico");
    expect(narco).toEqual({ slug: "narcotrafico", name: "Narcotráfico", count: 2 });
  });

  it("prefers the accented spelling when spellings are used equally often", () => {
    const [term] = groupTerms(
      [
        { id: "x", tags: ["Peru"] },
        { id: "y", tags: ["Perú"] },
      ],
      tagsOf,
    );
    expect(term?.name).toBe("Perú");
  });

  it("sorts by count, then by name", () => {
    expect(groupTerms(items, tagsOf).map((term) => term.slug)).toEqual(["coca", "narcotrafico", "ports"]);
  });
});

describe("termPages", () => {
  it("lists each term's items once, in the given order", () => {
    const items: Item[] = [
      { id: "new", tags: ["coca", "Coca"] },
      { id: "mid", tags: ["Ports"] },
      { id: "old", tags: ["COCA"] },
    ];
    const pages = termPages(items, tagsOf);
    expect(pages.map(({ term, items: members }) => [term.slug, members.map((item) => item.id)])).toEqual([
      ["coca", ["new", "old"]],
      ["ports", ["mid"]],
    ]);
  });
});

describe("display names on a tie", () => {
  it("prefers the capitalised spelling when accents do not decide", () => {
    const [term] = groupTerms(
      [
        { id: "x", tags: ["coca"] },
        { id: "y", tags: ["Coca"] },
      ],
      tagsOf,
    );
    expect(term?.name).toBe("Coca");
  });
});
