import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";
import { cmsConfig, cmsConfigFile, TERM_WIDGET, type CmsConfigOptions } from "../../../../src/build/cms/config.ts";
import type { DecapField } from "../../../../src/build/cms/schema-fields.ts";
import { splitFrontMatter } from "../../../../src/build/loader/strict-glob.ts";
import { authorProfileSchema } from "../../../../src/schemas/author.ts";
import { briefSchema, organizationItemSchema } from "../../../../src/schemas/brief.ts";
import { site } from "../../../../src/site.config.ts";

const options: CmsConfigOptions = { site, contentFolder: "content", existingTerms: new Map([["tags", ["Coca"]]]) };

interface Collection {
  name: string;
  folder: string;
  fields: DecapField[];
}
const collections = cmsConfig(options)["collections"] as Collection[];
const collection = (name: string) => collections.find((each) => each.name === name)!;

/** Every field path of a zod object schema, walking into objects and lists of objects (`image.alt`). */
function schemaPaths(schema: z.core.$ZodType, prefix = ""): string[] {
  const def = schema._zod.def as unknown as Record<string, z.core.$ZodType | undefined> & { type: string };
  if (def.type === "optional" || def.type === "default") return schemaPaths(def["innerType"]!, prefix);
  if (def.type === "array") return schemaPaths(def["element"]!, prefix);
  if (def.type !== "object") return [];
  return Object.entries((schema as z.ZodObject).shape as Record<string, z.core.$ZodType>).flatMap(([name, field]) => [
    `${prefix}${name}`,
    ...schemaPaths(field, `${prefix}${name}.`),
  ]);
}

/** Every field path of a generated Decap field list. */
function configPaths(fields: readonly DecapField[], prefix = ""): string[] {
  return fields.flatMap((field) => [
    `${prefix}${field.name}`,
    ...configPaths(field.fields ?? [], `${prefix}${field.name}.`),
  ]);
}

describe("the generated CMS config", () => {
  it.each([
    ["briefs", briefSchema],
    ["organization", organizationItemSchema],
    ["authors", authorProfileSchema],
  ] as const)("has every field of the %s schema, nested ones too", (name, schema) => {
    const paths = configPaths(collection(name).fields);
    const missing = schemaPaths(schema).filter((path) => !paths.includes(path));
    expect(missing, `fields the CMS would not offer: ${missing.join(", ")}`).toEqual([]);
  });

  it("offers the Markdown body of briefs, required, naming the analysis heading", () => {
    const body = collection("briefs").fields.at(-1);
    expect(body).toMatchObject({ name: "body", widget: "markdown" });
    expect(body).not.toHaveProperty("required", false);
    expect(body?.hint).toContain("## InSight Crime Analysis");
  });

  it("reads the hints from the schemas' doc comments and marks dates, drafts and languages", () => {
    const fields = collection("briefs").fields;
    const field = (name: string) => fields.find((each) => each.name === name);
    expect(field("title")?.hint).toBe("Headline, as published.");
    expect(field("tags")?.hint).toMatch(/In use: Coca\.$/);
    expect(field("tags")).toMatchObject({ widget: "list", field: { name: "tags", label: "Tag", widget: TERM_WIDGET } });
    expect(field("aliases")).not.toHaveProperty("field");
    expect(field("date")).toMatchObject({ widget: "datetime", format: "YYYY-MM-DD" });
    expect(field("draft")).toMatchObject({ widget: "boolean", default: false });
    expect(field("lang")).toMatchObject({ widget: "select", options: ["en", "es"], default: "en" });
    expect(field("translationKey")).toMatchObject({ widget: "string", required: false });
    expect(field("image")?.fields?.find((each) => each.name === "src")?.widget).toBe("image");
  });

  it("takes the backend, folders and media folder from the site config", () => {
    const config = cmsConfig(options);
    expect(config["backend"]).toMatchObject({ name: site.cms.backend, repo: site.cms.repo, branch: site.cms.branch });
    expect(config["media_folder"]).toBe(`content/media/${site.cms.mediaFolder}`);
    // Briefs (content/briefs/<year>/) name uploads relative to their own file, as the images contract asks.
    expect(collections[0]).toMatchObject({
      media_folder: `/content/media/${site.cms.mediaFolder}`,
      public_folder: `../../media/${site.cms.mediaFolder}`,
    });
    expect(collections.map((each) => [each.name, each.folder])).toEqual([
      ["briefs", "content/briefs"],
      ["organization", "content/organization"],
      ["authors", "content/authors"],
    ]);
  });

  it("uses the local backend only when given one", () => {
    expect(cmsConfig(options)).not.toHaveProperty("local_backend");
    expect(cmsConfig({ ...options, localBackend: "http://127.0.0.1:8081/api/v1" })["local_backend"]).toEqual({
      url: "http://127.0.0.1:8081/api/v1",
    });
  });

  it("signs in to GitLab with PKCE when given an application id", () => {
    const gitlab = { ...site, cms: { ...site.cms, backend: "gitlab" as const, appId: "abc", baseUrl: "" } };
    expect(cmsConfig({ ...options, site: gitlab })["backend"]).toMatchObject({
      name: "gitlab",
      auth_type: "pkce",
      app_id: "abc",
    });
  });

  it("is written as YAML that reads back as the same config, marked as generated", () => {
    const file = cmsConfigFile(options);
    expect(file).toMatch(/^# Generated by the build/);
    expect(parse(file)).toEqual(cmsConfig(options));
  });
});

describe("a brief as the CMS writes it", () => {
  // What Decap CMS 3 saved for a brief entered in the editing UI (tests/e2e/cms.spec.ts makes one).
  const saved = `---
title: Fictional test brief
date: 2026-12-03
countries:
  - Valdoria
tags:
  - Guides
  - Fiction
lang: es
draft: false
translationKey: fictional-test
image:
  src: ../../media/cms/port.jpg
  alt: A fictional port
---
Body.

## Análisis de InSight Crime

Meaning.
`;

  it("reads back through the loader and the brief schema as the fields that were entered", () => {
    const { data, body } = splitFrontMatter(saved, "content/briefs/2026/fictional-test-brief.md");
    const brief = briefSchema.parse(data);
    expect(brief).toMatchObject({
      title: "Fictional test brief",
      countries: ["Valdoria"],
      tags: ["Guides", "Fiction"],
      lang: "es",
      draft: false,
      translationKey: "fictional-test",
      image: { src: "../../media/cms/port.jpg", alt: "A fictional port" },
    });
    expect(brief.date.toISOString().slice(0, 10)).toBe("2026-12-03");
    expect(body).toBe("Body.\n\n## Análisis de InSight Crime\n\nMeaning.");
  });

  it("without a title, or with an impossible date, fails with the field named", () => {
    const { data } = splitFrontMatter(
      saved.replace("title: Fictional test brief\n", "").replace("2026-12-03", "2026-13-45"),
      "x.md",
    );
    const issues = briefSchema
      .safeParse(data)
      .error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    expect(issues).toEqual([expect.stringMatching(/^title: is required/), expect.stringMatching(/^date: .*month/)]);
  });
});
