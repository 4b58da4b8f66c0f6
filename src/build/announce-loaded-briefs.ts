import { publishedBriefs, type BriefEntry } from "../model/briefs.ts";
import { briefsLoaded, hasBriefsListeners } from "./loaded-briefs.ts";
import type { StoredEntry } from "./loader/strict-glob.ts";
import type { BriefFrontMatter } from "../schemas/brief.ts";
import { site } from "../site.config.ts";

/**
 * Called by the briefs loader once the collection is loaded: hands the published briefs to
 * the build steps waiting for them (src/build/loaded-briefs.ts). Nobody waits outside
 * `astro build`, so `astro dev` and `astro sync` skip the work.
 */
export function announceLoadedBriefs(entries: StoredEntry[]): void {
  if (!hasBriefsListeners()) return;
  const briefEntries: BriefEntry[] = entries.map((entry) => ({
    id: entry.id,
    filePath: entry.filePath,
    rendered: entry.rendered,
    // The loader stored what the brief schema parsed.
    data: entry.data as BriefFrontMatter,
  }));
  briefsLoaded({
    // The same selection as the pages' (src/content/briefs.ts); a production build has no drafts.
    briefs: publishedBriefs(briefEntries, { defaultAuthor: site.defaultAuthor, includeDrafts: false }),
    bodies: new Map(entries.map((entry) => [entry.id, entry.rendered?.html ?? ""])),
  });
}
