import { readFileSync } from "node:fs";
import type { z } from "zod";
import { stringify } from "yaml";
import { fieldDocComments } from "./doc-comments.ts";
import { fieldsOf, type DecapField, type FieldHints } from "./schema-fields.ts";
import { languages } from "../../i18n/languages.ts";
import { authorProfileSchema } from "../../schemas/author.ts";
import { briefSchema, organizationItemSchema } from "../../schemas/brief.ts";
import type { SiteConfig } from "../../schemas/site.ts";

/** What the generated config depends on besides the schemas. */
export interface CmsConfigOptions {
  site: SiteConfig;
  /** The content folder relative to the repository root, e.g. `content`. */
  contentFolder: string;
  /** Values in use per list field of a brief (`tags`, `countries`, `authors`), most used first. */
  existingTerms: ReadonlyMap<string, readonly string[]>;
  /** The local decap-server's API (`npm run cms`, the browser test); absent on a deployed site. */
  localBackend?: string;
}

/** The widget for one term with suggestions of the values in use, registered by the admin page (browser/cms-setup.js). */
export const TERM_WIDGET = "dispatch-term";

/**
 * Widgets a field's type does not imply (`field.*` is each item of a list): presentation
 * only, so a field missing here still gets a working widget.
 */
const presentation = new Map([
  ["summary", "text"],
  ["bio", "text"],
  ["image.src", "image"],
  ["tags.*", TERM_WIDGET],
  ["countries.*", TERM_WIDGET],
  ["authors.*", TERM_WIDGET],
]);

/** Labels a field's name does not spell out. */
const labels = new Map([
  ["lang", "Language"],
  ["tags.*", "Tag"],
  ["countries.*", "Country"],
  ["authors.*", "Author"],
  ["image.src", "Image file"],
  ["image.alt", "Alt text"],
]);

/** A schema and the module it is declared in, whose doc comments become the hints. */
interface DocumentedSchema {
  schema: z.ZodObject;
  exportName: string;
  module: URL;
}

const schemasFolder = new URL("../../schemas/", import.meta.url);
const brief: DocumentedSchema = {
  schema: briefSchema,
  exportName: "briefSchema",
  module: new URL("brief.ts", schemasFolder),
};
const organizationItem: DocumentedSchema = {
  schema: organizationItemSchema,
  exportName: "organizationItemSchema",
  module: new URL("brief.ts", schemasFolder),
};
const authorProfile: DocumentedSchema = {
  schema: authorProfileSchema,
  exportName: "authorProfileSchema",
  module: new URL("author.ts", schemasFolder),
};

/** Decap fields for every field of a schema, hinted by its doc comments. */
export function schemaFields(
  { schema, exportName, module }: DocumentedSchema,
  existing: ReadonlyMap<string, readonly string[]> = new Map(),
): DecapField[] {
  const hints: FieldHints = {
    descriptions: fieldDocComments(readFileSync(module, "utf8"), exportName),
    widgets: presentation,
    labels,
    existing,
  };
  return fieldsOf(schema, hints);
}

/** The Markdown body after the front matter. */
function bodyField(required: boolean, hint: string): DecapField {
  return { name: "body", label: "Body", widget: "markdown", required, hint };
}

/** The site's API origins the CMS talks to, by backend. */
export function backendApiRoot(cms: SiteConfig["cms"]): string {
  if (cms.apiRoot !== "") return cms.apiRoot;
  return cms.backend === "github" ? "https://api.github.com" : "https://gitlab.com/api/v4";
}

function backendConfig(cms: SiteConfig["cms"]): Record<string, unknown> {
  return {
    name: cms.backend,
    repo: cms.repo,
    branch: cms.branch,
    ...(cms.baseUrl === "" ? {} : { base_url: cms.baseUrl }),
    ...(cms.apiRoot === "" ? {} : { api_root: cms.apiRoot }),
    ...(cms.backend === "gitlab" && cms.appId !== "" ? { auth_type: "pkce", app_id: cms.appId } : {}),
    commit_messages: {
      create: "Create {{collection}} “{{slug}}” (CMS)",
      update: "Update {{collection}} “{{slug}}” (CMS)",
      delete: "Delete {{collection}} “{{slug}}” (CMS)",
      uploadMedia: "Upload “{{path}}” (CMS)",
      deleteMedia: "Delete “{{path}}” (CMS)",
    },
  };
}

/**
 * The Decap CMS configuration, generated from the zod schemas in src/schemas and the
 * site config, so the editing UI cannot drift from what the build accepts: every field of
 * a brief, an organization item and an author profile, with its widget, required flag,
 * default and hint (ADR 0007).
 *
 * Translations are plain fields: an editor writes the Spanish version as a new brief with
 * `lang: es` and the English brief's `translationKey`, as the loader expects.
 */
export function cmsConfig(options: CmsConfigOptions): Record<string, unknown> {
  const { site, contentFolder, existingTerms, localBackend } = options;
  const folder = (name: string) => `${contentFolder}/${name}`.replace(/^\.\//, "");
  return {
    backend: backendConfig(site.cms),
    ...(localBackend === undefined ? {} : { local_backend: { url: localBackend } }),
    site_url: `${site.url}${site.basePath}`,
    display_url: `${site.url}${site.basePath}`,
    locale: site.defaultLanguage,
    // Uploads go under content/media/ (docs/images.md), where the build measures and encodes them.
    media_folder: `${folder("media")}/${site.cms.mediaFolder}`,
    public_folder: `/${folder("media")}/${site.cms.mediaFolder}`,
    slug: { encoding: "ascii", clean_accents: true },
    collections: [
      {
        name: "briefs",
        label: "Briefs",
        label_singular: "Brief",
        description: `News briefs (languages: ${languages.join(", ")}). To translate a brief, create a new one in the other language with the same translation key.`,
        folder: folder("briefs"),
        // Folders are for editors only (the file name is the slug); new briefs go under their year.
        path: "{{year}}/{{slug}}",
        // A brief names its images relative to its own file (content/briefs/<year>/<slug>.md).
        media_folder: `/${folder("media")}/${site.cms.mediaFolder}`,
        public_folder: `../../media/${site.cms.mediaFolder}`,
        extension: "md",
        format: "frontmatter",
        create: true,
        summary: "{{title}} ({{lang}}, {{date}})",
        sortable_fields: ["date", "title"],
        // The deployed page of a brief in the default language ("View preview" in the editor).
        preview_path: "news/brief/{{filename}}/",
        fields: [
          ...schemaFields(brief, existingTerms),
          bodyField(
            true,
            `The brief in Markdown. A level-two heading "## ${(site.analysisHeading[site.defaultLanguage] ?? "").replaceAll("{org}", site.name)}" opens the analysis section.`,
          ),
        ],
      },
      {
        name: "organization",
        label: "Organization news",
        label_singular: "Organization news item",
        folder: folder("organization"),
        extension: "md",
        format: "frontmatter",
        create: true,
        summary: "{{title}} ({{date}})",
        fields: [...schemaFields(organizationItem), bodyField(false, "Optional text of the item, in Markdown.")],
      },
      {
        name: "authors",
        label: "Author profiles",
        label_singular: "Author profile",
        folder: folder("authors"),
        extension: "md",
        format: "frontmatter",
        create: true,
        identifier_field: "name",
        slug: "{{slug}}",
        summary: "{{name}}",
        fields: schemaFields(authorProfile),
      },
    ],
  };
}

/** `config.yml` for the admin page: the generated config, marked as generated. */
export function cmsConfigFile(options: CmsConfigOptions): string {
  return `# Generated by the build from src/schemas and src/site.config.ts (src/build/cms); do not edit.\n${stringify(cmsConfig(options), { lineWidth: 0 })}`;
}

/** The schemas the config covers, for tests that compare them field by field. */
export const documentedSchemas = { brief, organizationItem, authorProfile } as const;
