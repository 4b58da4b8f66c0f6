import { dateTimeFormat } from "../lib/intl.ts";

/** A calendar month of the archive, with its items in the order they were given. */
export interface ArchiveMonth<T> {
  year: number;
  /** 1 = January. */
  month: number;
  items: T[];
}

export interface ArchiveYear<T> {
  year: number;
  count: number;
  /** Newest month first. */
  months: ArchiveMonth<T>[];
}

/**
 * Year and month of `date` on the newsroom's calendar: a brief published at 22:00 in
 * Bogotá on 31 October belongs to October, although it is already November in UTC.
 */
export function calendarMonth(date: Date, timeZone: string): { year: number; month: number } {
  const parts = dateTimeFormat("en-US", { timeZone, year: "numeric", month: "numeric" }).formatToParts(date);
  const part = (type: "year" | "month") => Number(parts.find((p) => p.type === type)?.value);
  return { year: part("year"), month: part("month") };
}

/**
 * Groups items by year and month, newest year and month first. Items keep their given
 * order inside a month, so a newest-first list stays newest first.
 */
export function archiveYears<T extends { date: Date }>(items: readonly T[], timeZone: string): ArchiveYear<T>[] {
  const months = new Map<string, ArchiveMonth<T>>();
  for (const item of items) {
    const { year, month } = calendarMonth(item.date, timeZone);
    const key = `${year}-${month}`;
    let group = months.get(key);
    if (!group) months.set(key, (group = { year, month, items: [] }));
    group.items.push(item);
  }
  const years = new Map<number, ArchiveYear<T>>();
  const newestFirst = [...months.values()].sort((a, b) => b.year - a.year || b.month - a.month);
  for (const group of newestFirst) {
    let year = years.get(group.year);
    if (!year) years.set(group.year, (year = { year: group.year, count: 0, months: [] }));
    year.months.push(group);
    year.count += group.items.length;
  }
  return [...years.values()];
}
