import { describe, expect, it } from "vitest";
import { pageCount, pageLinks, pageSlices } from "../../../src/lib/pagination.ts";

const numbers = (current: number, last: number, radius?: number) =>
  pageLinks(current, last, radius).map((link) => ("gap" in link ? "…" : link.current ? `[${link.page}]` : link.page));

describe("pageSlices", () => {
  it("cuts items into numbered pages in order, the last one partial", () => {
    const slices = pageSlices(["a", "b", "c", "d", "e"], 2);
    expect(slices).toEqual([
      { items: ["a", "b"], page: 1, last: 3, total: 5 },
      { items: ["c", "d"], page: 2, last: 3, total: 5 },
      { items: ["e"], page: 3, last: 3, total: 5 },
    ]);
  });

  it("gives an empty listing one empty page, and uses the listing page size by default", () => {
    expect(pageSlices([], 12)).toEqual([{ items: [], page: 1, last: 1, total: 0 }]);
    expect(pageSlices(Array.from({ length: 25 }, (_, index) => index)).map((slice) => slice.items.length)).toEqual([
      12, 12, 1,
    ]);
  });
});

describe("pageCount", () => {
  it("rounds up partial pages and keeps one page for an empty listing", () => {
    expect(pageCount(0, 12)).toBe(1);
    expect(pageCount(12, 12)).toBe(1);
    expect(pageCount(13, 12)).toBe(2);
    expect(pageCount(10_000, 12)).toBe(834);
  });

  it("rejects a page size that is not a positive integer", () => {
    expect(() => pageCount(10, 0)).toThrow(RangeError);
    expect(() => pageCount(10, 2.5)).toThrow(RangeError);
  });
});

describe("pageLinks", () => {
  it("shows every page of a short listing", () => {
    expect(numbers(1, 1)).toEqual(["[1]"]);
    expect(numbers(2, 3)).toEqual([1, "[2]", 3]);
  });

  it("keeps first, last and the current page's neighbours, with gaps between", () => {
    expect(numbers(10, 20)).toEqual([1, "…", 9, "[10]", 11, "…", 20]);
    expect(numbers(1, 20)).toEqual(["[1]", 2, "…", 20]);
    expect(numbers(20, 20)).toEqual([1, "…", 19, "[20]"]);
  });

  it("shows a single skipped page instead of a gap", () => {
    expect(numbers(4, 7)).toEqual([1, 2, 3, "[4]", 5, 6, 7]);
    expect(numbers(4, 8)).toEqual([1, 2, 3, "[4]", 5, "…", 8]);
  });

  it("widens the window with the radius", () => {
    expect(numbers(10, 20, 2)).toEqual([1, "…", 8, 9, "[10]", 11, 12, "…", 20]);
  });
});
