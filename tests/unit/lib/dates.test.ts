import { describe, expect, it } from "vitest";
import { isKnownTimeZone, isoDay, isoInTimeZone, parseContentDate } from "../../../src/lib/dates.ts";

describe("parseContentDate", () => {
  it("reads a date-only value as midday UTC of that day", () => {
    expect(parseContentDate("2012-10-16")).toEqual(new Date("2012-10-16T12:00:00Z"));
  });

  it("keeps the offset of a date-time", () => {
    expect(parseContentDate("2012-10-16T09:30:00-05:00")).toEqual(new Date("2012-10-16T14:30:00Z"));
    expect(parseContentDate("2012-10-16T09:30Z")).toEqual(new Date("2012-10-16T09:30:00Z"));
  });

  it.each([
    ["2024-13-45", /no month 13/],
    ["2024-02-30", /no day 30/],
    ["2023-02-29", /no day 29/],
    ["2012-10-16T25:00:00Z", /impossible time/],
    ["16/10/2012", /not a date/],
    ["2012-10-16T09:30:00", /not a date/],
  ])("rejects %s", (value, message) => {
    const result = parseContentDate(value);
    expect(typeof result).toBe("string");
    expect(result).toMatch(message);
  });

  it("accepts 29 February in a leap year", () => {
    expect(parseContentDate("2024-02-29")).toEqual(new Date("2024-02-29T12:00:00Z"));
  });
});

describe("isoInTimeZone", () => {
  it("writes the instant in the zone's wall-clock time with that zone's offset", () => {
    const instant = new Date("2012-10-16T12:00:00Z");
    expect(isoInTimeZone(instant, "America/Bogota")).toBe("2012-10-16T07:00:00-05:00");
    expect(isoInTimeZone(instant, "Asia/Kolkata")).toBe("2012-10-16T17:30:00+05:30");
    expect(isoInTimeZone(instant, "UTC")).toBe("2012-10-16T12:00:00+00:00");
  });

  it("follows daylight saving time and crosses midnight correctly", () => {
    expect(isoInTimeZone(new Date("2024-03-31T01:30:00Z"), "Europe/Madrid")).toBe("2024-03-31T03:30:00+02:00");
    expect(isoInTimeZone(new Date("2024-01-01T02:00:00Z"), "America/Mexico_City")).toBe("2023-12-31T20:00:00-06:00");
  });
});

describe("isoDay", () => {
  it("is the UTC calendar day of the instant", () => {
    expect(isoDay(new Date("2012-10-16T12:00:00Z"))).toBe("2012-10-16");
    expect(isoDay(new Date("2012-10-16T23:30:00-05:00"))).toBe("2012-10-17");
  });
});

describe("isKnownTimeZone", () => {
  it("knows IANA zone names and UTC, not made-up ones or offsets written as names", () => {
    expect(isKnownTimeZone("America/Bogota")).toBe(true);
    expect(isKnownTimeZone("UTC")).toBe(true);
    expect(isKnownTimeZone("America/Valdoria")).toBe(false);
    expect(isKnownTimeZone("")).toBe(false);
  });
});
