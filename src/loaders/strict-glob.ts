import { isAbsolute, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { glob } from "astro/loaders";
import type { ContentEntryType } from "astro";
import type { Loader, LoaderContext } from "astro/loaders";
import { parse as parseYaml, YAMLParseError } from "yaml";
import { fileSlug } from "../lib/slugs.ts";

/** Astro hands glob loaders its entry types too, though its public type leaves them out. */
type GlobLoaderContext = LoaderContext & { entryTypes: Map<string, ContentEntryType> };

/**
 * Astro's glob loader for `.md` files, with the guarantees editors need:
 *
 * - Front matter is read with YAML's core schema, in which `2024-13-45` stays a string.
 *   Astro's own parser turns such a date into a real Date in 2025, so the schema could
 *   never see the mistake.
 * - Every error names the file it comes from: broken YAML, a field the schema rejects,
 *   and two files with one name. The id is the file name (the brief's slug), so such
 *   files would overwrite each other in the store; Astro's own check misses it when both
 *   files load at once or both are unchanged since the last build, so it is done here.
 */
export function strictGlob(options: { base: string }): Loader {
  let claimedBy = new Map<string, string>();
  const inner = glob({
    pattern: "**/*.md",
    base: options.base,
    generateId: ({ entry, base }) => {
      const slug = fileSlug(entry);
      const path = join(fileURLToPath(base), entry);
      const owner = claimedBy.get(slug);
      if (owner && owner !== path) {
        throw new Error(
          `Two briefs have the slug "${slug}" and would publish at the same URL:\n` +
            `  - ${displayPath(owner)}\n  - ${displayPath(path)}\n` +
            "Rename one of the files: the file name is the slug.",
        );
      }
      claimedBy.set(slug, path);
      return slug;
    },
  });
  return {
    name: "dispatch-strict-glob",
    load: (publicContext) => {
      const context = publicContext as GlobLoaderContext;
      claimedBy = new Map();
      return inner.load({
        ...context,
        entryTypes: new Map([...context.entryTypes].map(([extension, type]) => [extension, withStrictFrontMatter(type)])),
        parseData: async (props) => {
          try {
            return await context.parseData(props);
          } catch (error) {
            const file = props.filePath ? displayPath(props.filePath) : props.id;
            throw new Error(`Invalid front matter in ${file}:\n${messageOf(error)}`, { cause: error });
          }
        },
      } as GlobLoaderContext);
    },
  };
}

function withStrictFrontMatter(type: ContentEntryType): ContentEntryType {
  return {
    ...type,
    getEntryInfo: async ({ contents, fileUrl }) => {
      const { yaml, body } = splitFrontMatter(contents);
      return { data: parseFrontMatter(yaml, displayPath(fileURLToPath(fileUrl))), body, rawData: yaml, slug: "" };
    },
  };
}

function splitFrontMatter(contents: string): { yaml: string; body: string } {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(contents);
  if (!match) return { yaml: "", body: contents.trim() };
  return { yaml: match[1] ?? "", body: contents.slice(match[0].length).trim() };
}

function parseFrontMatter(yaml: string, file: string): Record<string, unknown> {
  try {
    const data: unknown = parseYaml(yaml, { schema: "core", uniqueKeys: true });
    if (data === null || data === undefined) return {};
    if (typeof data !== "object" || Array.isArray(data)) {
      throw new Error("front matter must be a set of `key: value` lines");
    }
    return data as Record<string, unknown>;
  } catch (error) {
    const where =
      error instanceof YAMLParseError && error.linePos ? ` (front matter line ${error.linePos[0].line})` : "";
    throw new Error(`Broken front matter in ${file}${where}: ${messageOf(error)}`, { cause: error });
  }
}

/** Relative to the working directory when inside it, else absolute: short but unambiguous. */
function displayPath(path: string): string {
  const relativePath = relative(process.cwd(), path);
  return relativePath.startsWith("..") || isAbsolute(relativePath) ? path : relativePath;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
