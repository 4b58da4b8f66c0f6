import type { Brief } from "../model/briefs.ts";

/** What a production build publishes, as soon as the content is loaded. */
export interface LoadedBriefs {
  /** Published briefs, newest first (drafts left out). */
  briefs: Brief[];
  /** Each brief's sanitized body HTML, by id. */
  bodies: Map<string, string>;
}

export type LoadedBriefsListener = (loaded: LoadedBriefs) => void;

const LISTENERS = Symbol.for("dispatch.loaded-briefs-listeners");

/**
 * Build steps outside the pages (the search index, social cards) register here from their
 * integration's `astro:config:setup`, and the briefs loader calls them once the content is
 * loaded, so those steps can start while Astro bundles and renders pages. The list lives on
 * `globalThis` because Astro loads the integrations (astro.config.ts) and the collections
 * (src/content.config.ts) as separate module graphs in one process.
 */
function listeners(): LoadedBriefsListener[] {
  const shared = globalThis as Record<symbol, LoadedBriefsListener[] | undefined>;
  shared[LISTENERS] ??= [];
  return shared[LISTENERS];
}

export function onBriefsLoaded(listener: LoadedBriefsListener): void {
  listeners().push(listener);
}

/** Removes a listener once its build is over. */
export function offBriefsLoaded(listener: LoadedBriefsListener): void {
  const list = listeners();
  const position = list.indexOf(listener);
  if (position >= 0) list.splice(position, 1);
}

export function hasBriefsListeners(): boolean {
  return listeners().length > 0;
}

export function briefsLoaded(loaded: LoadedBriefs): void {
  for (const listener of listeners()) listener(loaded);
}
