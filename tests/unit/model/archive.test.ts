import { describe, expect, it } from "vitest";
import { archiveYears, calendarMonth } from "../../../src/model/archive.ts";

const item = (id: string, iso: string) => ({ id, date: new Date(iso) });

describe("calendarMonth", () => {
  it("uses the newsroom's time zone, not UTC", () => {
    // 22:00 in Bogotá on 31 October is already 1 November in UTC.
    const late = new Date("2012-11-01T03:00:00Z");
    expect(calendarMonth(late, "America/Bogota")).toEqual({ year: 2012, month: 10 });
    expect(calendarMonth(late, "UTC")).toEqual({ year: 2012, month: 11 });
  });
});

describe("archiveYears", () => {
  const items = [
    item("c", "2013-01-05T12:00:00Z"),
    item("b2", "2012-10-20T12:00:00Z"),
    item("b1", "2012-10-16T12:00:00Z"),
    item("a", "2012-03-01T12:00:00Z"),
  ];

  it("groups by year and month, newest first, with counts", () => {
    const years = archiveYears(items, "America/Bogota");
    expect(years.map((year) => [year.year, year.count, year.months.map((month) => month.month)])).toEqual([
      [2013, 1, [1]],
      [2012, 3, [10, 3]],
    ]);
  });

  it("keeps the given order inside a month", () => {
    const october = archiveYears(items, "America/Bogota")[1]?.months[0];
    expect(october?.items.map((entry) => entry.id)).toEqual(["b2", "b1"]);
  });

  it("returns no years for no items", () => {
    expect(archiveYears([], "UTC")).toEqual([]);
  });
});
