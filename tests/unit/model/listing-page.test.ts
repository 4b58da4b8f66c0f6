import { describe, expect, it } from "vitest";
import { pageSlices } from "../../../src/lib/pagination.ts";
import type { AuthorProfile } from "../../../src/model/authors.ts";
import {
  archiveMonthListing,
  briefCount,
  briefsListing,
  newsListing,
  paginationBar,
  termListing,
} from "../../../src/model/listing-page.ts";
import { taxonomies } from "../../../src/model/taxonomies.ts";
import { site } from "../../../src/site.config.ts";
import { makeBrief } from "../../helpers/make-brief.ts";

const base = site.basePath;
const briefs = Array.from({ length: 30 }, (_, index) => makeBrief(`brief-${index}`));
const [first, second, third] = pageSlices(briefs);

describe("paginationBar", () => {
  const hrefFor = (page: number) => `/list/${page}/`;

  it("resolves every link, with newer and older beside the current page", () => {
    expect(paginationBar(2, 3, hrefFor)).toEqual({
      current: 2,
      last: 3,
      newer: "/list/1/",
      older: "/list/3/",
      links: [
        { page: 1, current: false, href: "/list/1/" },
        { page: 2, current: true, href: "/list/2/" },
        { page: 3, current: false, href: "/list/3/" },
      ],
    });
  });

  it("has no newer link on the first page, no older one on the last, and gaps for skipped pages", () => {
    const bar = paginationBar(1, 9, hrefFor);
    expect([bar.newer, bar.older]).toEqual([undefined, "/list/2/"]);
    expect(bar.links.map((link) => ("gap" in link ? "…" : link.page))).toEqual([1, 2, "…", 9]);
    expect(paginationBar(9, 9, hrefFor).older).toBeUndefined();
  });
});

describe("briefCount", () => {
  it("says one brief in the singular", () => {
    expect([briefCount("en", 1), briefCount("en", 0), briefCount("es", 12)]).toEqual([
      "1 brief",
      "0 briefs",
      "12 briefs",
    ]);
  });
});

describe("briefsListing", () => {
  it("numbers every page but the first in its title and trail, and links the others", () => {
    expect(briefsListing("en", first!)).toMatchObject({
      title: "All briefs",
      pageTitle: "All briefs",
      path: `${base}news/brief/`,
      countText: "30 briefs",
      description: site.description,
    });
    const later = briefsListing("es", second!);
    expect(later.pageTitle).toBe("Todos los briefs (Página 2)");
    expect(later.path).toBe(`${base}es/news/brief/2/`);
    expect(later.briefs).toEqual(briefs.slice(12, 24));
    expect(later.trail.map((step) => [step.label, step.href])).toEqual([
      ["Inicio", `${base}es/`],
      ["Noticias", `${base}es/news/`],
      ["Todos los briefs (Página 2)", undefined],
    ]);
    expect(later.pagination).toMatchObject({
      current: 2,
      last: 3,
      newer: `${base}es/news/brief/`,
      older: `${base}es/news/brief/3/`,
    });
  });
});

describe("newsListing", () => {
  it("shows the first page of newest briefs, counts all of them and has no pagination", () => {
    const news = newsListing("en", briefs);
    expect(news.briefs).toEqual(briefs.slice(0, 12));
    expect(news).toMatchObject({ title: "News", pageTitle: "News", countText: "30 briefs", path: `${base}news/` });
    expect(news.pagination).toBeUndefined();
    expect(news.trail).toEqual([{ label: "Home", href: base }, { label: "News" }]);
  });
});

describe("archiveMonthListing", () => {
  it("names the month in the page's language, under Archive and the year", () => {
    const month = archiveMonthListing("es", 2012, 10, third!);
    expect(month).toMatchObject({
      title: "octubre de 2012",
      kicker: "Archivo",
      pageTitle: "octubre de 2012 (Página 3)",
      path: `${base}es/archive/2012/10/3/`,
      description: `octubre de 2012. ${site.description}`,
    });
    expect(month.trail.slice(1, 3)).toEqual([
      { label: "Archivo", href: `${base}es/archive/` },
      { label: "2012", href: `${base}es/archive/2012/` },
    ]);
    expect(month.pagination?.newer).toBe(`${base}es/archive/2012/10/2/`);
  });
});

describe("termListing", () => {
  const term = { slug: "coca", name: "Coca", count: 30 };

  it("labels the term by its taxonomy, advertises its feed and links its index", () => {
    const listing = termListing(taxonomies.tag, term, "en", first!);
    expect(listing).toMatchObject({
      title: "Coca",
      kicker: "Topic",
      description: `Topic: Coca. ${site.description}`,
      path: `${base}tag/coca/`,
      feed: { href: `${base}tag/coca/rss.xml`, type: "application/rss+xml" },
    });
    expect(listing.trail[1]).toEqual({ label: "Topics", href: `${base}tags/` });
    expect(listing.profile).toBeUndefined();
  });

  it("describes an author with a profile by the profile's biography, and carries the profile", () => {
    const profile: AuthorProfile = { slug: "ana", name: "Ana", role: "Editor", bio: "Ana covers ports.", links: [] };
    const listing = termListing(taxonomies.author, { slug: "ana", name: "Ana", count: 1 }, "en", first!, profile);
    expect([listing.description, listing.profile, listing.kicker]).toEqual(["Ana covers ports.", profile, "Author"]);
  });
});
