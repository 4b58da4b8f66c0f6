import { describe, expect, it } from "vitest";
import { readWxr, WxrError } from "../../../../tools/wordpress-import/wxr-stream.ts";
import type { WxrEvent } from "../../../../tools/wordpress-import/wxr-stream.ts";
import { testExport } from "./wxr-factory.ts";

/** The pieces as an async iterable, the shape of a file stream, without touching the disk. */
// eslint-disable-next-line @typescript-eslint/require-await -- async only to match readWxr's input; nothing to wait for.
async function* stream(pieces: Iterable<string>) {
  yield* pieces;
}

/** Feeds the text in small chunks, as a file stream would, to exercise chunk boundaries. */
async function read(text: string, chunkSize = 7): Promise<WxrEvent[]> {
  function* chunks() {
    for (let i = 0; i < text.length; i += chunkSize) yield text.slice(i, i + chunkSize);
  }
  const events: WxrEvent[] = [];
  for await (const event of readWxr(stream(chunks()))) events.push(event);
  return events;
}

async function failure(text: string): Promise<WxrError> {
  const error = await read(text).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(WxrError);
  return error as WxrError;
}

describe("readWxr", () => {
  it("reads the site, then each item with its fields, terms and post meta", async () => {
    const events = await read(
      testExport([
        {
          id: 12,
          title: "Coca & cocaine",
          content: "<p>Body ]]> with CDATA end</p>",
          terms: [{ domain: "post_tag", nicename: "coca", name: "Coca" }],
          meta: { _thumbnail_id: "40" },
        },
      ]),
    );
    expect(events.map((event) => event.kind)).toEqual(["site", "item"]);
    const [site, item] = events;
    if (site?.kind !== "site" || item?.kind !== "item") throw new Error("unexpected events");
    expect(site.site.wxrVersion).toBe("1.2");
    expect(site.site.authors.get("ed")).toBe("Ed Itor");
    expect(site.site.categories.get("peru")).toEqual({ name: "Peru", parent: "countries" });
    expect(item.item).toMatchObject({
      id: "12",
      title: "Coca & cocaine",
      type: "post",
      status: "publish",
      creator: "ed",
      content: "<p>Body ]]> with CDATA end</p>",
    });
    expect(item.item.terms).toEqual([{ domain: "post_tag", nicename: "coca", name: "Coca" }]);
    // The comment's own meta must not leak into the post's.
    expect(item.item.meta).toEqual(new Map([["_thumbnail_id", "40"]]));
    expect(item.item.line).toBeGreaterThan(10);
  });

  it("reads WXR 1.1 namespaces too", async () => {
    const events = await read(testExport([{ id: 1 }], "1.1"));
    expect(events[1]?.kind === "item" && events[1].item.id).toBe("1");
  });

  it("rejects a document that is not an RSS export", async () => {
    expect((await failure("<html><body>hi</body></html>")).message).toMatch(
      /line 1: not a WordPress export: the document is <html>/,
    );
  });

  it("rejects a plain RSS feed without wp:wxr_version", async () => {
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title><item><title>x</title></item></channel></rss>`;
    expect((await failure(feed)).message).toMatch(/no <wp:wxr_version>/);
  });

  it("rejects text that is not XML", async () => {
    expect((await failure("title,date\nCoca,2012-01-01\n")).message).toMatch(/not well-formed XML/);
  });

  it("names the line and the open item of a truncated export", async () => {
    const full = testExport([{ id: 1 }, { id: 2 }]);
    const cut = full.slice(0, full.indexOf("<wp:post_id>2") + 5);
    const error = await failure(cut);
    expect(error.message).toMatch(/ends early \(truncated file\?\)/);
    expect(error.message).toMatch(/in the item that starts on line \d+; the last complete item is post 1/);
    expect(error.line).toBeGreaterThan(1);
  });

  it("drops control characters XML forbids and counts them", async () => {
    const stats = { forbiddenCharacters: 0 };
    const events: WxrEvent[] = [];
    const chunks = [testExport([{ id: 3, content: "<p>Tab\tand bell\u0007 and form feed\u000C</p>" }])];
    for await (const event of readWxr(stream(chunks), stats)) events.push(event);
    expect(events[1]?.kind === "item" && events[1].item.content).toBe("<p>Tab\tand bell and form feed</p>");
    expect(stats.forbiddenCharacters).toBe(2);
  });
});
