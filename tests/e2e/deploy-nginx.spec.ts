import { expect, test, type Page } from "@playwright/test";
import { startNginx, type RunningNginx } from "../helpers/nginx.ts";
import { SUBPATH_DEPLOY, buildSubpathSite } from "../helpers/subpath-site.ts";

/**
 * The built site deployed the hard way: under `/dispatch/` on a host that is not the one in
 * site.config.ts, served by a real nginx with the headers of src/model/security.ts. Any link,
 * asset or feed that forgot the base path is a 404 here, and any inline script or style
 * without a hash is a CSP violation.
 */

test.describe.configure({ mode: "serial" });

const { basePath, siteUrl } = SUBPATH_DEPLOY;
const productionPrefix = `${siteUrl}${basePath}`;
let server: RunningNginx;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const root = buildSubpathSite("nginx");
  server = await startNginx({ root, basePath, port: Number(process.env["NGINX_PORT"] ?? 4503) });
});

test.afterAll(async () => {
  // Still unset when beforeAll failed before nginx started.
  await (server as RunningNginx | undefined)?.stop();
});

/** A URL the crawl should check, on the local server; undefined for other sites and mailto. */
function localTarget(raw: string, origin: string): URL | undefined {
  const href = raw.startsWith(productionPrefix) ? `${origin}${basePath}${raw.slice(productionPrefix.length)}` : raw;
  const url = new URL(href);
  if (url.origin !== origin) return undefined;
  url.hash = "";
  return url;
}

function isPage(url: URL): boolean {
  return url.pathname.endsWith("/") || url.pathname.endsWith(".html");
}

interface PageProblems {
  consoleErrors: string[];
  violations: string[];
  badResponses: string[];
  foreignRequests: string[];
}

async function visit(page: Page, url: string, problems: PageProblems): Promise<string[]> {
  const response = await page.goto(url, { waitUntil: "load" });
  if (response?.status() !== 200) problems.badResponses.push(`${response?.status()} ${url}`);
  else if (!response.headers()["content-security-policy"]) problems.badResponses.push(`no CSP header on ${url}`);
  const violations = await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
  problems.violations.push(...violations.map((violation) => `${url}: ${violation}`));
  return page.evaluate(() => {
    const urls: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>("a[href], link[href]")) {
      urls.push((element as HTMLAnchorElement | HTMLLinkElement).href);
    }
    for (const element of document.querySelectorAll<HTMLScriptElement | HTMLImageElement>("script[src], img[src]")) {
      urls.push(element.src);
    }
    for (const element of document.querySelectorAll<HTMLImageElement | HTMLSourceElement>("[srcset]")) {
      urls.push(
        ...element.srcset
          .split(",")
          .map((candidate) => new URL(candidate.trim().split(/\s+/)[0]!, document.baseURI).href),
      );
    }
    for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[property^="og:"][content^="http"]')) {
      urls.push(meta.content);
    }
    return urls.filter((href) => /^https?:/.test(href));
  });
}

test("every page and asset reachable from the home page loads under the sub-path, with no error and no CSP violation", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const { origin } = server;
  const problems: PageProblems = { consoleErrors: [], violations: [], badResponses: [], foreignRequests: [] };
  await page.addInitScript(() => {
    const store = window as unknown as { cspViolations: string[] };
    store.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) =>
      store.cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"}`),
    );
  });
  page.on("console", (message) => {
    if (message.type() === "error" || /Content.Security.Policy/i.test(message.text())) {
      problems.consoleErrors.push(`${page.url()}: ${message.text()}`);
    }
  });
  page.on("pageerror", (error) => problems.consoleErrors.push(`${page.url()}: ${error.message}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.badResponses.push(`${response.status()} ${response.url()}`);
  });
  page.on("request", (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith("data:"))
      problems.foreignRequests.push(request.url());
  });

  const pageQueue = [`${origin}${basePath}`];
  const assetQueue: string[] = [];
  const seen = new Set(pageQueue);
  const enqueue = (raw: string) => {
    const url = localTarget(raw, origin);
    if (!url || seen.has(url.href)) return;
    seen.add(url.href);
    (isPage(url) ? pageQueue : assetQueue).push(url.href);
  };
  const pages: string[] = [];
  const assets: string[] = [];

  while (pageQueue.length > 0 || assetQueue.length > 0) {
    const nextPage = pageQueue.shift();
    if (nextPage) {
      pages.push(nextPage);
      for (const href of await visit(page, nextPage, problems)) enqueue(href);
      continue;
    }
    const asset = assetQueue.shift()!;
    assets.push(asset);
    const response = await request.get(asset);
    if (response.status() !== 200) problems.badResponses.push(`${response.status()} ${asset}`);
    // Feeds and sitemaps link with absolute production URLs; those pages must exist too. A
    // full-text feed carries HTML escaped as XML text (`href=&quot;…&quot;`): a URL ends at
    // any entity but `&amp;`, which stands for a `&` of the URL itself.
    if (/\.(xml|json)$/.test(asset)) {
      for (const match of (await response.text()).matchAll(/https?:\/\/(?:[^\s"'<>&\\]|&amp;)+/g)) {
        if (match[0].startsWith(productionPrefix)) enqueue(match[0].replace(/&amp;/g, "&"));
      }
    }
  }

  expect(problems.badResponses).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.violations).toEqual([]);
  expect(problems.foreignRequests).toEqual([]);
  // The crawl really went everywhere: briefs in both languages, term pages, their feeds, assets.
  expect(pages).toEqual(
    expect.arrayContaining([
      `${origin}${basePath}news/brief/coca-growers-protest/`,
      `${origin}${basePath}es/news/brief/protesta-cocaleros/`,
      `${origin}${basePath}country/peru/`,
      `${origin}${basePath}author/bo-example/`,
    ]),
  );
  expect(assets).toEqual(
    expect.arrayContaining([
      `${origin}${basePath}rss.xml`,
      `${origin}${basePath}es/feed.json`,
      `${origin}${basePath}country/peru/rss.xml`,
      `${origin}${basePath}favicon.svg`,
    ]),
  );
  expect(assets.some((url) => url.includes(`${basePath}_astro/`) && url.endsWith(".css"))).toBe(true);
});

test("nginx sends the security headers, short caching for pages and immutable caching for /_astro/", async ({
  request,
}) => {
  const home = await request.get(`${server.origin}${basePath}`);
  const headers = home.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("web-share=(self)");
  expect(headers["permissions-policy"]).toContain("clipboard-write=(self)");
  expect(headers["strict-transport-security"]).toMatch(/^max-age=\d{8,}/);
  expect(headers["cache-control"]).toBe("public, max-age=300, must-revalidate");

  const stylesheet = /href="([^"]*\/_astro\/[^"]+\.css)"/.exec(await home.text())?.[1];
  expect(stylesheet).toBeDefined();
  const asset = await request.get(`${server.origin}${stylesheet}`);
  expect(asset.status()).toBe(200);
  expect(asset.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(asset.headers()["x-content-type-options"]).toBe("nosniff");
});

test("an old address from a brief's aliases lands on the brief, with or without its trailing slash", async ({
  page,
}) => {
  const brief = `${server.origin}${basePath}news/brief/coca-growers-protest/`;
  for (const alias of ["2024/03/old-coca-url/", "news/briefs/coca-growers"]) {
    await page.goto(`${server.origin}${basePath}${alias}`);
    await page.waitForURL(brief);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      `Coca & "Cocaine" <Growers> Protest 🌿 in Peru's Valley`,
    );
  }
});

test("the sub-path without its slash redirects to the home page, and unknown paths are 404s", async ({ request }) => {
  const bare = await request.get(`${server.origin}${basePath.replace(/\/$/, "")}`, { maxRedirects: 0 });
  expect(bare.status()).toBe(301);
  expect(bare.headers()["location"]).toBe(basePath);
  const missing = await request.get(`${server.origin}${basePath}no-such-page/`);
  expect(missing.status()).toBe(404);
});

test("search under the sub-path finds a brief and links to it under the sub-path", async ({ page }) => {
  await page.goto(`${server.origin}${basePath}es/search/?q=cocaleros`);
  const result = page.locator(".brief-search__result").getByRole("link").first();
  await expect(result).toHaveAttribute("href", `${basePath}es/news/brief/protesta-cocaleros/`);
  await result.click();
  await expect(page).toHaveURL(`${server.origin}${basePath}es/news/brief/protesta-cocaleros/`);
});
