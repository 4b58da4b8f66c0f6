import { isoInTimeZone, parseContentDate } from "../lib/dates.ts";

/**
 * Scheduled publishing and expiry. A brief goes live at `publishAt`, else at `date` (a
 * future `date` schedules too), and comes down at `expires`. Every moment is an instant:
 * a value with a time and offset means exactly that; a date without a time means midday
 * UTC of that day (how `parseContentDate` reads it), 07:00 in Bogotá, so it goes live on
 * that calendar day in every time zone from UTC-11 to UTC+11.
 *
 * A static site only changes when it is built, so "now" is the build's time: a scheduled
 * brief appears with the first build after its moment (see docs/deploy.md on scheduled builds).
 */

/** The schedule fields of a brief's front matter. */
export interface ScheduleFields {
  date: Date;
  publishAt?: Date | undefined;
  expires?: Date | undefined;
}

/** `live` between its publish moment (inclusive) and its expiry (exclusive); `scheduled` before; `expired` after. */
export type ScheduleState = "scheduled" | "live" | "expired";

/** The moment the brief goes live: `publishAt`, else `date`. */
export function liveAt(fields: ScheduleFields): Date {
  return fields.publishAt ?? fields.date;
}

export function scheduleState(fields: ScheduleFields, now: Date): ScheduleState {
  if (fields.expires && now.getTime() >= fields.expires.getTime()) return "expired";
  return now.getTime() < liveAt(fields).getTime() ? "scheduled" : "live";
}

/** The first publish or expiry after `now` among `briefs`, when a later build will change the site. */
export function nextScheduledChange(briefs: readonly ScheduleFields[], now: Date): Date | undefined {
  let next: number | undefined;
  for (const brief of briefs) {
    for (const moment of [liveAt(brief), brief.expires]) {
      const time = moment?.getTime();
      if (time !== undefined && time > now.getTime() && (next === undefined || time < next)) next = time;
    }
  }
  return next === undefined ? undefined : new Date(next);
}

/** The line the build prints, in the newsroom's time zone, so editors can check their schedule. */
export function nextChangeLine(next: Date | undefined, timeZone: string): string {
  return next
    ? `Next scheduled change: ${isoInTimeZone(next, timeZone)} (${timeZone}); build again then for it to show.`
    : "Next scheduled change: none (no brief is waiting to go live or to expire).";
}

/**
 * The build's "now": `DISPATCH_NOW` from the environment when set (tests, and editors who
 * want to preview the site as it will be at a given moment), else the clock.
 */
export function scheduleNow(env: Record<string, string | undefined>, clock: () => Date = () => new Date()): Date {
  const value = env["DISPATCH_NOW"];
  if (value === undefined || value.trim() === "") return clock();
  const parsed = parseContentDate(value);
  if (typeof parsed === "string") {
    throw new Error(
      `DISPATCH_NOW in the environment: ${parsed}; expected YYYY-MM-DD or an ISO date-time with offset, e.g. 2026-12-05T07:00:00-05:00`,
    );
  }
  return parsed;
}
