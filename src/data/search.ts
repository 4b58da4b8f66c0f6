import type { Brief } from "../lib/briefs.ts";
import { SEARCH_INDEX_INBOX, searchDocument, type SearchIndexInbox } from "../lib/search-document.ts";
import { briefUrl, outputPath } from "../lib/urls.ts";

/**
 * Hands the published briefs to the search index when a production build is collecting them
 * (src/integrations/search-index.ts); does nothing under `astro dev`. Called from the brief
 * pages' `getStaticPaths`, which runs before any page is rendered, so Pagefind indexes in its
 * own process while Astro renders pages in this one.
 */
export function offerToSearchIndex(briefs: Brief[], bodies: Map<string, string>): void {
  const inbox = (globalThis as Record<symbol, SearchIndexInbox | undefined>)[SEARCH_INDEX_INBOX];
  inbox?.submit(briefs.map((brief) => searchDocument(brief, outputPath(briefUrl(brief)), bodies.get(brief.id) ?? "")));
}
