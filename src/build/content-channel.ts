import type { AstroIntegration } from "astro";
import type { LoaderContext } from "astro/loaders";
import type { Plugin } from "vite";
import type { BriefImages, SourceImage } from "./images/resolve.ts";
import type { StoredEntry } from "./loader/strict-glob.ts";
import { expiredBriefs, publishedBriefs, type Brief } from "../model/briefs.ts";
import { nextScheduledChange } from "../model/schedule.ts";
import type { BriefFrontMatter } from "../schemas/brief.ts";
import { site } from "../site.config.ts";

/** What a build publishes, as soon as the content is loaded. */
export interface LoadedBriefs {
  /** Published briefs, newest first (a build has no drafts, nothing scheduled and nothing expired). */
  briefs: Brief[];
  /** Briefs past their `expires`: their URLs show a notice, kept out of sitemaps. */
  expired: Brief[];
  /** The first publish or expiry still ahead, when the next build will change the site. */
  nextChange: Date | undefined;
  /** Each brief's sanitized body HTML, by id. */
  bodies: Map<string, string>;
}

/**
 * The briefs loader's hand-off to the build steps outside the pages (search index, social
 * cards, host files, sitemap), once per build, so that they can start while Astro bundles
 * and renders pages. The selection is the pages' own (`publishedBriefs`).
 */
export class ContentChannel {
  #loaded: LoadedBriefs | undefined;
  #images: SourceImage[] = [];
  #announce: (loaded: LoadedBriefs) => void = () => undefined;
  /** Resolves once the briefs are loaded: for steps that start early. */
  readonly whenLoaded = new Promise<LoadedBriefs>((resolve) => {
    this.#announce = resolve;
  });

  /** The build's time, which decides what is scheduled and what has expired. */
  readonly now: Date;

  constructor(now: Date) {
    this.now = now;
  }

  /** Called by the briefs loader with every entry of the collection, once the collection is loaded. */
  publishBriefs(entries: readonly StoredEntry[]): void {
    if (this.#loaded) throw new Error("The briefs collection was loaded twice in one build");
    // The loader stored what the brief schema parsed.
    const parsed = entries.map((entry) => ({ ...entry, data: entry.data as BriefFrontMatter }));
    const options = { defaultAuthor: site.defaultAuthor, includeDrafts: false, now: this.now };
    const briefs = publishedBriefs(parsed, options);
    this.#loaded = {
      briefs,
      expired: expiredBriefs(parsed, options),
      nextChange: nextScheduledChange(
        parsed.filter((entry) => !entry.data.draft).map((entry) => entry.data),
        this.now,
      ),
      bodies: new Map(entries.map((entry) => [entry.id, entry.rendered?.html ?? ""])),
    };
    const published = new Set(briefs.map((brief) => brief.id));
    this.#images = entries
      .filter((entry) => published.has(entry.id))
      .flatMap((entry) => (entry.rendered?.metadata?.["images"] as BriefImages | undefined)?.sources ?? []);
    this.#announce(this.#loaded);
  }

  /** The loaded briefs, for a step that runs once the pages exist; `step` names it if the loader never published. */
  loadedBriefs(step: string): LoadedBriefs {
    if (!this.#loaded) throw new Error(`${step} got no briefs: the briefs collection never finished loading`);
    return this.#loaded;
  }

  /** Every image the published briefs show (lead and body), as the loader measured them. */
  loadedImages(step: string): SourceImage[] {
    this.loadedBriefs(step);
    return this.#images;
  }
}

const PLUGIN = "dispatch:content-channel";

/**
 * Astro integration that carries the channel to the loader. Astro loads the integrations
 * (astro.config.ts) and the collections (src/content.config.ts) as separate module graphs,
 * so a module-level object would exist twice. The one thing both see is the resolved
 * config: the loader's context has it, and Vite's way for plugins to talk to each other is
 * a plugin's `api`. So the channel rides as the `api` of a Vite plugin that does nothing
 * else, added for builds only: `astro dev` and `astro sync` publish nothing.
 */
export function contentChannel(channel: ContentChannel): AstroIntegration {
  const plugin: Plugin<ContentChannel> = { name: PLUGIN, api: channel };
  return {
    name: "dispatch-content-channel",
    hooks: {
      "astro:config:setup": ({ command, updateConfig }) => {
        if (command === "build") updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}

/** The channel plugin among Vite plugin options, which may nest in arrays. */
function channelPlugin(options: unknown): Plugin<ContentChannel> | undefined {
  if (!Array.isArray(options)) return (options as Plugin | null)?.name === PLUGIN ? (options as Plugin) : undefined;
  for (const option of options) {
    const found = channelPlugin(option);
    if (found) return found;
  }
  return undefined;
}

/**
 * The briefs loader's callback once the collection is loaded: publishes its entries to the
 * build's channel. Outside builds there is none, and nothing is done.
 */
export function publishLoadedBriefs(context: Pick<LoaderContext, "config" | "store">): void {
  channelPlugin(context.config.vite.plugins)?.api?.publishBriefs(context.store.values());
}
