import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";

const seedPath = "/news/brief/peru-to-install-military-bases-in-region-held-by-shining-path/";
const seedTitle = "Peru to Install Military Bases in Region Held by Shining Path";

const meta = (key: string) => `meta[property="${key}"], meta[name="${key}"]`;

test("link-preview tags are complete and absolute, and og:image is a 1200x630 PNG under 300 KB", async ({
  page,
  request,
}) => {
  await page.goto(seedPath);
  const content = (key: string) => page.locator(meta(key)).first().getAttribute("content");
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute("href")) ?? "";

  expect(await content("og:title")).toBe(seedTitle);
  expect(await content("og:description")).toMatch(/^Peru will install ten new military bases/);
  expect(await content("og:url")).toBe(canonical);
  expect(await content("og:type")).toBe("article");
  expect(await content("og:locale")).toBe("en_US");
  expect(await content("twitter:card")).toBe("summary_large_image");
  expect(await content("article:published_time")).toBe("2012-10-16T12:00:00.000Z");
  expect(await content("article:modified_time")).toBe("2012-10-16T12:00:00.000Z");
  expect(
    await page.locator(meta("article:tag")).evaluateAll((tags) => tags.map((tag) => tag.getAttribute("content"))),
  ).toEqual(["Coca", "Shining Path", "Military", "Drug Trafficking"]);
  expect(await content("og:image:width")).toBe("1200");
  expect(await content("og:image:height")).toBe("630");
  expect(await content("og:image:alt")).toContain(seedTitle);

  const image = new URL((await content("og:image")) ?? "");
  expect(image.origin).toBe(new URL(canonical).origin);
  expect(await content("twitter:image")).toBe(image.href);
  // The preview server serves the site at its own origin; fetch the same path there.
  const response = await request.get(image.pathname);
  expect(response.status()).toBe(200);
  const png = await response.body();
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  expect(png.byteLength).toBeLessThan(300 * 1024);
});

/** The JSON-LD fields the test reads; the page's JSON is only trusted as far as the assertions go. */
interface NewsArticleLd {
  headline: string;
  url: string;
  inLanguage: string;
  isAccessibleForFree: boolean;
  publisher: { logo: { url: string } };
  author: unknown;
  image: { url: string }[];
}
interface BreadcrumbListLd {
  itemListElement: { name: string }[];
}

test("the page carries NewsArticle and BreadcrumbList structured data", async ({ page }) => {
  await page.goto(seedPath);
  const blocks = await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((scripts) => scripts.flatMap((script) => JSON.parse(script.textContent) as unknown[]));
  const article = blocks.find((block) => (block as { "@type": string })["@type"] === "NewsArticle") as NewsArticleLd;
  const breadcrumb = blocks.find(
    (block) => (block as { "@type": string })["@type"] === "BreadcrumbList",
  ) as BreadcrumbListLd;
  const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");

  expect(article.headline).toBe(seedTitle);
  expect(article.url).toBe(canonical);
  expect(article.inLanguage).toBe("en");
  expect(article.isAccessibleForFree).toBe(true);
  expect(article.publisher.logo.url).toMatch(/^https?:\/\/.*\/logo\.png$/);
  expect(article.author).toEqual([
    { "@type": "Organization", name: "InSight Crime", url: expect.any(String) as unknown },
  ]);
  expect(article.image[0]?.url).toBe(await page.locator(meta("og:image")).getAttribute("content"));
  expect(breadcrumb.itemListElement.map((item) => item.name)).toEqual(["Home", "News", "Brief", seedTitle]);
});

test("an article page loads at most 13 KB of gzipped JavaScript, islands only when near, and nothing from other hosts", async ({
  page,
}) => {
  const scripts = new Map<string, number>();
  const foreign: string[] = [];
  page.on("request", (request) => {
    if (!["127.0.0.1", "localhost"].includes(new URL(request.url()).hostname)) foreign.push(request.url());
  });
  page.on("response", async (response) => {
    if (response.request().resourceType() === "script") {
      scripts.set(new URL(response.url()).pathname, gzipSync(await response.body()).byteLength);
    }
  });
  await page.goto(seedPath);
  await page.waitForLoadState("networkidle");
  // The share, helpful and republish islands sit below the fold: not one byte of them yet.
  expect([...scripts.keys()].filter((path) => /ShareActions|HelpfulAnswers|CopyButton/.test(path))).toEqual([]);
  expect([...scripts.keys()].some((path) => path.includes("DonateAppeal"))).toBe(true);
  expect(await page.locator("head script[src]").count()).toBe(0);

  // A reader scrolling through the footer, one island at a time.
  await page.getByText("Republish this brief").click();
  for (const island of await page.locator("astro-island").all()) {
    await island.scrollIntoViewIfNeeded();
    await expect(island).not.toHaveAttribute("ssr", /.*/);
  }
  await page.waitForLoadState("networkidle");

  const inline = await page
    .locator("script:not([src]):not([type='application/ld+json'])")
    .evaluateAll((elements) => elements.map((element) => element.textContent));
  const total =
    [...scripts.values()].reduce((sum, bytes) => sum + bytes, 0) +
    inline.reduce((sum, code) => sum + gzipSync(code).byteLength, 0);
  expect(total).toBeLessThanOrEqual(13 * 1024);
  expect(foreign).toEqual([]);
});
