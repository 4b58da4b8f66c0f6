import { describe, expect, it } from "vitest";
import { excerpt } from "../../../src/lib/text.ts";

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

  it("counts code points, not UTF-16 units, at the limit", () => {
    // 10 emoji are 20 units but 10 characters: within a limit of 10.
    expect(excerpt("😀".repeat(10), 10)).toBe("😀".repeat(10));
    expect(excerpt("😀".repeat(11), 10)).toBe(`${"😀".repeat(9)}…`);
    // Far longer than the limit in units, still cut on a whole emoji.
    expect(excerpt("😀".repeat(500), 10)).toBe(`${"😀".repeat(9)}…`);
  });
});
