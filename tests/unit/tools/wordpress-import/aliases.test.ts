import { describe, expect, it } from "vitest";
import { planAliases, type AliasCandidate } from "../../../../tools/wordpress-import/aliases.ts";

const post = (id: string, alias: string | undefined, slug = `post-${id}`): AliasCandidate => ({
  id,
  alias,
  slug,
  lang: "en",
});

describe("planAliases", () => {
  it("keeps old permalinks that no page of the site uses", () => {
    const plan = planAliases([post("1", "/2012/10/peru/"), post("2", undefined)]);
    expect([...plan.aliases]).toEqual([["1", "/2012/10/peru/"]]);
    expect(plan.warnings.size).toBe(0);
  });

  it.each([
    ["/search/", "Dispatch's search page (en)"],
    ["/tags/", "Dispatch's tags page (en)"],
    ["/tag/coca/", "Dispatch's tag pages (en)"],
    ["/es/", "Dispatch's home page (es)"],
    ["/rss.xml", "Dispatch's site-wide rss feed"],
    ["/archive/2012/", "Dispatch's archive pages (en)"],
  ])("drops %s, naming the page and the post", (alias, page) => {
    const plan = planAliases([post("7", alias)]);
    expect(plan.aliases.has("7")).toBe(false);
    expect(plan.warnings.get("7")).toEqual([`old address ${alias} is ${page}; no redirect from it was written`]);
  });

  it("gives a shared old address to the lowest post id, whatever the order", () => {
    const plan = planAliases([post("20", "/same/"), post("3", "/same/")]);
    expect([...plan.aliases]).toEqual([["3", "/same/"]]);
    expect(plan.warnings.get("20")).toEqual([
      "old address /same/ is also the old address of post 3; no redirect from it was written",
    ]);
  });

  it("drops an old address that is another imported brief's new one, and one that is the brief's own", () => {
    const plan = planAliases([post("1", "/news/brief/b/", "a"), post("2", "/news/brief/b/", "b")]);
    expect(plan.aliases.size).toBe(0);
    expect(plan.warnings.get("1")).toEqual([
      "old address /news/brief/b/ is the new address of post 2; no redirect from it was written",
    ]);
    expect(plan.warnings.has("2")).toBe(false);
  });

  it("drops an old address no static host can redirect", () => {
    const plan = planAliases([post("5", "/a//b/")]);
    expect(plan.warnings.get("5")?.[0]).toMatch(/^old address \/a\/\/b\/ cannot be redirected \(.*empty/);
  });
});
