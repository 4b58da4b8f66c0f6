import type { Browser, Page } from "@playwright/test";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../tools/quality/chromium.ts";
import { serveStatic, type StaticServer } from "../../tools/quality/static-server.ts";
import { briefMarkdown, buildSite, contentRoot, type BuildResult } from "../helpers/site-build.ts";

/**
 * The search page over an index split in shards (one a year) must answer exactly as over one
 * index: same results, same dates order, same filters. Both sites are built from the same
 * briefs and searched through the real search page.
 */
const years = [2021, 2022, 2023, 2024];
const files: Record<string, string> = {};
for (const year of years) {
  for (const [n, month] of [3, 6, 9].entries()) {
    const lang = n === 2 && year % 2 === 0 ? "es" : "en";
    const front = {
      title: `Fixture ${year}-${month}: harbor brief ${n}`,
      date: `${year}-${String(month).padStart(2, "0")}-1${n}`,
      countries: [n === 1 ? "Chile" : "Peru"],
      tags: [year < 2023 ? "Ports" : "Customs"],
      authors: [n === 0 ? "Ana Fixture" : "Luis Fixture"],
      lang,
    };
    // Word counts vary, so relevance scores differ between briefs.
    const body = `${"harbor ".repeat(1 + ((year + n) % 4))}inspections in year ${year}. ${n === 1 ? "Smuggling." : ""}`;
    files[`briefs/${year}/harbor-${year}-${n}.md`] = briefMarkdown(front, body);
  }
}

interface Answer {
  status: string;
  links: string[];
}

/** The page's status line and result links once they stop changing. */
async function settledAnswer(page: Page): Promise<Answer> {
  const read = () =>
    page.evaluate(() => ({
      status: document.querySelector(".brief-search__status")?.textContent ?? "",
      links: [...document.querySelectorAll(".brief-search__result a")].map((link) => link.getAttribute("href") ?? ""),
    }));
  let last = JSON.stringify(await read());
  for (let stable = 0; stable < 6;) {
    await page.waitForTimeout(150);
    const now = JSON.stringify(await read());
    stable = now === last && !now.includes('"status":""') ? stable + 1 : 0;
    last = now;
  }
  return JSON.parse(last) as Answer;
}

/** A search as a reader makes it: the query in the address, then the form's selects. */
async function search(
  page: Page,
  origin: string,
  query: string,
  selects: Record<string, string> = {},
): Promise<Answer> {
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
  await page.locator('form[role="search"][aria-busy="false"]').waitFor();
  for (const [name, value] of Object.entries(selects)) await page.locator(`select[name="${name}"]`).selectOption(value);
  return settledAnswer(page);
}

/** Each select's options, as a reader sees them. */
function filterOptions(page: Page): Promise<string[][]> {
  return page.$$eval(".brief-search__options select", (selects) =>
    selects.map((select) => [...(select as HTMLSelectElement).options].map((option) => option.text)),
  );
}

const scenarios: { name: string; query: string; selects?: Record<string, string>; ordered: boolean }[] = [
  { name: "a word, by relevance", query: "harbor", ordered: false },
  { name: "a word, by date", query: "harbor", selects: { sort: "date" }, ordered: true },
  {
    name: "a word in every language, by date",
    query: "inspections",
    selects: { language: "", sort: "date" },
    ordered: true,
  },
  { name: "a filter alone (by date)", query: "", selects: { country: "Peru" }, ordered: true },
  { name: "a word and two filters", query: "smuggling", selects: { country: "Chile", language: "" }, ordered: false },
  { name: "a word found nowhere", query: "zeppelin", ordered: false },
];

describe("search over shards", () => {
  let sharded: BuildResult;
  let single: BuildResult;
  let browser: Browser;
  const servers: StaticServer[] = [];

  beforeAll(async () => {
    const content = await contentRoot(files);
    // One after the other: two builds of one project at once share its .astro/ folder.
    sharded = await buildSite(content, { SEARCH_SHARD_SIZE: "1" });
    single = await buildSite(content);
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    await browser.close();
    await Promise.all(servers.map((server) => server.close()));
  });

  it("builds both sites, one with a shard a year", async () => {
    expect(sharded.code, sharded.output).toBe(0);
    expect(single.code, single.output).toBe(0);
    expect((await readdir(join(sharded.outDir, "pagefind"))).sort()).toEqual(["2021", "2022", "2023", "2024"]);
    expect(await readdir(join(single.outDir, "pagefind"))).toEqual(["2021-2024"]);
  });

  it("answers every search as one index does, loading the WebAssembly once and nothing from elsewhere", async () => {
    const [shardedSite, singleSite] = await Promise.all([serveStatic(sharded.outDir), serveStatic(single.outDir)]);
    servers.push(shardedSite, singleSite);
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    let compared = 0;
    for (const scenario of scenarios) {
      const expected = await search(page, singleSite.origin, scenario.query, scenario.selects);
      const expectedOptions = await filterOptions(page);
      requests.length = 0;
      const answer = await search(page, shardedSite.origin, scenario.query, scenario.selects);
      expect(answer.status, scenario.name).toBe(expected.status);
      if (scenario.ordered) expect(answer.links, scenario.name).toEqual(expected.links);
      else expect([...answer.links].sort(), scenario.name).toEqual([...expected.links].sort());
      expect(await filterOptions(page), scenario.name).toEqual(expectedOptions);
      expect(
        requests.filter((url) => /\/wasm\.[^/]+\.pagefind$/.test(url)),
        scenario.name,
      ).toHaveLength(1);
      expect(
        requests.filter((url) => !url.startsWith(shardedSite.origin)),
        scenario.name,
      ).toEqual([]);
      compared += answer.links.length;
    }
    // The scenarios found something to compare: the fixture's briefs, some of them twice.
    expect(compared).toBeGreaterThan(20);
  }, 120_000);
});
