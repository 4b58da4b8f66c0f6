import type { Brief } from "../../model/briefs.ts";

/** How many values of a list field the editor is shown: the most used, so the hint stays short. */
const SHOWN = 15;

/** The most used value spellings first; ties alphabetically. */
function mostUsed(values: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))
    .slice(0, SHOWN)
    .map(([value]) => value);
}

/**
 * Tags, countries and bylines already in use, by field, for the CMS to offer: editors
 * reuse a spelling instead of starting a near-duplicate term.
 */
export function termsInUse(briefs: readonly Brief[]): Map<string, string[]> {
  return new Map([
    ["tags", mostUsed(briefs.flatMap((brief) => brief.tags))],
    ["countries", mostUsed(briefs.flatMap((brief) => brief.countries))],
    ["authors", mostUsed(briefs.flatMap((brief) => brief.authors))],
  ]);
}
