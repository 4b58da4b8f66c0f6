import { describe, expect, it } from "vitest";
import {
  byNewest,
  expiredBriefs,
  publishedBriefs,
  toBrief,
  topicLabel,
  type BriefEntry,
} from "../../../src/model/briefs.ts";
import { briefSchema } from "../../../src/schemas/brief.ts";

/** The build's time in these tests: 04:00 in Bogotá on 3 December 2026. */
const NOW = new Date("2026-12-03T09:00:00Z");

function entry(id: string, frontMatter: Record<string, unknown> = {}, firstParagraph?: string): BriefEntry {
  return {
    id,
    filePath: `content/briefs/2012/${id}.md`,
    data: briefSchema.parse({ title: `Brief ${id}`, date: "2012-10-16", ...frontMatter }),
    rendered: firstParagraph === undefined ? undefined : { metadata: { firstParagraph } },
  };
}

describe("toBrief", () => {
  it("takes its slug from the file name and fills the defaults pages rely on", () => {
    const brief = toBrief(entry("peru-bases", {}, "Peru will install ten bases."), "Desk");
    expect(brief).toMatchObject({
      id: "peru-bases",
      slug: "peru-bases",
      filePath: "content/briefs/2012/peru-bases.md",
      authors: ["Desk"],
      summary: "Peru will install ten bases.",
      modified: new Date("2012-10-16T12:00:00Z"),
    });
  });

  it("keeps the brief's own authors and summary, and dates the last change by `updated`", () => {
    const brief = toBrief(
      entry("a", { authors: ["Ana"], summary: "Own summary.", updated: "2012-11-01" }, "First paragraph."),
      "Desk",
    );
    expect([brief.authors, brief.summary, brief.modified]).toEqual([
      ["Ana"],
      "Own summary.",
      new Date("2012-11-01T12:00:00Z"),
    ]);
  });

  it("has an empty summary when there is neither a summary nor a first paragraph", () => {
    expect(toBrief(entry("a"), "Desk").summary).toBe("");
  });
});

describe("byNewest", () => {
  it("sorts newest first and breaks a tie by slug", () => {
    const briefs = [
      { slug: "b", date: new Date("2012-10-16") },
      { slug: "c", date: new Date("2013-01-01") },
      { slug: "a", date: new Date("2012-10-16") },
    ];
    expect(briefs.sort(byNewest).map((brief) => brief.slug)).toEqual(["c", "a", "b"]);
  });
});

describe("publishedBriefs", () => {
  const entries = [
    entry("old", { date: "2011-01-01" }),
    entry("draft", { draft: true, date: "2013-01-01" }),
    entry("spanish", { lang: "es", date: "2012-06-01" }),
    entry("new", { date: "2012-12-01" }),
  ];

  it("leaves drafts out of a production build, newest first", () => {
    const slugs = publishedBriefs(entries, { defaultAuthor: "Desk", includeDrafts: false, now: NOW }).map(
      (brief) => brief.slug,
    );
    expect(slugs).toEqual(["new", "spanish", "old"]);
  });

  it("keeps drafts where asked (the dev server) and can keep one language", () => {
    const all = publishedBriefs(entries, { defaultAuthor: "Desk", includeDrafts: true, now: NOW });
    expect(all.map((brief) => brief.slug)).toEqual(["draft", "new", "spanish", "old"]);
    const spanish = publishedBriefs(entries, { defaultAuthor: "Desk", includeDrafts: false, now: NOW, lang: "es" });
    expect(spanish.map((brief) => brief.slug)).toEqual(["spanish"]);
  });
});

describe("scheduled and expired briefs", () => {
  const entries = [
    entry("live", { date: "2026-12-01" }),
    entry("future-date", { date: "2026-12-10" }),
    entry("publish-later", { date: "2026-12-01", publishAt: "2026-12-03T05:00:00-05:00" }),
    entry("gone", { date: "2026-11-01", expires: "2026-12-02T23:59:00-05:00" }),
    entry("expiring-draft", { date: "2026-11-01", expires: "2026-12-02", draft: true }),
  ];
  const production = { defaultAuthor: "Desk", includeDrafts: false, now: NOW };

  it("leaves a future date, a later publishAt and an expired brief out of a production build", () => {
    expect(publishedBriefs(entries, production).map((brief) => brief.slug)).toEqual(["live"]);
  });

  it("shows scheduled briefs in the dev server, marked with when they go live (a date-only date: as its day starts in Bogotá); never expired ones", () => {
    const dev = publishedBriefs(entries, { ...production, includeDrafts: true });
    expect(dev.map((brief) => [brief.slug, brief.scheduledFor?.toISOString()])).toEqual([
      ["future-date", "2026-12-10T05:00:00.000Z"],
      ["live", undefined],
      ["publish-later", "2026-12-03T10:00:00.000Z"],
    ]);
  });

  it("gives expired briefs, and no expired draft, a notice page", () => {
    expect(expiredBriefs(entries, production).map((brief) => brief.slug)).toEqual(["gone"]);
  });
});

describe("topicLabel", () => {
  it("is the primary country, else the first tag, else nothing", () => {
    expect(topicLabel({ countries: ["Peru", "Bolivia"], tags: ["Coca"] })).toBe("Peru");
    expect(topicLabel({ countries: [], tags: ["Coca", "Ports"] })).toBe("Coca");
    expect(topicLabel({ countries: [], tags: [] })).toBeUndefined();
  });
});
