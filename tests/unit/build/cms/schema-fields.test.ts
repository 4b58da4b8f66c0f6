import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldsOf, labelOf, type FieldHints } from "../../../../src/build/cms/schema-fields.ts";

const noHints: FieldHints = { descriptions: new Map(), widgets: new Map(), labels: new Map(), existing: new Map() };
const contentDate = z
  .string()
  .transform((value) => new Date(value))
  .meta({ contentDate: true });

/** Fields of the kinds a schema may gain (the newsroom's publishAt, expires and corrections among them). */
const sample = z
  .object({
    title: z.string().min(1),
    publishAt: contentDate.optional(),
    lang: z.enum(["en", "es"]).default("en"),
    draft: z.boolean().default(false),
    corrections: z.array(z.object({ date: contentDate, text: z.string() })).default([]),
    image: z.object({ src: z.string(), alt: z.string(), caption: z.string().optional() }).optional(),
    aliases: z.array(z.string().startsWith("/", "must be a path starting with /")).default([]),
    website: z.url().optional(),
    handle: z.string().regex(/^\w+$/, "letters, digits and _").optional(),
    topics: z.array(z.enum(["a", "b"])).default([]),
    weight: z.number().optional(),
  })
  .strict();

describe("fieldsOf", () => {
  const fields = fieldsOf(sample, noHints);
  const named = (name: string) => fields.find((field) => field.name === name);

  it("keeps the schema's order and marks only fields without a default or `.optional()` as required", () => {
    expect(fields.map((field) => field.name)).toEqual(Object.keys(sample.shape));
    expect(named("title")).toMatchObject({ widget: "string", label: "Title" });
    expect(named("title")).not.toHaveProperty("required");
    expect(named("publishAt")).toMatchObject({ widget: "datetime", required: false, format: "YYYY-MM-DD" });
  });

  it("gives enums a select and booleans a switch, with their defaults", () => {
    expect(named("lang")).toMatchObject({ widget: "select", options: ["en", "es"], default: "en", required: false });
    expect(named("draft")).toMatchObject({ widget: "boolean", default: false, required: false });
    expect(named("topics")).toMatchObject({ widget: "select", multiple: true, options: ["a", "b"] });
    expect(named("weight")).toMatchObject({ widget: "number" });
  });

  it("makes a list of objects a list with nested fields, each item's fields required as in the schema", () => {
    expect(named("corrections")).toMatchObject({
      widget: "list",
      required: false,
      fields: [
        { name: "date", widget: "datetime" },
        { name: "text", widget: "string" },
      ],
    });
    expect(named("corrections")?.fields?.[1]).not.toHaveProperty("required");
  });

  it("leaves the fields of an optional object optional, since Decap cannot leave the object out", () => {
    expect(named("image")?.fields?.map((field) => [field.name, field.required])).toEqual([
      ["src", false],
      ["alt", false],
      ["caption", false],
    ]);
  });

  it("turns the string checks Decap can run into patterns, with the schema's message", () => {
    expect(named("website")?.pattern?.[0]).toBe("^https?://\\S+$");
    expect(named("handle")?.pattern).toEqual(["^\\w+$", "letters, digits and _"]);
    expect(named("aliases")).toEqual(expect.objectContaining({ widget: "list" }));
    expect(named("aliases")).not.toHaveProperty("field");
  });

  it("takes hints from doc comments, widgets from the presentation table, and lists terms in use", () => {
    const hinted = fieldsOf(sample, {
      descriptions: new Map([
        ["title", "Headline."],
        ["image.alt", "Describe it."],
      ]),
      widgets: new Map([
        ["image.src", "image"],
        ["aliases.*", "path-picker"],
      ]),
      labels: new Map([["image.alt", "Alt text"]]),
      existing: new Map([["title", ["One", "Two"]]]),
    });
    expect(hinted[0]?.hint).toBe("Headline. In use: One, Two.");
    const image = hinted.find((field) => field.name === "image");
    expect(image?.fields?.[0]?.widget).toBe("image");
    expect(image?.fields?.[1]).toMatchObject({ label: "Alt text", hint: "Describe it." });
    expect(hinted.find((field) => field.name === "aliases")).toMatchObject({
      widget: "list",
      label_singular: "Aliases",
      field: { name: "aliases", widget: "path-picker" },
    });
  });
});

describe("labelOf", () => {
  it("spells camelCase names as words", () => {
    expect(labelOf("translationKey")).toBe("Translation key");
    expect(labelOf("alt")).toBe("Alt");
  });
});
