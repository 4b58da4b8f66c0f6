/**
 * The parts ("shards") the search index is split into. Pagefind has no incremental mode, and
 * indexing grows faster than the number of pages (10,000 briefs ~20 s, 50,000 ~160 s), so one
 * index for a whole archive makes every edit re-index everything. Shards are whole years:
 * going from the oldest year, years join a shard until it holds at least `size` briefs. A
 * shard's years depend only on the counts of its own and older years, so publishing in the
 * current year changes only the newest shard, and editing an old brief only its own.
 * Years are UTC calendar years of each brief's `date`: any fixed rule would do, this one
 * needs no time zone.
 */
export interface SearchShard<T> {
  /** `2019` or `2010-2014`: the shard's folder under `pagefind/` and its value of the `shard` filter. */
  key: string;
  /** Its briefs, in the order they were given. */
  briefs: T[];
}

/** The shards of `briefs`, newest first (the search page loads the first and merges the others into it). */
export function searchShards<T extends { date: Date }>(briefs: readonly T[], size: number): SearchShard<T>[] {
  const yearOf = (brief: T) => brief.date.getUTCFullYear();
  const perYear = new Map<number, number>();
  for (const brief of briefs) perYear.set(yearOf(brief), (perYear.get(yearOf(brief)) ?? 0) + 1);
  const years = [...perYear.keys()].sort((a, b) => a - b);
  const shardOfYear = new Map<number, SearchShard<T>>();
  const shards: SearchShard<T>[] = [];
  let open: number[] = [];
  let count = 0;
  for (const year of years) {
    open.push(year);
    count += perYear.get(year)!;
    if (count < size && year !== years.at(-1)) continue;
    const shard = { key: open.length === 1 ? String(year) : `${open[0]}-${year}`, briefs: [] };
    for (const member of open) shardOfYear.set(member, shard);
    shards.push(shard);
    open = [];
    count = 0;
  }
  for (const brief of briefs) shardOfYear.get(yearOf(brief))!.briefs.push(brief);
  return shards.reverse();
}

/** The folder of a shard's index, relative to the site's root. */
export function searchShardFolder(key: string): string {
  return `pagefind/${key}/`;
}
