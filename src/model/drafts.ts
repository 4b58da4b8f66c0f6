/**
 * Whether an entry goes into the build: drafts only when asked (`astro dev` shows them),
 * never in a production build, so no page, list, feed or related section can show one.
 */
export function isBuilt(entry: { data: { draft: boolean } }, includeDrafts: boolean): boolean {
  return includeDrafts || !entry.data.draft;
}
