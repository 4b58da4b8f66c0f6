import { describe, expect, it } from "vitest";
import {
  liveAt,
  nextChangeLine,
  nextScheduledChange,
  scheduleNow,
  scheduleState,
} from "../../../src/model/schedule.ts";
import { briefSchema } from "../../../src/schemas/brief.ts";

/** Schedule fields exactly as the brief schema parses what an editor wrote. */
function fields(frontMatter: Record<string, unknown>) {
  return briefSchema.parse({ title: "A brief", date: "2026-01-01", ...frontMatter });
}

const at = (iso: string) => new Date(iso);

describe("scheduleState", () => {
  it("goes live at publishAt, to the millisecond, in the offset the editor wrote (Bogotá: UTC-5, no DST)", () => {
    const brief = fields({ publishAt: "2026-12-05T00:00:00-05:00" });
    expect(scheduleState(brief, at("2026-12-05T04:59:59.999Z"))).toBe("scheduled");
    expect(scheduleState(brief, at("2026-12-05T05:00:00.000Z"))).toBe("live");
  });

  it("schedules by a future date when there is no publishAt; a date-only value goes live as its day starts in the site's zone", () => {
    const brief = fields({ date: "2026-12-05" });
    expect(liveAt(brief, "America/Bogota").toISOString()).toBe("2026-12-05T05:00:00.000Z");
    expect(scheduleState(brief, at("2026-12-04T23:59:59-05:00"), "America/Bogota")).toBe("scheduled");
    // A brief dated today is live from the first minute of the newsroom's day…
    expect(scheduleState(brief, at("2026-12-05T00:00:00-05:00"), "America/Bogota")).toBe("live");
    // …east of UTC too, where midday UTC would have been the evening.
    expect(liveAt(brief, "Asia/Tokyo").toISOString()).toBe("2026-12-04T15:00:00.000Z");
  });

  it("finds the start of a day on which summer time begins (Madrid, 29 March 2026)", () => {
    expect(liveAt(fields({ date: "2026-03-29" }), "Europe/Madrid").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(liveAt(fields({ date: "2026-07-09" }), "Europe/Madrid").toISOString()).toBe("2026-07-08T22:00:00.000Z");
  });

  it("holds a brief back by its date's day, not its time; publishAt is the exact moment", () => {
    const dated = fields({ date: "2026-12-05T18:00:00-05:00" });
    expect(scheduleState(dated, at("2026-12-05T09:00:00-05:00"), "America/Bogota")).toBe("live");
    const exact = fields({ date: "2026-12-05", publishAt: "2026-12-05T18:00:00-05:00" });
    expect(scheduleState(exact, at("2026-12-05T09:00:00-05:00"), "America/Bogota")).toBe("scheduled");
    // 07:00 in Bogotá is 12:00 UTC, the instant a date without a time is read as: still exact.
    expect(liveAt(fields({ publishAt: "2026-12-05T07:00:00-05:00" })).toISOString()).toBe("2026-12-05T12:00:00.000Z");
  });

  it("expires at `expires` exactly, and an expiry wins over everything else", () => {
    const brief = fields({ date: "2026-11-01", expires: "2026-12-31T23:59:59-05:00" });
    expect(scheduleState(brief, at("2027-01-01T04:59:58Z"))).toBe("live");
    expect(scheduleState(brief, at("2027-01-01T04:59:59Z"))).toBe("expired");
  });

  it("keeps the same instant whatever zone the editor wrote it in (DST zone vs DST-free zone)", () => {
    // 9 July: Madrid is on summer time (UTC+2); Bogotá never changes (UTC-5).
    const madrid = fields({ publishAt: "2026-07-09T14:00:00+02:00" });
    const bogota = fields({ publishAt: "2026-07-09T07:00:00-05:00" });
    expect(liveAt(madrid).getTime()).toBe(liveAt(bogota).getTime());
  });
});

describe("the brief schema's schedule checks", () => {
  it("names the field and what it must be after when a brief would expire before it goes live", () => {
    const result = briefSchema.safeParse({ title: "A", date: "2026-12-05", expires: "2026-12-04" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["expires"]);
    expect(result.error?.issues[0]?.message).toContain("must be after date (2026-12-05T12:00:00.000Z)");
  });

  it("rejects an impossible publishAt with the expected format", () => {
    const result = briefSchema.safeParse({ title: "A", date: "2026-12-05", publishAt: "2026-02-30" });
    expect(result.error?.issues[0]?.path).toEqual(["publishAt"]);
    expect(result.error?.issues[0]?.message).toContain("has no day 30");
  });

  it("keeps the brief schema a plain object whose fields can be walked", () => {
    expect(Object.keys(briefSchema.shape)).toEqual(expect.arrayContaining(["publishAt", "expires", "corrections"]));
  });
});

describe("nextScheduledChange", () => {
  const now = at("2026-12-03T09:00:00Z");

  it("is the earliest publish or expiry still ahead", () => {
    const briefs = [
      fields({ date: "2026-12-01" }),
      fields({ date: "2026-12-01", expires: "2026-12-04T00:00:00Z" }),
      fields({ publishAt: "2026-12-03T20:00:00Z" }),
      fields({ date: "2026-12-01", expires: "2026-12-02T00:00:00Z" }),
    ];
    expect(nextScheduledChange(briefs, now)?.toISOString()).toBe("2026-12-03T20:00:00.000Z");
  });

  it("is nothing when nothing is waiting, and a moment equal to now has already happened", () => {
    expect(nextScheduledChange([fields({ publishAt: "2026-12-03T09:00:00Z" })], now)).toBeUndefined();
  });
});

describe("nextChangeLine", () => {
  it("prints the moment in the site's time zone", () => {
    expect(nextChangeLine(at("2026-12-05T12:00:00Z"), "America/Bogota")).toBe(
      "Next scheduled change: 2026-12-05T07:00:00-05:00 (America/Bogota); build again then for it to show.",
    );
    expect(nextChangeLine(at("2026-07-09T12:00:00Z"), "Europe/Madrid")).toContain("2026-07-09T14:00:00+02:00");
  });

  it("says so when nothing is scheduled", () => {
    expect(nextChangeLine(undefined, "UTC")).toMatch(/^Next scheduled change: none/);
  });
});

describe("scheduleNow", () => {
  const clock = () => at("2026-12-03T09:00:00Z");

  it("is DISPATCH_NOW when set, else the clock", () => {
    expect(scheduleNow({ DISPATCH_NOW: "2027-01-01T00:00:00-05:00" }, clock).toISOString()).toBe(
      "2027-01-01T05:00:00.000Z",
    );
    expect(scheduleNow({}, clock).toISOString()).toBe("2026-12-03T09:00:00.000Z");
    expect(scheduleNow({ DISPATCH_NOW: "" }, clock).toISOString()).toBe("2026-12-03T09:00:00.000Z");
  });

  it("names the variable and the expected format when DISPATCH_NOW is not a date", () => {
    expect(() => scheduleNow({ DISPATCH_NOW: "tomorrow" }, clock)).toThrow(
      /^DISPATCH_NOW in the environment: .*expected YYYY-MM-DD/,
    );
  });
});
