import { z } from "zod";

/** One field of a Decap CMS collection, as written to `config.yml`. */
export interface DecapField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  options?: string[];
  multiple?: boolean;
  fields?: DecapField[];
  field?: DecapField;
  pattern?: [string, string];
  [option: string]: unknown;
}

/** What the generator knows about a schema beyond its types. */
export interface FieldHints {
  /** Doc comments by dotted field path (`image.alt`), from the schema's source. */
  descriptions: ReadonlyMap<string, string>;
  /** Widgets the field's type alone does not imply (a multi-line box, an image picker), by dotted path. */
  widgets: ReadonlyMap<string, string>;
  /** Labels other than the field's name in words (`lang` → "Language"), by dotted path. */
  labels: ReadonlyMap<string, string>;
  /** Values already in use, offered to the editor, by dotted path of a list field. */
  existing: ReadonlyMap<string, readonly string[]>;
}

/** Metadata that marks a schema as a content date (`YYYY-MM-DD` or an ISO date-time), set in src/schemas. */
export interface ContentDateMeta {
  contentDate: true;
}

type AnySchema = z.core.$ZodType;

/** The schema's own definition (zod 4 keeps it on `_zod.def`). */
function definition(schema: AnySchema): z.core.$ZodTypeDef & Record<string, unknown> {
  return schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
}

function isContentDate(schema: AnySchema): boolean {
  const meta = z.globalRegistry.get(schema) as Partial<ContentDateMeta> | undefined;
  return meta?.contentDate === true;
}

/** `alt` → "Alt", `translationKey` → "Translation key". */
export function labelOf(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The schema under `.optional()` and `.default()`, with whether a value must be given and its default. */
function unwrap(schema: AnySchema): { inner: AnySchema; required: boolean; defaultValue?: unknown } {
  let inner = schema;
  let required = true;
  let defaultValue: unknown;
  for (;;) {
    if (isContentDate(inner)) break;
    const def = definition(inner);
    if (def.type === "optional" || def.type === "nullable") {
      required = false;
      inner = def["innerType"] as AnySchema;
    } else if (def.type === "default" || def.type === "prefault") {
      required = false;
      defaultValue = def["defaultValue"];
      inner = def["innerType"] as AnySchema;
    } else break;
  }
  return { inner, required, ...(defaultValue === undefined ? {} : { defaultValue }) };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A pattern Decap checks as the editor types, from the first string check it can express:
 * a prefix, a regular expression, or an http(s) URL. Checks it cannot express are left to
 * the build, which reports them with the file and field.
 */
function patternOf(schema: AnySchema): [string, string] | undefined {
  const def = definition(schema);
  if (def.type !== "string") return undefined;
  const format = def["format"];
  if (format === "url") return ["^https?://\\S+$", "must be an absolute http(s) URL"];
  for (const check of def.checks ?? []) {
    const checkDef = check._zod.def as unknown as Record<string, unknown>;
    const message = customMessage(checkDef["error"]);
    if (checkDef["format"] === "starts_with" && typeof checkDef["prefix"] === "string") {
      return [`^${escapeRegExp(checkDef["prefix"])}`, message ?? `must start with ${checkDef["prefix"]}`];
    }
    if (checkDef["format"] === "regex" && checkDef["pattern"] instanceof RegExp) {
      return [checkDef["pattern"].source, message ?? `must match ${checkDef["pattern"].source}`];
    }
  }
  return undefined;
}

/** The message a check was given in the schema (`.startsWith("/", "must be a path…")`), if any. */
function customMessage(error: unknown): string | undefined {
  if (typeof error !== "function") return undefined;
  const result: unknown = (error as (issue: object) => unknown)({ code: "invalid_format" });
  if (typeof result === "string") return result;
  const message = (result as { message?: unknown } | undefined)?.message;
  return typeof message === "string" ? message : undefined;
}

/** A widget for a value of this (unwrapped) schema, with the options its type implies. */
function widgetFor(
  schema: AnySchema,
  name: string,
  path: string,
  hints: FieldHints,
  required: boolean,
): Partial<DecapField> {
  if (isContentDate(schema)) {
    // Stored as the plain `YYYY-MM-DD` string the schema reads; a time can be typed in the file.
    return { widget: "datetime", format: "YYYY-MM-DD", date_format: "YYYY-MM-DD", time_format: false };
  }
  const def = definition(schema);
  switch (def.type) {
    case "boolean":
      return { widget: "boolean" };
    case "number":
      return { widget: "number", value_type: "float" };
    case "enum":
      return { widget: "select", options: Object.values(def["entries"] as Record<string, string>) };
    case "object":
      return { widget: "object", fields: fieldsOf(schema as z.ZodObject, hints, `${path}.`, !required) };
    case "array": {
      const element = def["element"] as AnySchema;
      const elementDef = definition(unwrap(element).inner);
      if (elementDef.type === "object") {
        return { widget: "list", fields: fieldsOf(unwrap(element).inner as z.ZodObject, hints, `${path}.`) };
      }
      if (elementDef.type === "enum") {
        return {
          widget: "select",
          multiple: true,
          options: Object.values(elementDef["entries"] as object) as string[],
        };
      }
      // A list of words: one per row when the presentation table names a widget for its
      // items (the term widget suggests the values in use), else typed comma-separated.
      const itemWidget = hints.widgets.get(`${path}.*`);
      if (itemWidget === undefined) return { widget: "list" };
      const itemLabel = hints.labels.get(`${path}.*`) ?? labelOf(name);
      return { widget: "list", label_singular: itemLabel, field: { name, label: itemLabel, widget: itemWidget } };
    }
    case "string":
      return { widget: hints.widgets.get(path) ?? "string", ...patternField(schema) };
    default:
      // A union or transform the CMS has no widget for: plain text, checked by the build.
      return { widget: "string" };
  }
}

function patternField(schema: AnySchema): { pattern?: [string, string] } {
  const pattern = patternOf(unwrap(schema).inner);
  return pattern ? { pattern } : {};
}

/** The hint under a field: its doc comment, plus existing values the editor can reuse. */
function hintFor(path: string, hints: FieldHints): string | undefined {
  const parts = [hints.descriptions.get(path)];
  const existing = hints.existing.get(path);
  if (existing && existing.length > 0) parts.push(`In use: ${existing.join(", ")}.`);
  const hint = parts.filter(Boolean).join(" ");
  return hint === "" ? undefined : hint;
}

/**
 * Decap CMS fields for every field of a zod object schema, in the schema's order: the
 * widget from the field's type, `required: false` for optional fields and fields with a
 * default (and the default itself), the doc comment as the hint. Nested objects and lists
 * of objects become nested fields, so a field added to the schema appears with no edit here.
 */
export function fieldsOf(schema: z.ZodObject, hints: FieldHints, prefix = "", optionalParent = false): DecapField[] {
  return Object.entries(schema.shape as Record<string, AnySchema>).map(([name, fieldSchema]) => {
    const path = `${prefix}${name}`;
    const unwrapped = unwrap(fieldSchema);
    const { inner, defaultValue } = unwrapped;
    // Decap cannot leave out an optional object, so it cannot require what is inside one
    // either: the build checks that a lead image given has its src and alt.
    const required = unwrapped.required && !optionalParent;
    const hint = hintFor(path, hints);
    return {
      name,
      label: hints.labels.get(path) ?? labelOf(name),
      ...widgetFor(inner, name, path, hints, unwrapped.required),
      ...(required ? {} : { required: false }),
      ...(defaultValue === undefined || (Array.isArray(defaultValue) && defaultValue.length === 0)
        ? {}
        : { default: defaultValue }),
      ...(hint ? { hint } : {}),
    } as DecapField;
  });
}
