import { describe, expect, it } from "vitest";
import { expiredNotice } from "../../../src/model/expired-notice.ts";
import { makeBrief } from "../../helpers/make-brief.ts";

describe("expiredNotice", () => {
  it("stays at the brief's URL and says when it was published and taken down, in the site's calendar", () => {
    const brief = makeBrief("gone", { date: "2026-11-01", expires: "2026-12-01T02:00:00Z" });
    const notice = expiredNotice(brief, "America/Bogota");
    expect(notice.path).toBe("/news/brief/gone/");
    expect(notice.title).toBe("This brief is no longer available");
    // 02:00 UTC on 1 December is still 30 November in Bogotá.
    expect(notice.text).toBe("“Brief gone”, published on 1 Nov 2026, was taken down on 30 Nov 2026.");
  });

  it("speaks the brief's language", () => {
    const brief = makeBrief("ido", { lang: "es", date: "2026-11-01", expires: "2026-12-02" });
    const notice = expiredNotice(brief, "America/Bogota");
    expect(notice.path).toBe("/es/news/brief/ido/");
    expect(notice.text).toContain("fue retirado el 2 dic 2026");
  });
});
