import { existsSync } from "node:fs";
import { copyFile, mkdir, readFile, rename, rm } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";

/** An attachment of the export (an upload in WordPress's media library). */
export interface Attachment {
  id: string;
  url: string;
  /** Alt text from the media library (`_wp_attachment_image_alt`). */
  alt: string;
  /** The media library's caption (the attachment's excerpt). */
  caption: string;
  /** The photo credit WordPress read from the file's IPTC data at upload, or "". */
  credit: string;
  /** Post the file was uploaded to ("0" for none). */
  parent: string;
  menuOrder: number;
}

export interface MediaOptions {
  /** A copy of the old site's `wp-content/uploads` folder. */
  mediaDir?: string | undefined;
  /** URL prefix of that folder on the old site; default: the export's site URL + `/wp-content/uploads/`. */
  mediaUrl?: string | undefined;
}

/**
 * The credit in an attachment's `_wp_attachment_metadata` (PHP-serialized; `image_meta.credit`
 * is what WordPress read from the file's IPTC data). PHP counts a string's length in bytes.
 */
export function creditFromMetadata(serialized: string | undefined): string {
  const bytes = Buffer.from(serialized ?? "", "utf8");
  const key = /s:6:"credit";s:(\d+):"/.exec(bytes.toString("latin1"));
  if (!key) return "";
  const start = key.index + key[0].length;
  return bytes
    .subarray(start, start + Number(key[1]))
    .toString("utf8")
    .trim();
}

/** Where uploads go: the images pipeline's folder, beside the briefs (`content/media/wordpress/`). */
export function mediaFolderFor(briefsFolder: string): string {
  return join(dirname(briefsFolder), "media", "wordpress");
}

/** The uploads URL prefix of an export, as WordPress builds it. */
export function defaultMediaUrl(baseSiteUrl: string): string {
  return `${baseSiteUrl.replace(/\/+$/, "")}/wp-content/uploads/`;
}

/** `photo-300x200.jpg` → `photo.jpg`: WordPress's resized copies name their original. */
function originalName(path: string): string | undefined {
  const match = /^(.*)-\d+x\d+(\.[a-z0-9]+)$/i.exec(path);
  return match ? `${match[1]}${match[2]}` : undefined;
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * Uploads referenced by the imported posts. `localPath` answers, for one URL, where the file
 * will be beside a brief (when the uploads copy has it) and remembers it; `copyAll` then copies
 * every remembered file once. Resized copies (`x-300x200.jpg`) are replaced by their original
 * when the uploads folder has it: the site's image pipeline makes its own sizes.
 */
export class MediaImport {
  readonly #source: string | undefined;
  readonly #prefixes: string[];
  readonly #target: string;
  /** Relative upload path → absolute source file, for every file to copy. */
  readonly #files = new Map<string, string>();
  /** URL → post ids that use it, for every upload not found in the copy. */
  readonly missing = new Map<string, Set<string>>();

  constructor(options: MediaOptions, baseSiteUrl: string, target: string) {
    this.#source = options.mediaDir;
    this.#target = target;
    const prefix = options.mediaUrl ?? defaultMediaUrl(baseSiteUrl);
    const withSlash = prefix.endsWith("/") ? prefix : `${prefix}/`;
    // Old posts mix http and https links to the same uploads.
    this.#prefixes = [
      withSlash,
      withSlash.replace(/^https?:/i, (scheme) => (scheme.toLowerCase() === "https:" ? "http:" : "https:")),
    ];
  }

  /** The upload's path inside the uploads folder, or undefined for a URL elsewhere. */
  #uploadPath(url: string): string | undefined {
    const prefix = this.#prefixes.find((candidate) => url.startsWith(candidate));
    if (!prefix) return undefined;
    const path = decodePath(url.slice(prefix.length).replace(/[?#].*$/, ""));
    if (!path || path.split("/").some((segment) => segment === "" || segment === "." || segment === ".."))
      return undefined;
    return path;
  }

  /**
   * Where an upload will be, relative to the folder of the brief that uses it (a path the
   * image pipeline resolves), or undefined to keep the URL: not an upload, no uploads copy
   * given, or the file is not in it (listed in `missing`).
   */
  localPath(url: string, briefFolder: string, postId: string): string | undefined {
    if (this.#source === undefined) return undefined;
    const upload = this.#uploadPath(url);
    if (!upload) return undefined;
    const original = originalName(upload);
    const chosen = [original, upload].find(
      (candidate) => candidate !== undefined && existsSync(join(this.#source!, candidate)),
    );
    if (!chosen) {
      this.missing.set(url, (this.missing.get(url) ?? new Set()).add(postId));
      return undefined;
    }
    this.#files.set(chosen, join(this.#source, chosen));
    return relative(briefFolder, join(this.#target, chosen)).split(sep).join("/");
  }

  /**
   * Copies every file `localPath` accepted. A file already there with the same bytes is left
   * alone (a re-run copies nothing); others are written beside their target and renamed over
   * it, so an interrupted import never leaves half an image.
   */
  async copyAll(dryRun: boolean): Promise<{ copied: number; unchanged: number }> {
    let copied = 0;
    let unchanged = 0;
    for (const [path, source] of [...this.#files].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const target = join(this.#target, path);
      if (existsSync(target) && (await readFile(target)).equals(await readFile(source))) {
        unchanged += 1;
        continue;
      }
      copied += 1;
      if (dryRun) continue;
      await mkdir(dirname(target), { recursive: true });
      const temporary = join(dirname(target), `.${process.pid}.${copied}.import.tmp`);
      try {
        await copyFile(source, temporary);
        await rename(temporary, target);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    }
    return { copied, unchanged };
  }
}
