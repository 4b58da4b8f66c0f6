import { createReadStream } from "node:fs";
import { mkdir, open, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { site } from "../../src/site.config.ts";
import { fileSlug } from "../../src/lib/slugs.ts";
import { planAliases } from "./aliases.ts";
import { classifyItem, postBody, postMetadata } from "./convert-post.ts";
import type { ConvertOptions } from "./convert-post.ts";
import { importedPostId, isUntouchedImport, serializeBrief } from "./front-matter.ts";
import { creditFromMetadata, MediaImport, mediaFolderFor, type Attachment, type MediaOptions } from "./media.ts";
import { parseFootnotes } from "./post-context.ts";
import { planSlugs } from "./slugs.ts";
import { defaultTaxonomyOptions } from "./taxonomy.ts";
import type { SlugCandidate } from "./slugs.ts";
import { readWxr, WxrError } from "./wxr-stream.ts";
import type { WxrItem, WxrReadStats, WxrSite } from "./wxr-stream.ts";

export interface ImportOptions extends ConvertOptions, MediaOptions {
  /** Path of the WXR export. */
  input: string;
  /** Folder that receives `<yyyy>/<slug>.md`. */
  outDir: string;
  /** Overwrite files an editor changed since the last import. */
  force: boolean;
  /** Report what would be written without writing. */
  dryRun: boolean;
  /** Write the valid posts even if some posts are invalid (they are listed as errors). */
  skipInvalid: boolean;
}

/**
 * The importer's defaults, as `npm run import:wordpress` uses them without flags: published
 * posts only, categories as tags, dates in the newsroom's time zone.
 */
export function defaultImportOptions(input: string, outDir: string): ImportOptions {
  return {
    ...defaultTaxonomyOptions,
    input,
    outDir,
    lang: site.defaultLanguage,
    timeZone: site.timeZone,
    includeDrafts: false,
    includePrivate: false,
    updatedFromModified: true,
    rewriteUrls: [],
    force: false,
    dryRun: false,
    skipInvalid: false,
  };
}

export type FileOutcome = "written" | "updated" | "unchanged" | "kept" | "overwritten";

export interface ImportReport {
  /** Every brief the import produced, by outcome; `kept` ones were edited by hand and left alone. */
  files: { postId: string; path: string; outcome: FileOutcome }[];
  skipped: { postId: string; type: string; title: string; reason: string }[];
  errors: { postId: string; line: number; message: string }[];
  warnings: { postId: string; message: string }[];
  /** Uploads copied into the media folder (with `mediaDir`), and those the uploads copy lacks. */
  media: { copied: number; unchanged: number; missing: { url: string; postIds: string[] }[] };
  /** True when errors stopped the import before any file was written. */
  aborted: boolean;
  items: number;
  posts: number;
  seconds: number;
}

/** Why a whole import cannot run (unreadable or invalid export). */
export class ImportError extends Error {}

function itemsOf(input: string, stats?: WxrReadStats) {
  return readWxr(createReadStream(input, { encoding: "utf8", highWaterMark: 1 << 20 }), stats);
}

async function markdownFiles(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && /\.(md|markdown)$/i.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

async function firstBytes(path: string, length = 256): Promise<string> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead).toString("utf8");
  } finally {
    await handle.close();
  }
}

const createdFolders = new Set<string>();
let temporaryCounter = 0;

/** Writes next to the target and renames, so a crash never leaves half a brief behind. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const folder = dirname(path);
  if (!createdFolders.has(folder)) {
    await mkdir(folder, { recursive: true });
    createdFolders.add(folder);
  }
  const temporary = join(folder, `.${process.pid}.${(temporaryCounter += 1)}.import.tmp`);
  try {
    await writeFile(temporary, text, "utf8");
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

interface ScanResult {
  site: WxrSite;
  attachments: Map<string, Attachment>;
  candidates: SlugCandidate[];
  /** Post id → the old permalink's path, for posts that have one. */
  oldAddresses: Map<string, string>;
  /** Post id → draft flag, for every post that will be written. */
  toWrite: Map<string, boolean>;
}

/**
 * First pass: reads the whole export without writing, so a file that is not WXR, ends
 * early or holds an impossible post stops the import before any brief changes. Collects
 * what the second pass needs: attachments (featured images may come after their posts)
 * and every slug (collisions are resolved across the whole export).
 */
async function scan(options: ImportOptions, report: ImportReport, stats: WxrReadStats): Promise<ScanResult> {
  let site: WxrSite | undefined;
  const attachments = new Map<string, Attachment>();
  const candidates: SlugCandidate[] = [];
  const oldAddresses = new Map<string, string>();
  const toWrite = new Map<string, boolean>();
  for await (const event of itemsOf(options.input, stats)) {
    if (event.kind === "site") {
      site = event.site;
      continue;
    }
    const item = event.item;
    report.items += 1;
    if (item.type === "attachment" && item.attachmentUrl) {
      attachments.set(item.id, {
        id: item.id,
        url: item.attachmentUrl,
        alt: (item.meta.get("_wp_attachment_image_alt") ?? "").trim(),
        caption: item.excerpt,
        credit: creditFromMetadata(item.meta.get("_wp_attachment_metadata")),
        parent: item.parent,
        menuOrder: Number(item.menuOrder) || 0,
      });
    }
    const classification = classifyItem(item, options);
    if (!classification.write) {
      report.skipped.push({ postId: item.id, type: item.type, title: item.title, reason: classification.reason });
      continue;
    }
    const metadata = postMetadata(item, site!, attachments, options, classification.draft);
    if (typeof metadata === "string") {
      report.errors.push({ postId: item.id, line: item.line, message: metadata });
      continue;
    }
    toWrite.set(item.id, classification.draft);
    const [oldAddress] = metadata.frontMatter.aliases;
    if (oldAddress) oldAddresses.set(item.id, oldAddress);
    candidates.push({
      id: item.id,
      postName: item.name,
      title: metadata.frontMatter.title,
      year: metadata.date.year,
      time: metadata.date.instant.getTime(),
    });
  }
  if (!site) throw new ImportError(`${options.input} is not a WordPress export`);
  return { site, attachments, candidates, oldAddresses, toWrite };
}

/** A report of an import that has done nothing yet. */
export function emptyReport(): ImportReport {
  return {
    files: [],
    skipped: [],
    errors: [],
    warnings: [],
    media: { copied: 0, unchanged: 0, missing: [] },
    aborted: false,
    items: 0,
    posts: 0,
    seconds: 0,
  };
}

/**
 * Imports a WordPress export into Markdown briefs. Two streamed passes over the file (see
 * {@link scan}); memory holds one post at a time plus a small index of slugs and images.
 *
 * Errors in the export (not WXR, truncated, impossible dates) stop the import before
 * anything is written, unless `skipInvalid` asks to write the valid posts anyway.
 */
export async function importWordpress(options: ImportOptions): Promise<ImportReport> {
  const started = performance.now();
  const report = emptyReport();
  const stats: WxrReadStats = { forbiddenCharacters: 0 };
  let scanned: ScanResult;
  try {
    scanned = await scan(options, report, stats);
  } catch (error) {
    if (error instanceof WxrError) throw new ImportError(`${options.input}: ${error.message}`, { cause: error });
    if ((error as NodeJS.ErrnoException).code === "ENOENT")
      throw new ImportError(`${options.input}: no such file`, { cause: error });
    throw error;
  }
  if (stats.forbiddenCharacters > 0) {
    report.warnings.push({
      postId: "",
      message: `${stats.forbiddenCharacters} control characters that XML forbids were dropped`,
    });
  }
  if (report.errors.length > 0 && !options.skipInvalid) {
    report.aborted = true;
    report.seconds = (performance.now() - started) / 1000;
    return report;
  }

  // Briefs already in the folder that this export did not write keep their slugs.
  const reserved = new Set<string>();
  const previousPaths = new Map<string, string>();
  const existingFiles = new Set(await markdownFiles(options.outDir));
  for (const path of existingFiles) {
    const postId = importedPostId(await firstBytes(path));
    if (postId !== undefined && scanned.toWrite.has(postId)) previousPaths.set(postId, path);
    else reserved.add(fileSlug(path));
  }
  const plan = planSlugs(scanned.candidates, reserved);
  const aliasPlan = planAliases(
    scanned.candidates.map(({ id }) => ({
      id,
      alias: scanned.oldAddresses.get(id),
      slug: plan.slugs.get(id)!,
      lang: options.lang,
    })),
  );
  // Writes overlap with converting the next posts; a few in flight is enough to hide disk latency.
  // A failed write is remembered and rethrown, never left as an unhandled rejection.
  const writes = new Set<Promise<void>>();
  let writeFailure: Error | undefined;
  const queueWrite = async (path: string, text: string) => {
    const write: Promise<void> = writeAtomically(path, text)
      .catch((error: unknown) => void (writeFailure ??= error instanceof Error ? error : new Error(String(error))))
      .finally(() => writes.delete(write));
    writes.add(write);
    if (writes.size >= 16) await Promise.race(writes);
    if (writeFailure) throw writeFailure;
  };

  const media = new MediaImport(options, scanned.site.baseSiteUrl, mediaFolderFor(options.outDir));
  for await (const event of itemsOf(options.input)) {
    if (event.kind !== "item" || !scanned.toWrite.has(event.item.id)) continue;
    const item: WxrItem = event.item;
    const metadata = postMetadata(item, scanned.site, scanned.attachments, options, scanned.toWrite.get(item.id)!);
    if (typeof metadata === "string") continue; // reported by the scan
    const slug = plan.slugs.get(item.id)!;
    const folder = join(options.outDir, String(metadata.date.year));
    const localMedia = (url: string) => media.localPath(url, folder, item.id);
    const image = metadata.frontMatter.image;
    if (image) image.src = localMedia(image.src) ?? image.src;
    const body = postBody(item, options, {
      postId: item.id,
      postTitle: metadata.frontMatter.title,
      attachments: scanned.attachments,
      footnotes: parseFootnotes(item.meta.get("footnotes")),
      localMedia,
    });
    const alias = aliasPlan.aliases.get(item.id);
    metadata.frontMatter.aliases = alias ? [alias] : [];
    const warnings = [
      ...(plan.warnings.get(item.id) ?? []),
      ...(aliasPlan.warnings.get(item.id) ?? []),
      ...metadata.warnings,
      ...body.warnings,
    ];
    for (const message of warnings) report.warnings.push({ postId: item.id, message });
    const path = join(folder, `${slug}.md`);
    const text = serializeBrief(item.id, metadata.frontMatter, body.markdown);
    const previous = previousPaths.get(item.id);
    if (previous && previous !== path) {
      report.warnings.push({
        postId: item.id,
        message: `an earlier import wrote this post to ${relative(options.outDir, previous)}; delete it`,
      });
    }
    const existing = existingFiles.has(path) ? await readFile(path, "utf8") : undefined;
    const outcome: FileOutcome =
      existing === undefined
        ? "written"
        : existing === text
          ? "unchanged"
          : isUntouchedImport(existing)
            ? "updated"
            : options.force
              ? "overwritten"
              : "kept";
    if (outcome !== "unchanged" && outcome !== "kept" && !options.dryRun) await queueWrite(path, text);
    report.files.push({ postId: item.id, path, outcome });
    report.posts += 1;
  }
  await Promise.all(writes);
  if (writeFailure) throw writeFailure;
  report.media = {
    ...(await media.copyAll(options.dryRun)),
    missing: [...media.missing].map(([url, postIds]) => ({ url, postIds: [...postIds] })),
  };
  report.seconds = (performance.now() - started) / 1000;
  return report;
}
