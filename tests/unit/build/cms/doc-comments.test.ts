import { describe, expect, it } from "vitest";
import { fieldDocComments } from "../../../../src/build/cms/doc-comments.ts";

const source = `
import { z } from "zod";
/** Not a field. */
export const other = z.object({ /** Elsewhere. */ name: z.string() });
export const thing = z.object({
  /** The name,
   * on two lines. */
  name: z.string(),
  // A plain comment is not documentation.
  plain: z.string(),
  /** A list of {date, text}. */
  notes: z.array(z.object({ /** When. */ date: z.string(), text: z.string() })),
  "quoted": z.string(), /** Trailing comments belong to the next field. */
  last: z.string(),
});
`;

describe("fieldDocComments", () => {
  it("maps each documented field of the named schema to its comment, nested fields by dotted path", () => {
    expect(Object.fromEntries(fieldDocComments(source, "thing"))).toEqual({
      name: "The name, on two lines.",
      notes: "A list of {date, text}.",
      "notes.date": "When.",
      last: "Trailing comments belong to the next field.",
    });
  });

  it("names the schema it cannot find", () => {
    expect(() => fieldDocComments(source, "missing")).toThrow(/No schema named missing/);
  });
});
