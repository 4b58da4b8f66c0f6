import { describe, expect, it } from "vitest";
import {
  BLUESKY_LIMIT,
  blueskyText,
  oneLine,
  shareLinks,
  shareUrl,
  truncateGraphemes,
  xText,
  X_LIMIT,
  X_LINK_LENGTH,
  type Shareable,
} from "../../../src/model/share.ts";

const url = "https://news.example.org/news/brief/a-brief/";
const graphemeCount = (text: string) => [...new Intl.Segmenter("en", { granularity: "grapheme" }).segment(text)].length;
const params = (href: string) => new URL(href).searchParams;

describe("shareUrl", () => {
  const tricky: Shareable = {
    title: `Cartels & "Clans": ¿Qué pasó en Perú? 🇵🇪 50% + more #1`,
    url: "https://news.example.org/news/brief/a-brief/?ref=a&b=c#top",
    summary: "Line one.\n\nLine two & three.",
    via: "Newsroom",
  };

  it.each(["x", "facebook", "whatsapp", "linkedin", "telegram", "bluesky", "email"] as const)(
    "%s: round-trips ampersands, quotes, accents, emoji and the URL's own query string",
    (network) => {
      const href = shareUrl(network, tricky);
      const values = [...params(href).values()].join("\n");
      expect(values).toContain(tricky.url);
      if (network !== "facebook" && network !== "linkedin") expect(values).toContain(tricky.title);
      // Spaces are %20, never "+", which some networks show literally; raw quotes never reach the HTML attribute.
      expect(href).not.toMatch(/[+" ]/);
    },
  );

  it("builds each network's documented share endpoint", () => {
    expect(shareUrl("facebook", { title: "T", url })).toBe(
      "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example.org%2Fnews%2Fbrief%2Fa-brief%2F",
    );
    expect(shareUrl("whatsapp", { title: "Café & co", url })).toBe(
      "https://wa.me/?text=Caf%C3%A9%20%26%20co%20https%3A%2F%2Fnews.example.org%2Fnews%2Fbrief%2Fa-brief%2F",
    );
    expect(shareUrl("x", { title: "T", url, via: "Desk" })).toBe(
      "https://x.com/intent/post?text=T&url=https%3A%2F%2Fnews.example.org%2Fnews%2Fbrief%2Fa-brief%2F&via=Desk",
    );
  });

  it("leaves out an empty via and summary instead of sending empty parameters", () => {
    expect(params(shareUrl("x", { title: "T", url })).has("via")).toBe(false);
    expect(params(shareUrl("email", { title: "T", url })).get("body")).toBe(url);
  });

  it("puts the summary and the link in the e-mail body, each on its own paragraph", () => {
    expect(params(shareUrl("email", tricky)).get("body")).toBe(`Line one. Line two & three.\n\n${tricky.url}`);
  });

  it("flattens line breaks in a title into spaces", () => {
    expect(params(shareUrl("whatsapp", { title: "Two\nlines  here", url })).get("text")).toBe(`Two lines here ${url}`);
  });

  it("shareLinks keeps the configured order and names", () => {
    expect(shareLinks(["email", "bluesky"], { title: "T", url }).map((link) => [link.network, link.name])).toEqual([
      ["email", "E-mail"],
      ["bluesky", "Bluesky"],
    ]);
  });
});

describe("Bluesky's 300-grapheme limit", () => {
  it("leaves a short post alone", () => {
    expect(blueskyText("Short", url)).toBe(`Short ${url}`);
  });

  it("cuts a long title, never the URL, to exactly the limit", () => {
    const text = blueskyText("a".repeat(400), url);
    expect(text.endsWith(` ${url}`)).toBe(true);
    expect(graphemeCount(text)).toBe(BLUESKY_LIMIT);
    expect(text).toContain("…");
  });

  it("counts a flag or a family emoji as one grapheme and never splits it", () => {
    const text = blueskyText("🇵🇪👨‍👩‍👧".repeat(200), url);
    expect(graphemeCount(text)).toBeLessThanOrEqual(BLUESKY_LIMIT);
    expect(text.length).toBeGreaterThan(BLUESKY_LIMIT); // far more UTF-16 units than graphemes
    const title = text.slice(0, text.indexOf(" "));
    expect(title.replace(/(🇵🇪|👨‍👩‍👧)/gu, "")).toBe("…");
  });

  it("counts a URL with non-ASCII characters by graphemes, not UTF-16 units", () => {
    const flagUrl = "https://example.org/🇵🇪/";
    const text = blueskyText("b".repeat(400), flagUrl);
    expect(text.endsWith(` ${flagUrl}`)).toBe(true);
    expect(graphemeCount(text)).toBe(BLUESKY_LIMIT);
  });

  it("truncateGraphemes trims trailing spaces before the ellipsis", () => {
    expect(truncateGraphemes("one two three", 5)).toBe("one…");
    expect(truncateGraphemes("ñandú", 5)).toBe("ñandú");
  });
});

describe("X's 280-character limit", () => {
  const weight = (text: string) =>
    [...new Intl.Segmenter("en", { granularity: "grapheme" }).segment(text)].reduce(
      (sum, { segment }) =>
        sum +
        // eslint-disable-next-line @typescript-eslint/no-misused-spread -- X weighs code points, so split into them.
        ([...segment].some((char) => (char.codePointAt(0) ?? 0) > 0x10ff && !/[\u2010-\u201f]/.test(char)) ? 2 : 1),
      0,
    );

  it("keeps a title that fits with the link and via", () => {
    expect(xText("Peru to Install Military Bases", "InSightCrime")).toBe("Peru to Install Military Bases");
  });

  it("cuts a long Latin title so title, link and via fit", () => {
    const text = xText("word ".repeat(80), "Desk");
    expect(text.endsWith("…")).toBe(true);
    expect(weight(text) + 1 + X_LINK_LENGTH + " via @Desk".length).toBeLessThanOrEqual(X_LIMIT);
  });

  it("cuts a short title that is heavy: 150 CJK characters weigh 300", () => {
    const text = xText("漢".repeat(150));
    expect(text.endsWith("…")).toBe(true);
    expect(weight(text) + 1 + X_LINK_LENGTH).toBeLessThanOrEqual(X_LIMIT);
  });

  it("keeps a Latin title of exactly the room left", () => {
    const room = X_LIMIT - X_LINK_LENGTH - 1;
    expect(xText("é".repeat(room))).toBe("é".repeat(room));
    expect(xText("é".repeat(room + 1)).endsWith("…")).toBe(true);
  });

  it("counts CJK and emoji double, as X does", () => {
    const text = xText("漢".repeat(200));
    expect(weight(text) + 1 + X_LINK_LENGTH).toBeLessThanOrEqual(X_LIMIT);
    // eslint-disable-next-line @typescript-eslint/no-misused-spread -- counting code points, as X does.
    expect([...text].length).toBeLessThan(130);
  });
});

describe("oneLine", () => {
  it("collapses whitespace of every kind", () => {
    expect(oneLine("  a\tb\r\n\nc  ")).toBe("a b c");
  });
});
