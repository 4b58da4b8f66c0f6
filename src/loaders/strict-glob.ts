import { readFile } from "node:fs/promises";
import { relative } from "node:path";
import { glob } from "astro/loaders";
import type { Loader } from "astro/loaders";
import { parse as parseYaml, YAMLParseError } from "yaml";
import { fileSlug } from "../lib/slugs.ts";

/**
 * Astro's glob loader, with two guarantees editors need:
 *
 * - Front matter is re-read with YAML's core schema, in which `2024-13-45` stays a string.
 *   Astro's own parser turns such a date into a real Date in 2025, so the schema could
 *   never see the mistake.
 * - Every error names the file it comes from, and the id is the file name, so two files
 *   with one name stop the build with both paths (`prerenderConflictBehavior: "error"`).
 */
export function strictGlob(options: { base: string; pattern?: string }): Loader {
  const inner = glob({
    pattern: options.pattern ?? "**/*.{md,markdown}",
    base: options.base,
    generateId: ({ entry }) => fileSlug(entry),
  });
  return {
    name: "dispatch-strict-glob",
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          const file = props.filePath ? relative(process.cwd(), props.filePath) : props.id;
          const data = props.filePath ? await readFrontMatter(props.filePath, file) : props.data;
          try {
            return await context.parseData({ ...props, data });
          } catch (error) {
            throw new Error(`Invalid front matter in ${file}:\n${messageOf(error)}`, { cause: error });
          }
        },
      }),
  };
}

async function readFrontMatter(path: string, file: string): Promise<Record<string, unknown>> {
  const text = await readFile(path, "utf8");
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(text);
  if (!match) return {};
  try {
    const data: unknown = parseYaml(match[1] ?? "", { schema: "core", uniqueKeys: true });
    if (data === null || data === undefined) return {};
    if (typeof data !== "object" || Array.isArray(data)) {
      throw new Error("front matter must be a set of `key: value` lines");
    }
    return data as Record<string, unknown>;
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` (front matter line ${error.linePos[0].line})` : "";
    throw new Error(`Broken front matter in ${file}${where}: ${messageOf(error)}`, { cause: error });
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
