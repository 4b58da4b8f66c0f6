import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { close, createIndex, type PagefindIndex } from "pagefind";
import { linkOrCopy } from "./cached-files.ts";
import { mapConcurrently } from "../lib/concurrency.ts";
import type { ContentChannel, LoadedBriefs } from "./content-channel.ts";
import type { Brief } from "../model/briefs.ts";
import { searchDocument, type SearchDocument } from "../model/search-document.ts";
import { searchShardFolder, searchShards, type SearchShard } from "../model/search-shards.ts";
import { briefUrl, outputPath } from "../model/urls.ts";
import { site } from "../site.config.ts";

/**
 * Documents in flight to Pagefind at once, per shard. Sending all of them at once queues every
 * document's HTML, encoded, in this process while Astro renders pages in it; waiting for
 * whole batches leaves Pagefind idle between them. So a new document goes out as each one
 * is indexed, with a few seconds of Pagefind's work queued.
 */
const IN_FLIGHT = 2500;

/** Shards indexed at once: Pagefind's one process works on both while this one renders pages. */
const SHARDS_AT_ONCE = 2;

/**
 * What a reader's browser loads of a shard; the rest of what Pagefind writes is its own search
 * UIs, which this site does not use (about ten files a shard). `fragment/`, `index/` and
 * `filter/` hold the shard's pages; the others are its entry, metadata, code and WebAssembly.
 */
const READER_FILES =
  /^(?:fragment|index|filter)\/|^pagefind-entry\.json$|^pagefind\.[^/]+\.pf_meta$|^pagefind(?:-worker)?\.js$|^wasm\.[^/]+\.pagefind$/;

/** Of those, what only the shard the search page loads first needs: the others are merged into it and run on its code. */
const RUNTIME_FILES = /^pagefind(?:-worker)?\.js$|^wasm\./;

/** A shard of this build: its key, its briefs and whether it had to be indexed again. */
export interface BuiltShard {
  key: string;
  pages: number;
  indexed: boolean;
}

/**
 * Where a kept shard says which documents it holds: written into the shard's folder before it
 * takes its place, so a shard and its digest never disagree, even after a build stopped
 * half-way. Not a reader's file: never placed in the output.
 */
const DIGEST_FILE = "dispatch-digest.txt";

async function readDigest(folder: string): Promise<string | undefined> {
  return readFile(join(folder, DIGEST_FILE), "utf8").catch(() => undefined);
}

async function newIndex(): Promise<PagefindIndex> {
  // One index for every language (forced to the site's default language) rather than one per
  // language: readers filter by language on the search page, and a Spanish reader can still
  // find an English brief. The cost is English stemming for Spanish words; exact words still match.
  const { index, errors } = await createIndex({ forceLanguage: site.defaultLanguage });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  return index;
}

/** Sends `count` documents, made on demand, keeping `IN_FLIGHT` of them queued; returns Pagefind's complaints. */
async function addDocuments(
  index: PagefindIndex,
  count: number,
  documentAt: (position: number) => SearchDocument,
): Promise<string[]> {
  let next = 0;
  const failures: string[] = [];
  const sender = async () => {
    while (next < count) {
      const { url, html } = documentAt(next++);
      const { errors } = await index.addHTMLFile({ url, content: html });
      failures.push(...errors.map((problem) => `${url}: ${problem}`));
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, count) }, sender));
  return failures;
}

/** Every file below `folder`, as paths relative to it with `/` separators. */
async function filesBelow(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split("\\").join("/"));
}

/**
 * The search index of a build, in shards (src/model/search-shards.ts) kept in the build cache.
 * A shard is kept as it is when its digest is what it would be now: the digest covers the
 * shard's documents themselves (so any change of code or settings that changes a document is
 * seen) and `indexer`, what else shapes the index (Pagefind's version, its language). The
 * others are indexed again, and shards no longer made are deleted.
 */
export class ShardedSearchIndex {
  readonly #folder: string;
  readonly #shardSize: number;
  readonly #indexer: string;

  /**
   * `folder`: where the shards are kept between builds; `indexer`: Pagefind's version and
   * settings, a change of which makes every shard be indexed again.
   */
  constructor(folder: string, shardSize: number, indexer: string) {
    this.#folder = folder;
    this.#shardSize = shardSize;
    this.#indexer = indexer;
  }

  /** Where a shard's files are kept. */
  shardFolder(key: string): string {
    return join(this.#folder, "shards", key);
  }

  /** Brings the kept shards up to the loaded briefs; returns every shard, newest first. */
  async update({ briefs, bodies }: Pick<LoadedBriefs, "briefs" | "bodies">): Promise<BuiltShard[]> {
    const shards = searchShards(briefs, this.#shardSize);
    const documentsOf = (shard: SearchShard<Brief>) => (position: number) => {
      const brief = shard.briefs[position]!;
      return searchDocument(brief, outputPath(briefUrl(brief)), bodies.get(brief.id) ?? "", shard.key);
    };
    try {
      const built = await mapConcurrently(shards, SHARDS_AT_ONCE, async (shard) => {
        const documentAt = documentsOf(shard);
        const hash = createHash("sha1").update(`${this.#indexer}\0`);
        for (let position = 0; position < shard.briefs.length; position++) {
          const { url, html } = documentAt(position);
          hash.update(`${url}\0${html}\0`);
        }
        const digest = hash.digest("base64url");
        const kept = (await readDigest(this.shardFolder(shard.key))) === digest;
        if (!kept) await this.#index(shard.key, digest, shard.briefs.length, documentAt);
        return { key: shard.key, pages: shard.briefs.length, indexed: !kept };
      });
      await this.#removeShardsOtherThan(new Set(shards.map((shard) => shard.key)));
      return built;
    } finally {
      await close();
    }
  }

  /** Indexes one shard into a new folder, with its digest, and puts it in the old one's place. */
  async #index(
    key: string,
    digest: string,
    count: number,
    documentAt: (position: number) => SearchDocument,
  ): Promise<void> {
    const target = this.shardFolder(key);
    const fresh = `${target}.new`;
    const index = await newIndex();
    const failures = await addDocuments(index, count, documentAt);
    if (failures.length > 0) throw new Error(`Pagefind could not index ${failures.join("; ")}`);
    await rm(fresh, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: fresh });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join("; ")}`);
    await index.deleteIndex();
    const unused = (await filesBelow(fresh)).filter((file) => !READER_FILES.test(file));
    await Promise.all(unused.map((file) => rm(join(fresh, file))));
    await writeFile(join(fresh, DIGEST_FILE), digest);
    await rm(target, { recursive: true, force: true });
    await rename(fresh, target);
  }

  async #removeShardsOtherThan(keys: ReadonlySet<string>): Promise<void> {
    const folder = join(this.#folder, "shards");
    const present = await readdir(folder).catch(() => []);
    await Promise.all(
      present.filter((name) => !keys.has(name)).map((name) => rm(join(folder, name), { recursive: true, force: true })),
    );
  }

  /**
   * Puts the shards into `<outDir>/pagefind/<key>/` as hard links (tens of thousands of
   * fragments would otherwise be copied on every build); the first shard, which the search
   * page loads first, also gets Pagefind's code and WebAssembly.
   */
  async place(shards: readonly BuiltShard[], outDir: string): Promise<void> {
    await mapConcurrently(shards, SHARDS_AT_ONCE, async (shard) => {
      const from = this.shardFolder(shard.key);
      const to = join(outDir, searchShardFolder(shard.key));
      const files = (await filesBelow(from)).filter(
        (file) => file !== DIGEST_FILE && (shard === shards[0] || !RUNTIME_FILES.test(file)),
      );
      const folders = new Set(files.map((file) => dirname(join(to, file))));
      for (const folder of folders) await mkdir(folder, { recursive: true });
      await mapConcurrently(files, 64, (file) => linkOrCopy(join(from, file), join(to, file)));
    });
  }
}

/**
 * Pagefind's installed version and the language it indexes in. Its package exports no
 * package.json, so the file is read from the project's node_modules; if it cannot be, the
 * shards are kept by their documents alone.
 */
export function indexerFingerprint(root: string): string {
  let version = "unknown";
  try {
    const manifest = JSON.parse(readFileSync(join(root, "node_modules", "pagefind", "package.json"), "utf8")) as {
      version?: unknown;
    };
    if (typeof manifest.version === "string") version = manifest.version;
  } catch {
    // Kept as "unknown": the documents still decide.
  }
  return `pagefind@${version} forceLanguage=${site.defaultLanguage}`;
}

/**
 * Astro integration: the search index of a production build. Pagefind runs in a process of
 * its own, so the shards that changed are indexed while Astro bundles and renders pages (on
 * one core), from the moment the loader publishes the briefs to `channel`. They are kept in
 * the cache, since Astro may empty the output folder after loading content, and linked into
 * `<outDir>/pagefind/` at the end.
 */
export function searchIndex(channel: ContentChannel): AstroIntegration {
  let searchIndexBuild: ShardedSearchIndex | undefined;
  let removingOld: Promise<void> | undefined;
  let indexing: Promise<{ shards: BuiltShard[]; seconds: number }> | undefined;
  return {
    name: "dispatch-search-index",
    hooks: {
      "astro:config:setup": ({ command, config }) => {
        if (command !== "build") return;
        const started = performance.now();
        const build = new ShardedSearchIndex(
          join(fileURLToPath(config.cacheDir), "search-index"),
          site.searchShardSize,
          indexerFingerprint(fileURLToPath(config.root)),
        );
        searchIndexBuild = build;
        indexing = channel.whenLoaded.then(async (loaded) => {
          const shards = await build.update(loaded);
          return { shards, seconds: (performance.now() - started) / 1000 };
        });
        // Awaited in astro:build:done; until then a failure must not count as unhandled.
        indexing.catch(() => undefined);
      },
      // The last build's index (thousands of files) is deleted at the start, while the
      // content loads, rather than at the end, when the build waits for the new one.
      "astro:config:done": ({ config }) => {
        if (!indexing) return;
        removingOld = rm(join(fileURLToPath(config.outDir), "pagefind"), {
          recursive: true,
          force: true,
          maxRetries: 3,
        });
        removingOld.catch(() => undefined);
      },
      // Before the output folder's clean-up (astro:build:done) walks the folder.
      "astro:build:generated": async () => {
        await removingOld;
      },
      "astro:build:done": async ({ dir, logger }) => {
        // Fails here, naming the step, if the briefs never came (rather than waiting forever).
        channel.loadedBriefs("The search index");
        const { shards, seconds } = await indexing!;
        await removingOld;
        await searchIndexBuild!.place(shards, fileURLToPath(dir));
        const pages = shards.reduce((sum, shard) => sum + shard.pages, 0);
        const indexed = shards.filter((shard) => shard.indexed);
        const which = indexed.length > 0 ? `: ${indexed.map((shard) => shard.key).join(", ")}` : "";
        logger.info(
          `Pagefind indexed ${pages} briefs in ${shards.length} shard(s), ${indexed.length} indexed anew${which} ` +
            `(${indexed.reduce((sum, shard) => sum + shard.pages, 0)} briefs), in ${seconds.toFixed(1)} s, beside the rest of the build`,
        );
      },
    },
  };
}
