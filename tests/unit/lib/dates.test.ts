import { describe, expect, it } from "vitest";
import { parseContentDate } from "../../../src/lib/dates.ts";

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
