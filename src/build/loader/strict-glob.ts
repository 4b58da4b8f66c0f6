import { readdir, readFile } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { Loader, LoaderContext } from "astro/loaders";
import { parse as parseYaml, YAMLParseError } from "yaml";
import { mapConcurrently } from "../../lib/concurrency.ts";
import { fileSlug } from "../../lib/slugs.ts";
import { briefPipelineFingerprint, renderBriefBody, type RenderedBody } from "../../markdown/pipeline.ts";
import { withResponsiveImages } from "../../markdown/rehype-responsive-images.ts";
import {
  currentImageDigests,
  ImageError,
  imageMarkupFingerprint,
  remoteDownloadsEnabled,
  resolveBriefImages,
  type BriefImages,
} from "../images/resolve.ts";
import { createRenderPool } from "./render-pool.ts";

/** An entry as the content store holds it: parsed data and rendered HTML (see below: no source). */
export type StoredEntry = ReturnType<LoaderContext["store"]["values"]>[number];

export interface StrictGlobOptions {
  base: string;
  extensions?: readonly string[];
  /** Called once the collection is loaded (not again on dev-server reloads), with the store holding every entry. */
  onLoaded?: ((context: LoaderContext) => void) | undefined;
}

/**
 * Dispatch's content loader for folders of Markdown files (briefs, organization news).
 * It does what Astro's `glob()` loader does, with the guarantees editors need and the
 * speed a 10,000-brief archive needs:
 *
 * - Front matter is read once, with YAML's core schema, in which `2024-13-45` stays a
 *   string. Astro's own parser turns such a date into a real Date in 2025, so the schema
 *   could never see the mistake.
 * - Every error names the file it comes from, and the id is the file name, so two files
 *   with one name stop the build with both paths.
 * - Bodies are rendered once, by the brief pipeline (src/markdown/pipeline.ts), and the
 *   HTML is kept in the content store with the file's digest. An unchanged file is
 *   neither parsed nor rendered again on the next build (a warm build only renders what
 *   changed), and Astro's per-file processor overhead is avoided on a cold one.
 * - Every image a file refers to (front matter `image`, Markdown images) is found and
 *   measured (src/build/images/resolve.ts): a missing or unreadable one fails the build
 *   naming the file and field or line. Body images become `<picture>` elements, and the
 *   images' digests join the entry's, so an edited image counts as a change.
 * - The Markdown source is not stored (`entry.body` is undefined): pages show the rendered
 *   HTML, and its first paragraph as text is kept in `rendered.metadata.firstParagraph`.
 *   The store is loaded whole into every build, and at 10,000 briefs the sources were 26 of
 *   its 87 MB, written, bundled and parsed again for nothing.
 * - A cold build renders on every core (render-pool.ts).
 */
export function strictGlob(options: StrictGlobOptions): Loader {
  const extensions = options.extensions ?? [".md", ".markdown"];
  const isContentFile = (name: string) => extensions.some((extension) => name.toLowerCase().endsWith(extension));
  return {
    name: "dispatch-strict-glob",
    load: async (context) => {
      const base = resolve(options.base);
      const root = fileURLToPath(context.config.root);
      const paths = (await readdir(base, { recursive: true, withFileTypes: true }))
        .filter((entry) => entry.isFile() && isContentFile(entry.name))
        .map((entry) => join(entry.parentPath, entry.name))
        .sort();
      const seen = new Map<string, string>();
      for (const path of paths) {
        const id = fileSlug(path);
        const file = projectPath(root, path);
        const other = seen.get(id);
        if (other) {
          throw new Error(
            `Two files in the ${context.collection} collection are named "${id}", and names must be unique:\n- ${other}\n- ${file}`,
          );
        }
        seen.set(id, file);
      }

      // Read everything first (cheap), so only files whose bytes changed are parsed and
      // rendered, and the render pool is only started when there is enough to render.
      const changed: SourceFile[] = [];
      await mapConcurrently(paths, 16, async (path) => {
        const source = await readSource(context, root, path);
        if (!(await isUnchanged(context, source))) changed.push(source);
      });
      for (const id of [...context.store.keys()]) if (!seen.has(id)) context.store.delete(id);
      if (changed.length > 0) {
        const pool = createRenderPool(changed.length);
        context.logger.info(`Rendering ${changed.length} changed file(s) on ${Math.max(pool.threads, 1)} thread(s)`);
        const sync = fileSyncer(context, (body) => pool.run("renderBriefBody", body));
        try {
          await mapConcurrently(changed, 64, sync);
        } finally {
          await pool.close();
        }
      }

      options.onLoaded?.(context);

      if (!context.watcher) return;
      context.watcher.add(base);
      const inBase = (path: string) => path.startsWith(base + sep) && isContentFile(path);
      const syncHere = fileSyncer(context, renderBriefBody);
      const reload = async (path: string) => {
        if (!inBase(path)) return;
        try {
          const source = await readSource(context, root, path);
          if (!(await isUnchanged(context, source))) await syncHere(source);
          context.logger.info(`Reloaded ${source.file}`);
        } catch (error) {
          context.logger.error(messageOf(error));
        }
      };
      // reload logs its own failures, so its promise never rejects.
      context.watcher.on("change", (path) => void reload(path));
      context.watcher.on("add", (path) => void reload(path));
      context.watcher.on("unlink", (path) => {
        if (inBase(path)) context.store.delete(fileSlug(path));
      });
    },
  };
}

interface SourceFile {
  id: string;
  /** Absolute path. */
  path: string;
  /** Path relative to the project, as shown in errors and stored in the content store. */
  file: string;
  contents: string;
  digest: string;
}

const projectPath = (root: string, path: string) => relative(root, path).split(sep).join("/");

async function readSource(context: LoaderContext, root: string, path: string): Promise<SourceFile> {
  const contents = await readFile(path, "utf8");
  // The digest covers the pipeline and the image markup too: stored HTML is reused only if the same code made it.
  pipelineDigest ??= context.generateDigest(briefPipelineFingerprint() + imageMarkupFingerprint());
  const digest = `${context.generateDigest(contents)}-${pipelineDigest}`;
  return { id: fileSlug(path), path, file: projectPath(root, path), contents, digest };
}

let pipelineDigest: string | undefined;

/** Same bytes (file and images) as in the last build's store: its data and HTML are still right. */
async function isUnchanged(context: LoaderContext, source: SourceFile): Promise<boolean> {
  const existing = context.store.get(source.id);
  if (!existing?.rendered || existing.filePath !== source.file) return false;
  const images = existing.rendered.metadata?.["images"] as BriefImages | undefined;
  if (images?.retry) return false;
  const digests = await currentImageDigests(images);
  return digests !== undefined && existing.digest === withImageDigests(context, source.digest, digests);
}

/** The entry's digest: its file's, and its images' when it has any. */
function withImageDigests(context: LoaderContext, digest: string, images: readonly string[]): string {
  return images.length === 0 ? digest : `${digest}-${context.generateDigest(images.join())}`;
}

function fileSyncer(context: LoaderContext, render: (body: string) => Promise<RenderedBody>) {
  return async function syncFile({ id, path, file, contents, digest }: SourceFile): Promise<void> {
    const { data: frontMatter, body } = splitFrontMatter(contents, file);
    let data: Record<string, unknown>;
    try {
      data = await context.parseData({ id, data: frontMatter, filePath: path });
    } catch (error) {
      throw new Error(`Invalid front matter in ${file}:\n${messageOf(error)}`, { cause: error });
    }
    let rendered: RenderedBody;
    try {
      rendered = await render(body);
    } catch (error) {
      throw new Error(`Could not render the Markdown of ${file}: ${messageOf(error)}`, { cause: error });
    }
    const images = await imagesOf(context, { file, path, contents, data, rendered });
    if (!images) {
      context.store.set({ id, data, filePath: file, digest, rendered });
      return;
    }
    const html = rendered.html.includes("<img")
      ? await withResponsiveImages(rendered.html, images.body)
      : rendered.html;
    context.store.set({
      id,
      data,
      filePath: file,
      digest: withImageDigests(
        context,
        digest,
        images.sources.map((image) => image.digest),
      ),
      rendered: { html, metadata: { ...rendered.metadata, images } },
    });
  };
}

/** The file's images, found and measured; undefined when it has none. */
async function imagesOf(
  context: LoaderContext,
  entry: { file: string; path: string; contents: string; data: Record<string, unknown>; rendered: RenderedBody },
): Promise<BriefImages | undefined> {
  const lead = (entry.data["image"] as { src?: string } | undefined)?.src;
  const { localImagePaths: local, remoteImagePaths: remote } = entry.rendered.metadata;
  if (lead === undefined && local.length === 0 && remote.length === 0) return undefined;
  try {
    return await resolveBriefImages(
      { file: entry.file, path: entry.path, contents: entry.contents, lead, local, remote },
      {
        cacheDir: fileURLToPath(context.config.cacheDir),
        download: remoteDownloadsEnabled(),
        warn: (message) => {
          context.logger.warn(message);
        },
      },
    );
  } catch (error) {
    if (error instanceof ImageError) throw new Error(`Broken image in ${error.message}`, { cause: error });
    throw error;
  }
}

const FRONT_MATTER = /^\uFEFF?---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Front matter (parsed with the YAML core schema) and the trimmed Markdown body of one file. */
export function splitFrontMatter(text: string, file: string): { data: Record<string, unknown>; body: string } {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { data: {}, body: text.trim() };
  const body = text.slice(match[0].length).trim();
  try {
    const data: unknown = parseYaml(match[1] ?? "", { schema: "core", uniqueKeys: true });
    if (data === null || data === undefined) return { data: {}, body };
    if (typeof data !== "object" || Array.isArray(data)) {
      throw new Error("front matter must be a set of `key: value` lines");
    }
    return { data: data as Record<string, unknown>, body };
  } catch (error) {
    const where =
      error instanceof YAMLParseError && error.linePos ? ` (front matter line ${error.linePos[0].line})` : "";
    throw new Error(`Broken front matter in ${file}${where}: ${messageOf(error)}`, { cause: error });
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
