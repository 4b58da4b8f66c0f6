/**
 * A page-rendering thread of the parallel prerenderer (index.ts). It loads the built server
 * bundle, gives its app what Astro's build would (the page styles and scripts, recorded in the
 * main thread) and renders each page it is sent, with the incremental build's metadata.
 * Each thread runs the routes' `getStaticPaths` itself and keeps its own module state (the
 * content store, memoised lists such as the briefs and related content).
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { parentPort, workerData } from "node:worker_threads";
import { installRenderScope, renderForPrerender } from "astro/app";
import type { RenderReply, RenderRequest, WorkerSetup } from "./protocol.ts";

interface BuiltApp {
  manifest: { routes: { routeData: { route: string; component: string } }[] };
  setInternals(internals: unknown): void;
  setOptions(options: unknown): void;
}

const setup = workerData as WorkerSetup;
const { app } = (await import(setup.entryUrl)) as { app: BuiltApp };
app.setInternals({
  pagesByKeys: new Map(setup.pages),
  entrySpecifierToBundleMap: new Map(setup.bundles),
});
app.setOptions({
  settings: { scripts: setup.scripts },
  logger: {
    options: {
      destination: {
        // Warnings and errors go to the main thread's log; the rest would only repeat its page lines.
        write(event: { level: string; label: string | null; message: string }) {
          if (event.level === "warn" || event.level === "error") parentPort?.postMessage({ log: event });
          return true;
        },
      },
    },
  },
});
installRenderScope(new AsyncLocalStorage());

const routes = new Map(
  app.manifest.routes.map(({ routeData }) => [`${routeData.component}\0${routeData.route}`, routeData]),
);

async function render({ id, url, component, route, collectMetadata }: RenderRequest): Promise<RenderReply> {
  try {
    const routeData = routes.get(`${component}\0${route}`);
    if (!routeData) throw new Error(`The server bundle has no route ${route} (${component})`);
    const { response, metadata } = await renderForPrerender(app as never, new Request(url), {
      routeData: routeData as never,
      collectMetadata: collectMetadata ?? false,
    });
    const body = response.body === null ? null : await response.arrayBuffer();
    return { id, status: response.status, headers: [...response.headers], body, metadata };
  } catch (error) {
    return error instanceof Error ? { id, error: error.message, stack: error.stack } : { id, error: String(error) };
  }
}

parentPort?.on("message", (request: RenderRequest) => {
  void render(request).then((reply) => {
    parentPort?.postMessage(reply, "body" in reply && reply.body ? [reply.body] : []);
  });
});
parentPort?.postMessage({ ready: true });
