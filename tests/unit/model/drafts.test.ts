import { describe, expect, it } from "vitest";
import { buildVisibility, isBuilt } from "../../../src/model/drafts.ts";

const NOW = new Date("2026-12-03T09:00:00Z");
const production = { includeDrafts: false, now: NOW };
const dev = { includeDrafts: true, now: NOW };
const entry = (data: { draft?: boolean; date?: string; publishAt?: string; expires?: string }) => ({
  data: {
    draft: data.draft ?? false,
    date: new Date(data.date ?? "2026-01-01T00:00:00Z"),
    publishAt: data.publishAt === undefined ? undefined : new Date(data.publishAt),
    expires: data.expires === undefined ? undefined : new Date(data.expires),
  },
});

describe("isBuilt", () => {
  it("leaves drafts out unless drafts are asked for; published entries are always in", () => {
    const draft = entry({ draft: true });
    const published = entry({});
    expect(isBuilt(draft, production)).toBe(false);
    expect(isBuilt(draft, dev)).toBe(true);
    expect(isBuilt(published, production)).toBe(true);
    expect(isBuilt(published, dev)).toBe(true);
  });

  it("treats a brief scheduled for later like a draft", () => {
    const scheduled = entry({ publishAt: "2026-12-03T09:00:01Z" });
    expect(isBuilt(scheduled, production)).toBe(false);
    expect(isBuilt(scheduled, dev)).toBe(true);
  });
});

describe("buildVisibility", () => {
  it("gives an expired entry a notice at its URL, in every build, unless it is a draft in production", () => {
    const expired = entry({ expires: "2026-12-03T09:00:00Z" });
    expect(buildVisibility(expired, production)).toBe("expired-notice");
    expect(buildVisibility(expired, dev)).toBe("expired-notice");
    expect(buildVisibility(entry({ expires: "2026-12-01T00:00:00Z", draft: true }), production)).toBe("none");
  });

  it("builds the page of a live entry and nothing of a scheduled one in production", () => {
    expect(buildVisibility(entry({}), production)).toBe("page");
    expect(buildVisibility(entry({ date: "2026-12-05T00:00:00Z" }), production)).toBe("none");
  });
});
