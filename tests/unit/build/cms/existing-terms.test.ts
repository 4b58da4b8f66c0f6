import { describe, expect, it } from "vitest";
import { termsInUse } from "../../../../src/build/cms/existing-terms.ts";
import { makeBrief } from "../../../helpers/make-brief.ts";

describe("termsInUse", () => {
  it("lists each field's values most used first, ties alphabetically, and the default byline", () => {
    const terms = termsInUse([
      makeBrief("a", { tags: ["Coca", "Ports"], countries: ["Peru"] }),
      makeBrief("b", { tags: ["Ports"], countries: ["Peru", "Ecuador"], authors: ["Ana"] }),
    ]);
    expect(terms.get("tags")).toEqual(["Ports", "Coca"]);
    expect(terms.get("countries")).toEqual(["Peru", "Ecuador"]);
    expect(terms.get("authors")).toEqual(["Ana", "Default Desk"]);
  });

  it("keeps the hint short: at most 15 values", () => {
    const briefs = Array.from({ length: 20 }, (_, index) => makeBrief(`b${index}`, { tags: [`Tag ${index}`] }));
    expect(termsInUse(briefs).get("tags")).toHaveLength(15);
  });
});
