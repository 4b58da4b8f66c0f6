import { createHash } from "node:crypto";
import { cp, mkdir, open, readFile, rename, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { close, createIndex, type PagefindIndex } from "pagefind";
import { mapConcurrently } from "../lib/concurrency.ts";
import type { ContentChannel, LoadedBriefs } from "./content-channel.ts";
import { searchDocument, type SearchDocument } from "../model/search-document.ts";
import { briefUrl, outputPath } from "../model/urls.ts";
import { site } from "../site.config.ts";

/**
 * Documents in flight to Pagefind at once. Sending all of them at once queues every
 * document's HTML, encoded, in this process (hundreds of MB at 50,000 briefs) while Astro
 * is rendering pages in it; waiting for whole batches leaves Pagefind idle between them (it
 * made the index 60% slower), and so does too small a window while this thread is busy. So
 * a new document goes out as each one is indexed, with a few seconds of Pagefind's work
 * queued. (Writing the documents to files for Pagefind to read was no faster.)
 */
const IN_FLIGHT = 2500;

/**
 * Sends `count` documents, made on demand, keeping `IN_FLIGHT` of them queued, until
 * `stopped()` says to stop; returns Pagefind's complaints.
 */
async function addDocuments(
  index: PagefindIndex,
  count: number,
  documentAt: (position: number) => SearchDocument,
  stopped: () => boolean = () => false,
): Promise<string[]> {
  let next = 0;
  const failures: string[] = [];
  const sender = async () => {
    while (next < count && !stopped()) {
      const { url, html } = documentAt(next++);
      const { errors } = await index.addHTMLFile({ url, content: html });
      failures.push(...errors.map((problem) => `${url}: ${problem}`));
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, count) }, sender));
  return failures;
}

/**
 * One index for every language (forced to the site's default language) rather than one per
 * language: readers filter by language on the search page, and a Spanish reader can still
 * find an English brief. The cost is English stemming for Spanish words; exact words still match.
 */
async function newIndex(): Promise<PagefindIndex> {
  const { index, errors } = await createIndex({ forceLanguage: site.defaultLanguage });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  return index;
}

async function writeIndex(index: PagefindIndex, failures: string[], folder: string): Promise<void> {
  if (failures.length > 0) throw new Error(`Pagefind could not index ${failures.join("; ")}`);
  await rm(join(folder, "pagefind"), { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: join(folder, "pagefind") });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join("; ")}`);
}

/** A document of the last build, with the source file it was made from. */
interface RememberedDocument extends SearchDocument {
  /** The brief's file, relative to the project. */
  source: string;
  sourceHash: string;
}

const hashOf = (data: string | Buffer) => createHash("sha1").update(data).digest("base64url");

/**
 * The documents in a record written by `#remember`, or undefined for a record that cannot
 * be read whole (a build stopped while writing it) or names a URL twice: such a record is
 * not used at all, since it is only a head start.
 */
function rememberedDocuments(text: string): RememberedDocument[] | undefined {
  try {
    const documents = text
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as RememberedDocument);
    const valid = documents.every((document) =>
      [document.url, document.html, document.source, document.sourceHash].every((field) => typeof field === "string"),
    );
    return valid && new Set(documents.map((document) => document.url)).size === documents.length
      ? documents
      : undefined;
  } catch {
    return undefined;
  }
}

const sourceHash = (root: string, source: string) => readFile(resolve(root, source)).then(hashOf, () => undefined);

/** Source files read at once (hashing them is cheap; the reads are what waits). */
const READS_IN_FLIGHT = 32;

/**
 * The search index of one build, started before the content is even loaded.
 *
 * Pagefind has no incremental mode and needs ~20 s for 10,000 briefs, so on a rebuild it
 * decides when the build ends. So each build remembers its documents (in the cache, beside
 * the staged index), and the next one sends Pagefind, as soon as the build starts, every
 * remembered document whose source file is byte for byte unchanged. When the briefs are
 * loaded, each of those is checked against the document the loaded brief makes now; if all
 * match (code, settings and every other input included), only the new and changed briefs
 * follow. If any differs, or a brief is no longer published, that index is dropped and a
 * new one gets every document, as if nothing had been sent early. Either way the index
 * holds exactly the loaded briefs' documents; only their order inside it (and so its file
 * names) can differ from a build without a cache.
 */
export class SearchIndexBuild {
  readonly #folder: string;
  readonly #root: string;
  readonly #warn: (message: string) => void;
  /** The early index and the hashes of the documents going to it, by URL, once the record is read. */
  readonly #head: Promise<{ index: PagefindIndex; sent: Map<string, string>; sending: Promise<string[]> }>;
  /** Set when the early documents turn out wrong: the rest of them is not sent. */
  #dropped = false;
  /** The remembered sources' hashes as read at the start, for the record of this build. */
  readonly #startHashes = new Map<string, string>();

  /**
   * `folder`: where the index is staged and the documents remembered; `root`: the project;
   * `warn`: for a record of the last build that cannot be used or written.
   */
  constructor(folder: string, root: string, warn: (message: string) => void) {
    this.#folder = folder;
    this.#root = root;
    this.#warn = warn;
    this.#head = this.#sendRemembered();
    // Awaited in `finish`; until then a failure must not count as unhandled.
    this.#head.catch(() => undefined);
  }

  get #memory(): string {
    return join(this.#folder, "documents.jsonl");
  }

  async #readMemory(): Promise<RememberedDocument[]> {
    let text: string;
    try {
      text = await readFile(this.#memory, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT")
        this.#warn(`Could not read the last build's search documents, so all are indexed anew: ${String(error)}`);
      return [];
    }
    const documents = rememberedDocuments(text);
    if (!documents) this.#warn(`Ignored ${this.#memory}, which is incomplete: all search documents are indexed anew`);
    return documents ?? [];
  }

  async #sendRemembered() {
    const index = await newIndex();
    const remembered = await this.#readMemory();
    const hashes = await mapConcurrently(remembered, READS_IN_FLIGHT, (document) =>
      sourceHash(this.#root, document.source),
    );
    remembered.forEach((document, position) => {
      const hash = hashes[position];
      if (hash) this.#startHashes.set(document.source, hash);
    });
    const unchanged = remembered.filter((document, position) => hashes[position] === document.sourceHash);
    const sent = new Map(unchanged.map((document) => [document.url, hashOf(document.html)]));
    const sending = addDocuments(
      index,
      unchanged.length,
      (position) => unchanged[position]!,
      () => this.#dropped,
    );
    sending.catch(() => undefined);
    return { index, sent, sending };
  }

  /**
   * Indexes the loaded briefs, writes the index to `<folder>/pagefind/` and remembers the
   * documents for the next build; returns how many of them went out early.
   */
  async finish({ briefs, bodies }: Pick<LoadedBriefs, "briefs" | "bodies">): Promise<{ early: number }> {
    try {
      const documentAt = (position: number) => {
        const brief = briefs[position]!;
        return searchDocument(brief, outputPath(briefUrl(brief)), bodies.get(brief.id) ?? "");
      };
      const head = await this.#head;
      let index = head.index;
      let rest: number[] = [];
      let confirmed = 0;
      for (let position = 0; position < briefs.length; position++) {
        const { url, html } = documentAt(position);
        const earlier = head.sent.get(url);
        if (earlier === undefined) rest.push(position);
        else if (earlier === hashOf(html)) confirmed++;
        else break;
      }
      let failures: string[];
      if (confirmed === head.sent.size) {
        failures = await head.sending;
      } else {
        // Checked as soon as the briefs are loaded, so a wrong head start stops there
        // instead of being indexed to the end first.
        this.#dropped = true;
        await head.sending.catch(() => undefined);
        await index.deleteIndex();
        index = await newIndex();
        failures = [];
        rest = Array.from(briefs.keys());
        confirmed = 0;
      }
      failures.push(...(await addDocuments(index, rest.length, (position) => documentAt(rest[position]!))));
      // Only a head start for the next build: failing to write it must not fail this one.
      const remembering = this.#remember(
        briefs.length,
        documentAt,
        briefs.map((brief) => brief.filePath),
      ).catch((error: unknown) => {
        this.#warn(`Could not record the search documents for the next build: ${String(error)}`);
      });
      try {
        await writeIndex(index, failures, this.#folder);
      } finally {
        await remembering;
      }
      return { early: confirmed };
    } finally {
      await close();
    }
  }

  /**
   * Writes the documents and their sources' hashes for the next build, one JSON line each
   * and a thousand lines at a time, so a 50,000-brief archive is never one string in memory.
   * A source hashed at the start is not read again: that hash can only be older than the
   * loaded brief if the file was edited during this build, and then the next build finds
   * it changed and indexes it after loading, as it should.
   */
  async #remember(count: number, documentAt: (position: number) => SearchDocument, sources: string[]) {
    const hashes = await mapConcurrently(
      sources,
      READS_IN_FLIGHT,
      async (source) => this.#startHashes.get(source) ?? sourceHash(this.#root, source),
    );
    await mkdir(this.#folder, { recursive: true });
    const file = await open(this.#memory, "w");
    try {
      for (let start = 0; start < count; start += 1000) {
        let lines = "";
        for (let position = start; position < Math.min(start + 1000, count); position++) {
          const hash = hashes[position];
          if (!hash) continue;
          const remembered: RememberedDocument = {
            ...documentAt(position),
            source: sources[position]!,
            sourceHash: hash,
          };
          lines += `${JSON.stringify(remembered)}\n`;
        }
        await file.write(lines);
      }
    } finally {
      await file.close();
    }
  }
}

/** Puts the staged index where the old one was removed from (renamed where the two share a file system). */
async function moveInto(staged: string, target: string): Promise<void> {
  await rename(staged, target).catch(async () => {
    await cp(staged, target, { recursive: true });
    await rm(staged, { recursive: true, force: true });
  });
}

/**
 * Astro integration: the search index of a production build. Pagefind runs in a process of
 * its own, so the index is built while Astro loads content, bundles and renders pages (on
 * one core) rather than after them: it starts with the documents remembered from the last
 * build and gets the rest as soon as the loader publishes the briefs to `channel`.
 * The index is written to a staging folder in the cache, since Astro may empty the output
 * folder after loading content, and moved into `<outDir>/pagefind/` at the end.
 */
export function searchIndex(channel: ContentChannel): AstroIntegration {
  let staging = "";
  let removingOld: Promise<void> | undefined;
  let indexing: Promise<{ pages: number; early: number; seconds: number }> | undefined;
  return {
    name: "dispatch-search-index",
    hooks: {
      "astro:config:setup": ({ command, config, logger }) => {
        if (command !== "build") return;
        const started = performance.now();
        staging = join(fileURLToPath(config.cacheDir), "search-index");
        const build = new SearchIndexBuild(staging, fileURLToPath(config.root), (message) => {
          logger.warn(message);
        });
        indexing = channel.whenLoaded.then(async (loaded) => {
          const { early } = await build.finish(loaded);
          return { pages: loaded.briefs.length, early, seconds: (performance.now() - started) / 1000 };
        });
        // Awaited in astro:build:done; until then a failure must not count as unhandled.
        indexing.catch(() => undefined);
      },
      // The last build's index (thousands of files) is deleted at the start, while Pagefind is
      // still reading documents, rather than at the end, when the build waits for the new one.
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
        const { pages, early, seconds } = await indexing!;
        await removingOld;
        await moveInto(join(staging, "pagefind"), join(fileURLToPath(dir), "pagefind"));
        logger.info(
          `Pagefind indexed ${pages} briefs (${early} unchanged since the last build, sent at the start) ` +
            `in ${seconds.toFixed(1)} s, beside the rest of the build`,
        );
      },
    },
  };
}
