import { afterEach, describe, expect, it, vi } from "vitest";

async function urlsWith(env: Record<string, string>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  return import("../../../src/model/urls.ts");
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("URL helpers", () => {
  it("build root-relative directory URLs by default", async () => {
    const urls = await urlsWith({ BASE_PATH: "/", SITE_URL: "https://news.example.org" });
    expect(urls.briefUrl({ slug: "peru-bases", lang: "en" })).toBe("/news/brief/peru-bases/");
    expect(urls.briefUrl({ slug: "bases-peru", lang: "es" })).toBe("/es/news/brief/bases-peru/");
    expect(urls.tagUrl("coca")).toBe("/tag/coca/");
    expect(urls.briefsUrl(1)).toBe("/news/brief/");
    expect(urls.briefsUrl(3, "es")).toBe("/es/news/brief/3/");
    expect(urls.absoluteUrl("/news/")).toBe("https://news.example.org/news/");
  });

  it("honour a sub-path deployment in every URL", async () => {
    const urls = await urlsWith({ BASE_PATH: "dispatch", SITE_URL: "https://news.example.org/" });
    expect(urls.homeUrl()).toBe("/dispatch/");
    expect(urls.countryUrl("peru")).toBe("/dispatch/country/peru/");
    expect(urls.assetUrl("favicon.svg")).toBe("/dispatch/favicon.svg");
    expect(urls.absoluteUrl(urls.authorUrl("ana"))).toBe("https://news.example.org/dispatch/author/ana/");
    expect(urls.absoluteUrl("rss.xml")).toBe("https://news.example.org/dispatch/rss.xml");
    expect(urls.robotsUrl()).toBe("/dispatch/robots.txt");
    expect(urls.notFoundUrl()).toBe("/dispatch/404.html");
  });
});
