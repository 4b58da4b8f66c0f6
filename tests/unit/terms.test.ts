import { describe, expect, it } from "vitest";
import { groupTerms, itemsWithTerm } from "../../src/lib/terms.ts";

const items = [
  { id: 1, tags: ["Coca", "Narcotráfico"] },
  { id: 2, tags: ["coca", "narcotrafico", "Narcotráfico"] },
  { id: 3, tags: ["Narcotráfico", "COCA"] },
  { id: 4, tags: ["Environmental Crime"] },
];
const tagsOf = (item: (typeof items)[number]) => item.tags;

describe("groupTerms", () => {
  it("groups spellings case- and accent-insensitively, counting each item once", () => {
    expect(groupTerms(items, tagsOf)).toEqual([
      { slug: "coca", name: "Coca", count: 3 },
      { slug: "narcotrafico", name: "Narcotráfico", count: 3 },
      { slug: "environmental-crime", name: "Environmental Crime", count: 1 },
    ]);
  });

  it("prefers the accented spelling on a tie", () => {
    const tie = [{ tags: ["narcotrafico"] }, { tags: ["Narcotráfico"] }];
    expect(groupTerms(tie, (item) => item.tags)[0]?.name).toBe("Narcotráfico");
  });

  it("finds the items of one term whatever their spelling", () => {
    expect(itemsWithTerm(items, tagsOf, "coca").map((item) => item.id)).toEqual([1, 2, 3]);
  });
});
