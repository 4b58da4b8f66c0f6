import { describe, expect, it } from "vitest";
import { searchShardFolder, searchShards } from "../../../src/model/search-shards.ts";

/** `count` briefs dated in `year`, named `<year>-<n>`. */
const briefsOf = (year: number, count: number) =>
  Array.from({ length: count }, (_, n) => ({ id: `${year}-${n}`, date: new Date(Date.UTC(year, 5, 1 + n)) }));

const summary = (shards: ReturnType<typeof searchShards<{ id: string; date: Date }>>) =>
  shards.map((shard) => [shard.key, shard.briefs.length]);

describe("searchShards", () => {
  it("puts a small archive in one shard named by its years", () => {
    const briefs = [...briefsOf(2024, 3), ...briefsOf(2020, 2)];
    expect(summary(searchShards(briefs, 5000))).toEqual([["2020-2024", 5]]);
    expect(summary(searchShards(briefsOf(2026, 2), 5000))).toEqual([["2026", 2]]);
  });

  it("closes a shard at the first whole year that brings it to the size, newest shard first", () => {
    const briefs = [
      ...briefsOf(2010, 2),
      ...briefsOf(2011, 2),
      ...briefsOf(2012, 5),
      ...briefsOf(2013, 1),
      ...briefsOf(2014, 1),
    ];
    expect(summary(searchShards(briefs, 4))).toEqual([
      ["2013-2014", 2],
      ["2012", 5],
      ["2010-2011", 4],
    ]);
  });

  it("keeps the given order inside each shard", () => {
    const briefs = [...briefsOf(2021, 2), ...briefsOf(2020, 2)].reverse();
    const [shard] = searchShards(briefs, 10);
    expect(shard?.briefs.map((brief) => brief.id)).toEqual(briefs.map((brief) => brief.id));
  });

  it("changes only the newest shard when briefs are published in the current year", () => {
    const archive = [...briefsOf(2018, 3), ...briefsOf(2019, 3), ...briefsOf(2020, 1)];
    const before = searchShards(archive, 3);
    const after = searchShards([...archive, ...briefsOf(2020, 4)], 3);
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(summary(after)).toEqual([
      ["2020", 5],
      ["2019", 3],
      ["2018", 3],
    ]);
  });

  it("has no shard for no briefs", () => {
    expect(searchShards([], 10)).toEqual([]);
  });

  it("gives each shard a folder of its own under pagefind/", () => {
    expect(searchShardFolder("2010-2014")).toBe("pagefind/2010-2014/");
  });
});
