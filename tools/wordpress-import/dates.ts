import { dateTimeFormat } from "../../src/lib/intl.ts";

/** A wall-clock time as WordPress stores it (`2012-10-16 09:30:00`), without a zone. */
interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** A post's date, ready for front matter. */
export interface PostDate {
  /** ISO date-time with the offset WordPress used: `2012-10-16T09:30:00-05:00`. */
  iso: string;
  /** Calendar year of the local date, for the `<yyyy>/` folder. */
  year: number;
  /** The instant, for comparisons. */
  instant: Date;
}

const WORDPRESS_DATE = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;
/** WordPress writes this for "no date", e.g. the GMT date of a draft never saved with one. */
const ZERO_DATE = /^0000-00-00(?:[ T]00:00(?::00)?)?$/;

export function isEmptyWordPressDate(value: string): boolean {
  return value.trim() === "" || ZERO_DATE.test(value.trim());
}

/**
 * Reads `YYYY-MM-DD HH:MM:SS` strictly: `2013-02-30 10:00:00` is an error, not 2 March.
 * Returns the wall clock or a sentence saying what is wrong.
 */
export function parseWallClock(value: string): WallClock | string {
  const match = WORDPRESS_DATE.exec(value.trim());
  if (!match) return `"${value}" is not a WordPress date (YYYY-MM-DD HH:MM:SS)`;
  // An optional group that did not match (the seconds) is undefined, whatever RegExpExecArray's type says.
  const parts: (string | undefined)[] = match.slice(1);
  const [year, month, day, hour, minute, second = 0] = parts.map((part) => Number(part ?? 0));
  const clock = { year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second: second };
  if (clock.month < 1 || clock.month > 12) return `"${value}" has no month ${clock.month}`;
  const daysInMonth = new Date(Date.UTC(clock.year, clock.month, 0)).getUTCDate();
  if (clock.day < 1 || clock.day > daysInMonth) return `"${value}" has no day ${clock.day} in that month`;
  if (clock.hour > 23 || clock.minute > 59 || clock.second > 59) return `"${value}" has an impossible time of day`;
  return clock;
}

/** The wall clock read as if it were UTC: a number to subtract offsets from. */
function asUtcMillis(clock: WallClock): number {
  return Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
}

/** Offset of an IANA zone at an instant, in minutes east of UTC. */
export function zoneOffsetMinutes(timeZone: string, instant: number): number {
  const parts = dateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const local = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return Math.round((local - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * Offset that a local wall clock had in a zone. Around a change to summer time an hour is
 * skipped or repeated; the offset before the change wins, as WordPress's own code does.
 */
function offsetForWallClock(clock: WallClock, timeZone: string): number {
  const guess = asUtcMillis(clock);
  const first = zoneOffsetMinutes(timeZone, guess);
  const second = zoneOffsetMinutes(timeZone, guess - first * 60_000);
  return first === second ? first : Math.max(first, second);
}

/** `+05:30`, `-07:00`, `+00:00`. */
function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const absolute = Math.abs(minutes);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

function formatLocal(clock: WallClock, offsetMinutes: number): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  const date = `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}`;
  return `${date}T${pad(clock.hour)}:${pad(clock.minute)}:${pad(clock.second)}${formatOffset(offsetMinutes)}`;
}

/** Real-world UTC offsets are whole quarter hours between -12:00 and +14:00. */
function isPlausibleOffset(minutes: number): boolean {
  return minutes % 15 === 0 && minutes >= -12 * 60 && minutes <= 14 * 60;
}

/**
 * The date of a post as WordPress showed it, with its offset.
 *
 * WordPress stores the local wall clock (`post_date`) and the same instant in UTC
 * (`post_date_gmt`); their difference is the offset the site had when the post was saved,
 * so the file shows the time readers saw. When the GMT date is missing (drafts) the local
 * time is read in `timeZone`, the WordPress site's zone.
 *
 * Returns the date, or a sentence saying why it is impossible.
 */
export function postDate(local: string, gmt: string, timeZone: string): PostDate | string {
  if (isEmptyWordPressDate(local)) return "has no date (post_date is empty)";
  const clock = parseWallClock(local);
  if (typeof clock === "string") return `post_date ${clock}`;
  let offset: number | undefined;
  if (!isEmptyWordPressDate(gmt)) {
    const utc = parseWallClock(gmt);
    if (typeof utc === "string") return `post_date_gmt ${utc}`;
    const difference = Math.round((asUtcMillis(clock) - asUtcMillis(utc)) / 60_000);
    if (isPlausibleOffset(difference)) offset = difference;
  }
  offset ??= offsetForWallClock(clock, timeZone);
  return {
    iso: formatLocal(clock, offset),
    year: clock.year,
    instant: new Date(asUtcMillis(clock) - offset * 60_000),
  };
}
