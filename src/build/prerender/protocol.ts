/** What the parallel prerenderer (index.ts) and its threads (worker.ts) send each other. */

/** Given to each thread when it starts. */
export interface WorkerSetup {
  /** The built server bundle's prerender entry (a file URL). */
  entryUrl: string;
  /** Astro's build data the app reads while rendering: each page's styles, by page key… */
  pages: [string, { styles: unknown[] }][];
  /** …the bundles of entry scripts, by specifier… */
  bundles: [string, string][];
  /** …and the scripts integrations inject into every page. */
  scripts: unknown[];
}

export interface RenderRequest {
  id: number;
  url: string;
  /** The route, by its component and pattern: each thread finds its own copy of the route's data. */
  component: string;
  route: string;
  collectMetadata: boolean | undefined;
}

export type RenderReply =
  | {
      id: number;
      status: number;
      headers: [string, string][];
      body: ArrayBuffer | null;
      metadata: unknown;
    }
  | { id: number; error: string; stack?: string | undefined };

/** A thread's other messages: started, or a warning or error logged while rendering. */
export type WorkerNotice = { ready: true } | { log: { level: string; label: string | null; message: string } };
