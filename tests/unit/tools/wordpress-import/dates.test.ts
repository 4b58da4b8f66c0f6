import { describe, expect, it } from "vitest";
import { parseContentDate } from "../../../../src/lib/dates.ts";
import { postDate, zoneOffsetMinutes } from "../../../../tools/wordpress-import/dates.ts";

describe("postDate", () => {
  it("takes the offset from post_date and post_date_gmt", () => {
    const date = postDate("2010-10-05 00:27:25", "2010-10-05 07:27:25", "UTC");
    expect(date).toMatchObject({ iso: "2010-10-05T00:27:25-07:00", year: 2010 });
    expect(typeof date !== "string" && date.instant.toISOString()).toBe("2010-10-05T07:27:25.000Z");
  });

  it("keeps half-hour and positive offsets", () => {
    expect(postDate("2020-01-01 05:30:00", "2020-01-01 00:00:00", "UTC")).toMatchObject({
      iso: "2020-01-01T05:30:00+05:30",
    });
  });

  it("places a post published just after midnight local time in its local year", () => {
    expect(postDate("2013-01-01 00:10:00", "2013-01-01 05:10:00", "UTC")).toMatchObject({
      year: 2013,
      iso: "2013-01-01T00:10:00-05:00",
    });
    expect(postDate("2012-12-31 23:50:00", "2013-01-01 04:50:00", "UTC")).toMatchObject({ year: 2012 });
  });

  it("reads a local time in the site's zone when the GMT date is missing, with summer time", () => {
    expect(postDate("2013-04-09 11:20:39", "0000-00-00 00:00:00", "America/Los_Angeles")).toMatchObject({
      iso: "2013-04-09T11:20:39-07:00",
    });
    expect(postDate("2013-01-09 11:20:39", "", "America/Los_Angeles")).toMatchObject({
      iso: "2013-01-09T11:20:39-08:00",
    });
    expect(postDate("2013-01-09 11:20:39", "", "America/Bogota")).toMatchObject({ iso: "2013-01-09T11:20:39-05:00" });
  });

  it("falls back to the zone when the two dates differ by an impossible offset", () => {
    expect(postDate("2013-01-09 11:20:39", "2013-01-09 11:13:00", "UTC")).toMatchObject({
      iso: "2013-01-09T11:20:39+00:00",
    });
  });

  it("writes dates the site's own parser accepts as the same instant", () => {
    const date = postDate("2018-10-20 20:03:48", "2018-10-21 03:03:48", "UTC");
    if (typeof date === "string") throw new Error(date);
    expect(parseContentDate(date.iso)).toEqual(date.instant);
  });

  it.each([
    ["2013-02-30 10:00:00", "", /no day 30/],
    ["2013-13-01 10:00:00", "", /no month 13/],
    ["2013-01-01 24:00:00", "", /impossible time/],
    ["0000-00-00 00:00:00", "", /has no date/],
    ["yesterday", "", /not a WordPress date/],
    ["2013-01-01 10:00:00", "2013-01-32 10:00:00", /post_date_gmt .*no day 32/],
  ])("rejects post_date %s (gmt %s)", (local, gmt, message) => {
    const result = postDate(local, gmt, "UTC");
    expect(typeof result).toBe("string");
    expect(result).toMatch(message);
  });
});

describe("zoneOffsetMinutes", () => {
  it("knows summer and winter offsets", () => {
    expect(zoneOffsetMinutes("Europe/Madrid", Date.UTC(2020, 6, 1))).toBe(120);
    expect(zoneOffsetMinutes("Europe/Madrid", Date.UTC(2020, 0, 1))).toBe(60);
  });
});
