import { isoInTimeZone, parseContentDate } from "../lib/dates.ts";
import { site } from "../site.config.ts";

/**
 * Scheduled publishing and expiry. A brief goes live at `publishAt`, else at `date` (a
 * future `date` schedules too, from the start of its day in the site's time zone), and
 * comes down at `expires`. `publishAt` and `expires` are instants: with a time and offset,
 * exactly that; a date without a time is midday UTC of that day (how `parseContentDate`
 * reads it), so give them a time.
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

/** The first instant of the calendar day that `value` falls on in `timeZone`. */
export function startOfDay(value: Date, timeZone: string): Date {
  const midnightUtc = Date.parse(`${isoInTimeZone(value, timeZone).slice(0, 10)}T00:00:00Z`);
  // The zone's offset at midnight UTC, then at the instant found, for a day a DST change starts.
  let start = midnightUtc - offsetMilliseconds(new Date(midnightUtc), timeZone);
  start = midnightUtc - offsetMilliseconds(new Date(start), timeZone);
  return new Date(start);
}

/** How far `timeZone`'s clock is ahead of UTC at `at`. */
function offsetMilliseconds(at: Date, timeZone: string): number {
  const [, sign = "+", hours = "0", minutes = "0"] = /([+-])(\d\d):(\d\d)$/.exec(isoInTimeZone(at, timeZone)) ?? [];
  return (sign === "-" ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) * 60_000;
}

/**
 * The moment the brief goes live: `publishAt` exactly, else the start of `date`'s day in
 * the site's time zone, so that a brief dated today is live all day (a date without a time
 * is read as midday UTC, which would hold it back until 07:00 in Bogotá, or 21:00 in Tokyo).
 */
export function liveAt(fields: ScheduleFields, timeZone: string = site.timeZone): Date {
  return fields.publishAt ?? startOfDay(fields.date, timeZone);
}

export function scheduleState(fields: ScheduleFields, now: Date, timeZone: string = site.timeZone): ScheduleState {
  if (fields.expires && now.getTime() >= fields.expires.getTime()) return "expired";
  return now.getTime() < liveAt(fields, timeZone).getTime() ? "scheduled" : "live";
}

/** The first publish or expiry after `now` among `briefs`, when a later build will change the site. */
export function nextScheduledChange(
  briefs: readonly ScheduleFields[],
  now: Date,
  timeZone: string = site.timeZone,
): Date | undefined {
  let next: number | undefined;
  for (const brief of briefs) {
    for (const moment of [liveAt(brief, timeZone), brief.expires]) {
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
