import { describe, expect, it } from "vitest";
import {
  correctedBriefs,
  correctionsFeed,
  correctionsInOrder,
  correctionsPage,
  lastCorrected,
} from "../../../src/model/corrections.ts";
import { briefSchema } from "../../../src/schemas/brief.ts";
import { makeBrief } from "../../helpers/make-brief.ts";

const twice = makeBrief("twice", {
  date: "2024-01-01",
  corrections: [
    { date: "2024-03-01", text: "The second correction." },
    { date: "2024-02-01", text: "The first correction." },
  ],
});
const once = makeBrief("once", { date: "2024-02-10", corrections: [{ date: "2024-02-15", text: "Only one." }] });
const never = makeBrief("never", { date: "2024-04-01" });
const spanish = makeBrief("espanol", { lang: "es", corrections: [{ date: "2024-05-01", text: "Una corrección." }] });

describe("correctionsInOrder", () => {
  it("lists a brief's corrections in the order they happened, whatever order the file gives", () => {
    expect(correctionsInOrder(twice).map((correction) => correction.text)).toEqual([
      "The first correction.",
      "The second correction.",
    ]);
    expect(lastCorrected(twice)?.toISOString()).toBe("2024-03-01T12:00:00.000Z");
    expect(lastCorrected(never)).toBeUndefined();
  });
});

describe("the page's last change", () => {
  it("follows the latest correction when it is later than `updated`, and `updated` when that is later", () => {
    expect(twice.modified.toISOString()).toBe("2024-03-01T12:00:00.000Z");
    const updatedLater = makeBrief("u", { updated: "2024-06-01", corrections: [{ date: "2024-03-01", text: "x" }] });
    expect(updatedLater.modified.toISOString()).toBe("2024-06-01T12:00:00.000Z");
  });
});

describe("correctedBriefs", () => {
  it("keeps only corrected briefs, the most recently corrected first", () => {
    expect(correctedBriefs([never, once, twice]).map((brief) => brief.slug)).toEqual(["twice", "once"]);
  });
});

describe("correctionsPage", () => {
  it("lists one language's corrected briefs, each with its corrections newest first, and offers the feed", () => {
    const page = correctionsPage("en", [never, once, twice, spanish]);
    expect(page.path).toBe("/corrections/");
    expect(page.items.map((item) => [item.brief.slug, item.corrections.map((c) => c.text)])).toEqual([
      ["twice", ["The second correction.", "The first correction."]],
      ["once", ["Only one."]],
    ]);
    expect(page.feed.href).toBe("/corrections/rss.xml");
    expect(correctionsPage("es", [twice, spanish]).items.map((item) => item.brief.slug)).toEqual(["espanol"]);
    expect(correctionsPage("es", []).path).toBe("/es/corrections/");
  });
});

describe("correctionsFeed", () => {
  it("has one entry per correction, newest first, each with its own link into the brief", () => {
    const feed = correctionsFeed("en", [never, once, twice]);
    expect(feed.entries.map((entry) => [entry.summary, entry.url, entry.published.toISOString()])).toEqual([
      [
        "The second correction.",
        "https://insightcrime.example.org/news/brief/twice/#correction-2",
        "2024-03-01T12:00:00.000Z",
      ],
      ["Only one.", "https://insightcrime.example.org/news/brief/once/#correction-1", "2024-02-15T12:00:00.000Z"],
      [
        "The first correction.",
        "https://insightcrime.example.org/news/brief/twice/#correction-1",
        "2024-02-01T12:00:00.000Z",
      ],
    ]);
    expect(feed.entries[0]?.title).toBe("Corrections: Brief twice");
    expect(feed.selfUrls.rss).toBe("https://insightcrime.example.org/corrections/rss.xml");
  });
});

describe("corrections in front matter", () => {
  const parse = (corrections: unknown) => briefSchema.safeParse({ title: "A", date: "2024-01-01", corrections });

  it("fails with the field's path and the expected date format on a wrong date", () => {
    const issue = parse([{ date: "2024-02-30", text: "x" }]).error?.issues[0];
    expect(issue?.path).toEqual(["corrections", 0, "date"]);
    expect(issue?.message).toContain("expected YYYY-MM-DD");
  });

  it("fails on an empty text, naming it", () => {
    const issue = parse([{ date: "2024-02-01", text: "  " }]).error?.issues[0];
    expect(issue?.path).toEqual(["corrections", 0, "text"]);
    expect(issue?.message).toBe("must not be empty (what was corrected)");
  });

  it("fails on a correction that is not a { date, text } object, and on an unknown field", () => {
    expect(parse(["typo fixed"]).error?.issues[0]?.message).toBe("must be an object with date and text");
    expect(parse([{ date: "2024-02-01", text: "x", by: "me" }]).error?.issues[0]?.path).toEqual(["corrections", 0]);
  });
});
