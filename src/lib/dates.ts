import { dateTimeFormat } from "./intl.ts";

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses a front-matter date strictly. Returns the Date, or a sentence saying what is
 * wrong: JavaScript's own parsers roll `2024-13-45` over into 2025, which would publish a
 * brief under the wrong date without anyone noticing.
 *
 * A date without a time becomes midday UTC, so it falls on the same calendar day in every
 * time zone from UTC-11 to UTC+11.
 */
export function parseContentDate(value: string): Date | string {
  const text = value.trim();
  const match = DATE_ONLY.exec(text) ?? DATE_TIME.exec(text);
  if (!match) return `"${value}" is not a date`;
  const [year = "", month = "", day = "", hour = "12", minute = "00", second = "00"] = match.slice(1, 7);
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12) return `"${value}" has no month ${m}`;
  if (d < 1 || d > daysInMonth(y, m)) return `"${value}" has no day ${d} in that month`;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) {
    return `"${value}" has an impossible time of day`;
  }
  if (!match[7]) return new Date(Date.UTC(y, m - 1, d, 12));
  const offset = match[7] === "Z" ? "Z" : match[7].replace(/^([+-]\d{2}):?(\d{2})$/, "$1:$2");
  const iso = `${year}-${month}-${day}T${hour}:${minute}:${second}${offset}`;
  const parsed = new Date(iso);
  return Number.isNaN(parsed.getTime()) ? `"${value}" is not a date` : parsed;
}

/** `2012-10-16` style key in UTC, for archives and `<time datetime>` of date-only values. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * RFC 3339 date-time in a named time zone, with that zone's offset at that instant:
 * `2012-10-16T07:00:00-05:00`. Feeds use it so readers see the newsroom's own clock.
 */
export function isoInTimeZone(date: Date, timeZone: string): string {
  const parts = new Map(
    dateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      timeZoneName: "longOffset",
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  const zone = parts.get("timeZoneName") ?? "GMT";
  const offset = zone === "GMT" ? "+00:00" : zone.replace(/^GMT/, "");
  const day = `${parts.get("year")}-${parts.get("month")}-${parts.get("day")}`;
  return `${day}T${parts.get("hour")}:${parts.get("minute")}:${parts.get("second")}${offset}`;
}

/** True if the zone name is one this Node knows (`America/Bogota`, `UTC`). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The year of the build, in UTC: the footer's copyright line. */
export function currentYear(): number {
  return new Date().getUTCFullYear();
}
