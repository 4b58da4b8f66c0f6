import { createHash } from "node:crypto";
import { Document, isSeq } from "yaml";
import type { Language } from "../../src/i18n/languages.ts";

/** Front matter as the importer writes it; every key is one `briefSchema` accepts. */
export interface ImportedFrontMatter {
  title: string;
  date: string;
  updated?: string;
  countries: string[];
  tags: string[];
  authors: string[];
  lang: Language;
  summary?: string;
  draft?: boolean;
  image?: { src: string; alt: string; caption?: string; credit?: string };
  aliases: string[];
}

const KEY_ORDER: (keyof ImportedFrontMatter)[] = [
  "title",
  "date",
  "updated",
  "countries",
  "tags",
  "authors",
  "lang",
  "summary",
  "draft",
  "image",
  "aliases",
];

const CHECKSUM_LINE = /^# import-checksum: ([0-9a-f]{16})\n/m;

function checksum(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

/** YAML for the front matter: fixed key order, lists on one line, no folding of long titles. */
function frontMatterYaml(frontMatter: ImportedFrontMatter): string {
  const ordered: Record<string, unknown> = {};
  for (const key of KEY_ORDER) {
    const value = frontMatter[key];
    if (value === undefined || value === false) continue;
    if (Array.isArray(value) && value.length === 0 && key !== "authors") continue;
    ordered[key] = value;
  }
  const document = new Document(ordered);
  for (const pair of (document.contents as { items: { value: unknown }[] }).items) {
    if (isSeq(pair.value)) pair.value.flow = true;
  }
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/**
 * The whole file of one imported brief. Its first comment names the WordPress post; the
 * second is a checksum of everything else, so a re-run can tell a file nobody touched
 * (safe to refresh) from one an editor changed (kept unless `--force`).
 */
export function serializeBrief(postId: string, frontMatter: ImportedFrontMatter, body: string): string {
  const unsigned =
    `---\n# Imported from WordPress post ${postId}. Edited copies are kept on re-import (see docs/migrating-from-wordpress.md).\n` +
    `${frontMatterYaml(frontMatter)}---\n` +
    (body ? `\n${body}\n` : "");
  const signature = `# import-checksum: ${checksum(unsigned)}\n`;
  const firstLineEnd = unsigned.indexOf("\n", 4) + 1;
  return unsigned.slice(0, firstLineEnd) + signature + unsigned.slice(firstLineEnd);
}

/** Post id named in a file the importer wrote, or undefined for any other file. */
export function importedPostId(text: string): string | undefined {
  return /^---\n# Imported from WordPress post (\S+)\. /.exec(text)?.[1];
}

/** True if the file is exactly as the importer wrote it (its checksum still matches). */
export function isUntouchedImport(text: string): boolean {
  const match = CHECKSUM_LINE.exec(text);
  if (!match) return false;
  return checksum(text.replace(CHECKSUM_LINE, "")) === match[1];
}
