import { describe, expect, it } from "vitest";
import { addressCollisions, checkBriefAddresses } from "../../../../src/build/loader/brief-addresses.ts";
import type { AddressedBrief } from "../../../../src/build/loader/brief-addresses.ts";

const brief = (file: string, aliases: string[] = [], lang: AddressedBrief["lang"] = "en"): AddressedBrief => ({
  filePath: `content/briefs/2024/${file}.md`,
  lang,
  aliases,
});

describe("addressCollisions", () => {
  it("accepts old permalinks that no page uses, a renamed brief's old address among them", () => {
    expect(
      addressCollisions([brief("a", ["/2012/10/a/", "/a", "/news/brief/old-a/"]), brief("b", ["/es/vieja"], "es")]),
    ).toEqual([]);
  });

  it("names the file, the field and Dispatch's page an alias collides with", () => {
    expect(addressCollisions([brief("a", ["/2012/a/", "/feed/", "/search/"])])).toEqual([
      `content/briefs/2024/a.md: aliases[2] "/search/" collides with Dispatch's search page (en)`,
    ]);
    expect(addressCollisions([brief("b", ["/tags", "/es/tag/coca/2/", "/rss.xml"])])).toEqual([
      `content/briefs/2024/b.md: aliases[0] "/tags" collides with Dispatch's tags page (en)`,
      `content/briefs/2024/b.md: aliases[1] "/es/tag/coca/2/" collides with Dispatch's tag pages (es)`,
      `content/briefs/2024/b.md: aliases[2] "/rss.xml" collides with Dispatch's site-wide rss feed`,
    ]);
  });

  it("names the other brief whose address or alias an alias takes", () => {
    expect(
      addressCollisions([
        brief("a", ["/old/"]),
        brief("b", ["/news/brief/a/", "/old"]),
        brief("c", ["/news/brief/c/"]),
        brief("d", ["/es/news/brief/e/"]),
        brief("e", [], "es"),
      ]),
    ).toEqual([
      `content/briefs/2024/b.md: aliases[0] "/news/brief/a/" is the address of content/briefs/2024/a.md`,
      `content/briefs/2024/b.md: aliases[1] "/old" is also aliases[0] of content/briefs/2024/a.md`,
      `content/briefs/2024/c.md: aliases[0] "/news/brief/c/" is the brief's own address`,
      `content/briefs/2024/d.md: aliases[0] "/es/news/brief/e/" is the address of content/briefs/2024/e.md`,
    ]);
  });

  it("reports a file name that makes a brief's address a page of the brief listing", () => {
    expect(addressCollisions([brief("1"), brief("2")])).toEqual([
      `content/briefs/2024/2.md: the file name "2" gives the brief the address /news/brief/2/, which is page 2 of the brief listing (/news/brief/2/); rename the file`,
    ]);
  });

  it("repeats an alias listed twice by one brief without complaint", () => {
    expect(addressCollisions([brief("a", ["/old", "/old/"])])).toEqual([]);
  });
});

describe("checkBriefAddresses", () => {
  const context = (entries: { id: string; filePath: string; data: unknown }[]) => ({
    collection: "briefs",
    store: { values: () => entries } as never,
  });

  it("stops the load with every collision listed", () => {
    const entries = [
      { id: "a", filePath: "content/briefs/a.md", data: { lang: "en", aliases: ["/search/"] } },
      { id: "b", filePath: "content/briefs/b.md", data: { lang: "es", aliases: ["/es/tags/"] } },
    ];
    expect(() => {
      checkBriefAddresses(context(entries));
    }).toThrow(
      `2 address collision(s) in the briefs collection; each would be two pages at one address:\n` +
        `- content/briefs/a.md: aliases[0] "/search/" collides with Dispatch's search page (en)\n` +
        `- content/briefs/b.md: aliases[0] "/es/tags/" collides with Dispatch's tags page (es)`,
    );
  });

  it("lets a collection without collisions through", () => {
    const entries = [{ id: "a", filePath: "content/briefs/a.md", data: { lang: "en", aliases: ["/2012/a/"] } }];
    expect(() => {
      checkBriefAddresses(context(entries));
    }).not.toThrow();
  });
});
