import { publishedBriefs, type BriefEntry } from "../lib/briefs.ts";
import { SEARCH_INDEX_INBOX, searchDocument, type SearchIndexInbox } from "../lib/search-document.ts";
import { briefUrl, outputPath } from "../lib/urls.ts";
import type { StoredEntry } from "../loaders/strict-glob.ts";
import type { BriefFrontMatter } from "../schemas/brief.ts";
import { site } from "../site.config.ts";

/**
 * Hands the published briefs to the search index when a production build is collecting them
 * (src/integrations/search-index.ts); does nothing otherwise (`astro dev`, `astro sync`).
 * The briefs loader calls it as soon as the content is loaded, so Pagefind indexes in its own
 * process while Astro bundles and renders pages in this one.
 */
export function offerBriefsToSearchIndex(entries: StoredEntry[]): void {
  const inbox = (globalThis as Record<symbol, SearchIndexInbox | undefined>)[SEARCH_INDEX_INBOX];
  if (!inbox) return;
  const briefEntries: BriefEntry[] = entries.map((entry) => ({
    id: entry.id,
    filePath: entry.filePath,
    body: entry.body,
    // The loader stored what the brief schema parsed.
    data: entry.data as BriefFrontMatter,
  }));
  const bodies = new Map(entries.map((entry) => [entry.id, entry.rendered?.html ?? ""]));
  // Drafts never reach a production build's index: the inbox exists only under `astro build`.
  const briefs = publishedBriefs(briefEntries, { defaultAuthor: site.defaultAuthor, includeDrafts: false });
  inbox.submit(briefs.map((brief) => searchDocument(brief, outputPath(briefUrl(brief)), bodies.get(brief.id) ?? "")));
}
