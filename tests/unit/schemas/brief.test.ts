import { describe, expect, it } from "vitest";
import { briefSchema, organizationItemSchema } from "../../../src/schemas/brief.ts";

const minimal = { title: "A headline", date: "2012-10-16" };

function issuesOf(input: Record<string, unknown>): string[] {
  const result = briefSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("briefSchema", () => {
  it("fills defaults for a minimal brief", () => {
    const brief = briefSchema.parse(minimal);
    expect(brief).toMatchObject({
      title: "A headline",
      countries: [],
      tags: [],
      authors: [],
      lang: "en",
      draft: false,
      aliases: [],
    });
    expect(brief.date).toEqual(new Date("2012-10-16T12:00:00Z"));
    expect(brief.summary).toBeUndefined();
  });

  it.each(["./a.jpg", "../../media/2024/a.jpg", "a.png", "https://cdn.example.org/a.jpg"])(
    "accepts an image at %s, with caption and credit",
    (src) => {
      const brief = briefSchema.parse({ ...minimal, image: { src, alt: "A", caption: " On the quay ", credit: "B" } });
      expect(brief.image).toEqual({ src, alt: "A", caption: "On the quay", credit: "B" });
    },
  );

  it("accepts every documented field", () => {
    const brief = briefSchema.parse({
      ...minimal,
      date: "2012-10-16T09:30:00-05:00",
      updated: "2012-10-17",
      countries: ["Peru"],
      tags: ["Coca", "Narcotráfico"],
      authors: ["Ana Example"],
      lang: "es",
      summary: "One sentence.",
      draft: true,
      image: { src: "images/a.jpg", alt: "A river valley", credit: "Photo: Example" },
      aliases: ["/old/path/"],
      translationKey: "vrae-bases",
    });
    expect(brief.date.toISOString()).toBe("2012-10-16T14:30:00.000Z");
    expect(brief.tags).toEqual(["Coca", "Narcotráfico"]);
    expect(brief.image?.alt).toBe("A river valley");
  });

  it.each([
    ["missing title", { date: "2012-10-16" }, /^title: is required/],
    ["empty title", { title: "  ", date: "2012-10-16" }, /^title: must not be empty/],
    ["missing date", { title: "x" }, /^date: .*YYYY-MM-DD/],
    ["impossible date", { ...minimal, date: "2024-13-45" }, /^date: "2024-13-45" has no month 13/],
    ["impossible day", { ...minimal, date: "2023-02-29" }, /^date: "2023-02-29" has no day 29/],
    ["date-time without offset", { ...minimal, date: "2012-10-16T09:30:00" }, /^date: .*not a date/],
    ["unknown lang", { ...minimal, lang: "fr" }, /^lang: must be one of: en, es/],
    ["tags as a string", { ...minimal, tags: "Coca" }, /^tags: must be a list of tag names/],
    ["number as a title", { ...minimal, title: 42 }, /^title: must be text/],
    ["draft as a string", { ...minimal, draft: "yes" }, /^draft: must be true or false/],
    [
      "image without alt",
      { ...minimal, image: { src: "a.jpg" } },
      /^image\.alt: is required \(describe what the image shows/,
    ],
    ["image with empty alt", { ...minimal, image: { src: "a.jpg", alt: " " } }, /^image\.alt: must not be empty/],
    [
      "image under public/",
      { ...minimal, image: { src: "/images/a.jpg", alt: "A" } },
      /^image\.src: .*site path.*beside the brief/,
    ],
    [
      "image over http",
      { ...minimal, image: { src: "http://x.org/a.jpg", alt: "A" } },
      /^image\.src: .*uses http; use its https/,
    ],
    [
      "image running code",
      { ...minimal, image: { src: "javascript:alert(1)", alt: "A" } },
      /^image\.src: .*not an image address/,
    ],
    ["image with a typo", { ...minimal, image: { src: "a.jpg", alt: "A", credits: "B" } }, /credits/],
    ["alias not a path", { ...minimal, aliases: ["old-path"] }, /^aliases\.0: must be a path/],
    ["misspelt field", { ...minimal, tittle: "x" }, /tittle/],
  ])("rejects %s", (_case, input, expected) => {
    const issues = issuesOf(input);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.some((issue) => expected.test(issue))).toBe(true);
  });
});

describe("organizationItemSchema", () => {
  const item = { title: "Cited in a policy plan", date: "2023-09-15" };

  it("accepts an http(s) link to where the item is published", () => {
    expect(organizationItemSchema.parse({ ...item, url: "https://example.org/news/" }).url).toBe(
      "https://example.org/news/",
    );
  });

  it.each([
    "javascript:window.__pwned=1",
    "JavaScript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:x",
  ])("rejects a url that would run code when clicked: %s", (url) => {
    const result = organizationItemSchema.safeParse({ ...item, url });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`)).toEqual([
      "url: must be an absolute http(s) URL",
    ]);
  });
});
