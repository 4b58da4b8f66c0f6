import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { AstroIntegration, AstroIntegrationLogger, AstroPrerenderer, PrerenderRenderMetadata } from "astro";
import type { RenderReply, RenderRequest, WorkerNotice, WorkerSetup } from "./protocol.ts";

/**
 * `import()` by Node itself: this file runs inside Vite's module runner (Astro loads the
 * config through it), which would load the server bundle as a second, separate copy, not
 * the one Astro's default prerenderer imports.
 */
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- a fixed body, for the reason above.
const importNatively = new Function("specifier", "return import(specifier)") as (specifier: string) => Promise<unknown>;

/** The prerender entry's file name starts so in the server bundle's `.prerender/` folder (Astro 7.3). */
const ENTRY_PREFIX = "prerender-entry";

/** What Astro's build hands the app before rendering; only these parts are read while rendering (Astro 7.3). */
interface BuildInternals {
  pagesByKeys: Map<string, { route: { prerender: boolean }; styles: unknown[] }>;
  entrySpecifierToBundleMap: Map<string, string>;
}
interface BuildOptions {
  settings: { scripts: unknown[] };
}
interface BuiltApp {
  setInternals(internals: BuildInternals): void;
  setOptions(options: BuildOptions): void;
}

/**
 * The server bundle's prerender entry, in the folders Astro 7.3 writes it to (`<outDir>/.prerender/`,
 * or `.astro/.prerender/` under the working folder when the output folder lies outside it, a
 * folder other builds may share): the newest such file. `setup` checks it is the one Astro loads.
 */
async function findPrerenderEntry(outDir: string): Promise<string | undefined> {
  for (const folder of [join(outDir, ".prerender"), join(process.cwd(), ".astro", ".prerender")]) {
    const names = (await readdir(folder).catch(() => [])).filter(
      (name) => name.startsWith(ENTRY_PREFIX) && name.endsWith(".mjs"),
    );
    const dated = await Promise.all(
      names.map(async (name) => ({ name, modified: (await stat(join(folder, name))).mtimeMs })),
    );
    const newest = dated.sort((a, b) => b.modified - a.modified)[0];
    if (newest) return pathToFileURL(join(folder, newest.name)).href;
  }
  return undefined;
}

interface Waiting {
  resolve: (result: { response: Response; metadata?: PrerenderRenderMetadata }) => void;
  reject: (error: Error) => void;
}

/** A rendering thread and the pages it has in hand. */
class RenderThread {
  readonly worker: Worker;
  readonly waiting = new Map<number, Waiting>();
  readonly ready: Promise<void>;
  /** False once the thread has stopped: it gets no more pages. */
  alive = true;

  constructor(setup: WorkerSetup, logger: AstroIntegrationLogger) {
    this.worker = new Worker(new URL("./worker.ts", import.meta.url), { workerData: setup });
    let failStart: (error: Error) => void = () => undefined;
    this.ready = new Promise((resolve, reject) => {
      failStart = reject;
      this.worker.on("message", (message: RenderReply | WorkerNotice) => {
        if ("ready" in message) resolve();
        else if ("log" in message) {
          const line = message.log.label ? `[${message.log.label}] ${message.log.message}` : message.log.message;
          if (message.log.level === "error") logger.error(line);
          else logger.warn(line);
        } else this.#answer(message);
      });
    });
    // Awaited in getStaticPaths; a thread that fails before then must not count as unhandled.
    this.ready.catch(() => undefined);
    let cause: Error | undefined;
    this.worker.on("error", (error: Error) => {
      cause = error;
      logger.error(`A page-rendering thread failed: ${error.stack ?? error.message}`);
    });
    // A thread that dies (out of memory, say, or while starting) fails the pages it had, and gets no more.
    this.worker.on("exit", (code) => {
      this.alive = false;
      const error = new Error(
        `A page-rendering thread stopped (exit code ${code}) with ${this.waiting.size} page(s) unrendered` +
          (cause ? `: ${cause.message}` : ""),
      );
      failStart(error);
      for (const waiting of this.waiting.values()) waiting.reject(error);
      this.waiting.clear();
    });
  }

  #answer(reply: RenderReply): void {
    const waiting = this.waiting.get(reply.id);
    this.waiting.delete(reply.id);
    if (!waiting) return;
    if ("error" in reply) {
      const error = new Error(reply.error);
      if (reply.stack) error.stack = reply.stack;
      waiting.reject(error);
      return;
    }
    const response = new Response(reply.body, { status: reply.status, headers: reply.headers });
    waiting.resolve({ response, ...(reply.metadata ? { metadata: reply.metadata as PrerenderRenderMetadata } : {}) });
  }
}

/**
 * Renders the static pages on a pool of worker threads, each running the built server bundle,
 * instead of on the build's one thread. Wraps Astro's default prerenderer, which still finds
 * the static paths (in this thread, with their cache keys) and is what the pool copies the
 * app's build data from. Astro keeps doing everything around each page: the incremental
 * cache, writing files, redirects and the page list.
 */
export class ParallelPrerenderer implements AstroPrerenderer {
  readonly name = "dispatch:parallel-prerender";
  readonly #fallback: AstroPrerenderer;
  readonly #options: ParallelOptions;
  #pool: RenderThread[] = [];
  #nextId = 0;

  constructor(fallback: AstroPrerenderer, options: ParallelOptions) {
    this.#fallback = fallback;
    this.#options = options;
  }

  async setup(): Promise<void> {
    const { outDir } = this.#options;
    const entryUrl = await findPrerenderEntry(outDir);
    if (!entryUrl) throw new Error(`Parallel rendering found no ${ENTRY_PREFIX} file in ${outDir}/.prerender/`);
    // The default prerenderer imports this same module and hands its app the build data;
    // recording that on the way lets the threads be given the same.
    const { app } = (await importNatively(entryUrl)) as { app: BuiltApp };
    let internals: BuildInternals | undefined;
    let options: BuildOptions | undefined;
    const setInternals = app.setInternals.bind(app);
    const setOptions = app.setOptions.bind(app);
    app.setInternals = (value) => {
      internals = value;
      setInternals(value);
    };
    app.setOptions = (value) => {
      options = value;
      setOptions(value);
    };
    await this.#fallback.setup?.();
    // Astro's default prerenderer keeps the app it loaded: it must be the one found above.
    const loaded = (this.#fallback as { app?: unknown }).app;
    if (loaded !== app || !internals || !options)
      throw new Error(`Parallel rendering could not read the build's data from Astro (looked in ${entryUrl})`);
    const setup: WorkerSetup = {
      entryUrl,
      pages: [...internals.pagesByKeys]
        .filter(([, page]) => page.route.prerender)
        .map(([key, page]) => [key, { styles: page.styles }]),
      bundles: [...internals.entrySpecifierToBundleMap],
      scripts: options.settings.scripts,
    };
    this.#pool = Array.from({ length: this.#options.threads }, () => new RenderThread(setup, this.#options.logger));
  }

  /** The static paths, as Astro finds them, while the threads start. */
  async getStaticPaths(): ReturnType<AstroPrerenderer["getStaticPaths"]> {
    const [paths] = await Promise.all([this.#fallback.getStaticPaths(), ...this.#pool.map((thread) => thread.ready)]);
    this.#options.logger.info(`Rendering pages on ${this.#pool.length} worker threads`);
    return paths;
  }

  render(request: Request, { routeData, collectMetadata }: Parameters<AstroPrerenderer["render"]>[1]) {
    // The live thread with the fewest pages in hand.
    const thread = this.#pool
      .filter((candidate) => candidate.alive)
      .reduce<RenderThread | undefined>(
        (best, candidate) => (best && best.waiting.size <= candidate.waiting.size ? best : candidate),
        undefined,
      );
    if (!thread) return Promise.reject(new Error(`No page-rendering thread is left to render ${request.url}`));
    const id = this.#nextId++;
    const message: RenderRequest = {
      id,
      url: request.url,
      component: routeData.component,
      route: routeData.route,
      collectMetadata,
    };
    return new Promise<{ response: Response; metadata?: PrerenderRenderMetadata }>((resolve, reject) => {
      thread.waiting.set(id, { resolve, reject });
      thread.worker.postMessage(message);
    });
  }

  async teardown(): Promise<void> {
    for (const thread of this.#pool) thread.worker.removeAllListeners("exit");
    await Promise.all(this.#pool.map((thread) => thread.worker.terminate()));
    this.#pool = [];
    await this.#fallback.teardown?.();
  }
}

interface ParallelOptions {
  /** Worker threads to start. */
  threads: number;
  outDir: string;
  logger: AstroIntegrationLogger;
}

/**
 * Worker threads to render pages with: `DISPATCH_PRERENDER_THREADS`, else none. Off by
 * default because on the two-core machines this was measured on, threads made a cold
 * 10,000-brief build slower (docs/bench.md, "Pages on worker threads"): the build's own
 * thread, which writes every page, and Pagefind already keep both cores busy.
 */
export function prerenderThreads(env: NodeJS.ProcessEnv = process.env): number {
  const set = env["DISPATCH_PRERENDER_THREADS"];
  if (set === undefined || set === "") return 0;
  const threads = Number(set);
  if (!Number.isInteger(threads) || threads < 0)
    throw new Error(`DISPATCH_PRERENDER_THREADS must be a whole number (0 turns parallel rendering off), got "${set}"`);
  return threads;
}

/**
 * Astro integration: pages rendered on worker threads (`ParallelPrerenderer`), through the
 * documented `setPrerenderer` hook. Astro 7.4's `experimental.parallelPrerender` does the same;
 * on that version, drop this integration and turn the flag on.
 */
export function parallelPrerender(threads = prerenderThreads()): AstroIntegration {
  let outDir = "";
  return {
    name: "dispatch-parallel-prerender",
    hooks: {
      "astro:config:done": ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      "astro:build:start": ({ setPrerenderer, logger }) => {
        if (threads === 0) return;
        setPrerenderer((fallback) => new ParallelPrerenderer(fallback, { threads, outDir, logger }));
      },
    },
  };
}
