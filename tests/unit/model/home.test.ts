import { describe, expect, it } from "vitest";
import { homePage } from "../../../src/model/home.ts";

const brief = (slug: string, tags: string[], countries: string[]) => ({ slug, date: new Date(), tags, countries });

describe("homePage", () => {
  const briefs = [
    brief("n1", ["Coca"], ["Peru"]),
    brief("n2", ["coca", "Ports"], ["Ecuador"]),
    brief("n3", ["Ports"], ["Peru"]),
    brief("n4", ["Gold"], ["Peru"]),
  ];

  it("leads with the newest brief and lists the next ones", () => {
    const home = homePage(briefs, { latest: 3 });
    expect(home.lead?.slug).toBe("n1");
    expect(home.latest.map((item) => item.slug)).toEqual(["n2", "n3"]);
  });

  it("makes sections for the most active topics and countries, newest briefs first", () => {
    const home = homePage(briefs, { sections: 2, perSection: 2 });
    expect(home.topics.map((section) => [section.term.name, section.briefs.map((item) => item.slug)])).toEqual([
      ["Coca", ["n1", "n2"]],
      ["Ports", ["n2", "n3"]],
    ]);
    expect(home.countries[0]?.term).toEqual({ slug: "peru", name: "Peru", count: 3 });
  });

  it("counts activity only among the newest briefs", () => {
    const home = homePage(briefs, { activityWindow: 1, sections: 5 });
    expect(home.topics.map((section) => section.term.slug)).toEqual(["coca"]);
  });

  it("has no lead and no sections without briefs", () => {
    expect(homePage([])).toEqual({ lead: undefined, latest: [], topics: [], countries: [] });
  });
});
