import { describe, expect, it } from "vitest";
import { relatedBriefs, textTokens, type RelatableBrief } from "../../../src/model/related.ts";
import { timeRelated, syntheticBriefs } from "../../../tools/bench/bench-related.ts";

function brief(slug: string, fields: Partial<RelatableBrief> = {}): RelatableBrief {
  return {
    slug,
    date: new Date("2020-01-01T12:00:00Z"),
    lang: "en",
    title: slug,
    summary: "",
    tags: [],
    countries: [],
    ...fields,
  };
}

const slugsOf = (map: Map<string, RelatableBrief[]>, slug: string) => map.get(slug)?.map((item) => item.slug);

describe("textTokens", () => {
  it("folds case and accents and drops stopwords, short words and bare numbers", () => {
    expect(textTokens("The Narcotráfico in Perú, 2012: los PUERTOS")).toEqual(["narcotrafico", "peru", "puertos"]);
  });
});

describe("relatedBriefs", () => {
  // A small archive whose right answers are plain to a reader.
  const archive = [
    brief("coca-eradication-peru", {
      title: "Peru steps up coca eradication in the VRAE",
      summary: "Coca crops in the valley are targeted by the army.",
      tags: ["Coca", "Shining Path"],
      countries: ["Peru"],
      date: new Date("2012-10-16T12:00:00Z"),
    }),
    brief("shining-path-ambush", {
      title: "Shining Path ambush in the VRAE kills soldiers",
      summary: "The guerrillas attacked an army patrol in the coca valley.",
      tags: ["Shining Path", "Military"],
      countries: ["Peru"],
      date: new Date("2012-09-01T12:00:00Z"),
    }),
    brief("lima-elections", {
      title: "Lima mayor election campaign begins",
      summary: "Candidates focus on transport.",
      tags: ["Elections"],
      countries: ["Peru"],
      date: new Date("2012-11-01T12:00:00Z"),
    }),
    brief("ecuador-ports", {
      title: "Ecuador ports see more cocaine seizures",
      summary: "Guayaquil container inspections found cocaine.",
      tags: ["Ports", "Cocaine"],
      countries: ["Ecuador"],
      date: new Date("2012-10-20T12:00:00Z"),
    }),
    brief("ecuador-ports-2", {
      title: "Cocaine hidden in banana containers at Guayaquil port",
      summary: "Inspections at Ecuador ports found more cocaine.",
      tags: ["Ports", "Cocaine"],
      countries: ["Ecuador"],
      date: new Date("2012-10-25T12:00:00Z"),
    }),
  ];

  it("ranks briefs sharing rare tags and words above those sharing only a country", () => {
    const related = relatedBriefs(archive, 2);
    expect(slugsOf(related, "coca-eradication-peru")).toEqual(["shining-path-ambush", "lima-elections"]);
    expect(slugsOf(related, "ecuador-ports")?.[0]).toBe("ecuador-ports-2");
  });

  it("lets text similarity decide between briefs with the same tags", () => {
    const related = relatedBriefs(
      [
        brief("base", { title: "Shark fin traffickers convicted in Peru", tags: ["Environmental Crime"] }),
        brief("about-sharks", { title: "Shark fin exports grow", tags: ["Environmental Crime"] }),
        brief("about-gold", { title: "Illegal gold mining spreads", tags: ["Environmental Crime"] }),
      ],
      1,
    );
    expect(slugsOf(related, "base")).toEqual(["about-sharks"]);
  });

  it("never returns the brief itself, its translation or a draft", () => {
    const related = relatedBriefs(
      [
        brief("original", { tags: ["Coca"], translationKey: "pair" }),
        brief("traduccion", { tags: ["Coca"], translationKey: "pair", lang: "es" }),
        brief("draft", { tags: ["Coca"], draft: true }),
        brief("other", { tags: ["Coca"] }),
        brief("unrelated", { tags: ["Ports"] }),
      ],
      5,
    );
    const chosen = slugsOf(related, "original") ?? [];
    expect(chosen).toContain("other");
    expect(chosen).not.toContain("original");
    expect(chosen).not.toContain("traduccion");
    expect(chosen).not.toContain("draft");
  });

  it("prefers the reader's language", () => {
    const related = relatedBriefs(
      [
        brief("reader", { tags: ["Coca"], lang: "es" }),
        brief("english", { tags: ["Coca"], lang: "en", date: new Date("2021-01-01T12:00:00Z") }),
        brief("spanish", { tags: ["Coca"], lang: "es", date: new Date("2019-01-01T12:00:00Z") }),
      ],
      1,
    );
    expect(slugsOf(related, "reader")).toEqual(["spanish"]);
  });

  it("prefers the newer of two equally related briefs, then the slug, in any input order", () => {
    const items = [
      brief("base", { tags: ["Coca"] }),
      brief("older", { tags: ["Coca"], date: new Date("2019-01-01T12:00:00Z") }),
      brief("newer-b", { tags: ["Coca"], date: new Date("2021-01-01T12:00:00Z") }),
      brief("newer-a", { tags: ["Coca"], date: new Date("2021-01-01T12:00:00Z") }),
    ];
    const forward = slugsOf(relatedBriefs(items, 3), "base");
    const backward = slugsOf(relatedBriefs([...items].reverse(), 3), "base");
    expect(forward).toEqual(["newer-a", "newer-b", "older"]);
    expect(backward).toEqual(forward);
  });

  it("pads with the newest briefs of the same language when too few share anything", () => {
    const related = relatedBriefs(
      [
        brief("lonely", { tags: ["Unique"] }),
        brief("new", { date: new Date("2022-01-01T12:00:00Z") }),
        brief("old", { date: new Date("2010-01-01T12:00:00Z") }),
        brief("spanish", { lang: "es", date: new Date("2023-01-01T12:00:00Z") }),
      ],
      2,
    );
    expect(slugsOf(related, "lonely")).toEqual(["new", "old"]);
  });

  it("gives every brief of a large synthetic archive its related briefs", () => {
    const briefs = syntheticBriefs(2_000);
    const related = relatedBriefs(briefs, 3);
    expect(related.size).toBe(2_000);
    for (const item of briefs) {
      const chosen = related.get(item.slug)!;
      expect(chosen.length).toBeLessThanOrEqual(3);
      expect(chosen.some((other) => other.slug === item.slug || other.draft)).toBe(false);
    }
    expect(timeRelated(500)).toBeGreaterThan(0);
  });
});
