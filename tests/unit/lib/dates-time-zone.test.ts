import { describe, expect, it } from "vitest";
import { isoInTimeZone } from "../../../src/lib/dates.ts";

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
