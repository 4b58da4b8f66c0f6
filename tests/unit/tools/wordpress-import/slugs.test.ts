import { describe, expect, it } from "vitest";
import { baseSlug, planSlugs } from "../../../../tools/wordpress-import/slugs.ts";
import type { SlugCandidate } from "../../../../tools/wordpress-import/slugs.ts";

const candidate = (id: string, postName: string, year: number, title = "A title"): SlugCandidate => ({
  id,
  postName,
  title,
  year,
  time: Date.UTC(year, 0, (Number(id) % 28) + 1),
});

describe("baseSlug", () => {
  it("keeps a clean post_name", () => {
    expect(baseSlug({ id: "1", postName: "peru-coca", title: "x" })).toEqual({ slug: "peru-coca" });
  });

  it("folds a percent-encoded name to ASCII and says so", () => {
    const result = baseSlug({ id: "1", postName: "narcotr%c3%a1fico-en-per%c3%ba", title: "x" });
    expect(result.slug).toBe("narcotrafico-en-peru");
    expect(result.warning).toMatch(/rewritten/);
  });

  it("makes a slug from the title when the name is empty, or from the id as a last resort", () => {
    expect(baseSlug({ id: "7", postName: "", title: "Draft: Coca & Cocaine" }).slug).toBe("draft-coca-and-cocaine");
    expect(baseSlug({ id: "7", postName: "", title: "" }).slug).toBe("post-7");
  });
});

describe("planSlugs", () => {
  it("gives the earliest post the shared slug and the others their year", () => {
    const plan = planSlugs([
      candidate("30", "weekly-roundup", 2014),
      candidate("10", "weekly-roundup", 2012),
      candidate("20", "weekly-roundup", 2013),
    ]);
    expect(Object.fromEntries(plan.slugs)).toEqual({
      "10": "weekly-roundup",
      "20": "weekly-roundup-2013",
      "30": "weekly-roundup-2014",
    });
    expect(plan.warnings.get("20")).toEqual([
      'slug "weekly-roundup" is also used by post 10 (2012); written as "weekly-roundup-2013"',
    ]);
    expect(plan.warnings.has("10")).toBe(false);
  });

  it("uses the post id when two posts of one year collide", () => {
    const plan = planSlugs([candidate("1", "news", 2012), candidate("2", "news", 2012), candidate("3", "news", 2012)]);
    expect([plan.slugs.get("1"), plan.slugs.get("2"), plan.slugs.get("3")]).toEqual(["news", "news-2012", "news-3"]);
  });

  it("does not depend on the order of the export", () => {
    const posts = [
      candidate("1", "a", 2012),
      candidate("2", "a", 2013),
      candidate("3", "", 2013, "A"),
      candidate("4", "a-2013", 2015),
    ];
    const forward = planSlugs(posts);
    const backward = planSlugs([...posts].reverse());
    expect(forward.slugs).toEqual(backward.slugs);
    expect(new Set(forward.slugs.values()).size).toBe(4);
    expect(forward.slugs.get("4")).toBe("a-2013");
  });

  it("leaves reserved slugs (briefs already in the folder) alone", () => {
    const plan = planSlugs([candidate("5", "how-to-write-a-brief", 2016)], new Set(["how-to-write-a-brief"]));
    expect(plan.slugs.get("5")).toBe("how-to-write-a-brief-2016");
    expect(plan.warnings.get("5")?.[0]).toMatch(/already in the output folder/);
  });
});
