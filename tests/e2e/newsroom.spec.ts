import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { rmSync } from "node:fs";
import { serveStatic, type StaticServer } from "../../tools/quality/static-server.ts";
import { hydrateIslands } from "../a11y/islands.ts";
import { briefMarkdown, buildSiteSync, contentRoot } from "../helpers/site-build.ts";

/**
 * Newsroom practice in Chromium, on a small site of its own: the newsletter sign-up posting
 * to a local endpoint (a loopback port standing in for the provider, which the build's CSP
 * allows through NEWSLETTER_ACTION), offline reading through the service worker, and axe on
 * the corrections, offline and expired-notice pages. Everything here is fictional.
 */

const brief = (title: string, extra: Record<string, unknown> = {}) =>
  briefMarkdown(
    { title, date: "2024-05-01", tags: ["Ports"], ...extra },
    `${title}: a fictional brief for the browser tests.`,
  );

const files = {
  "briefs/first-port-brief.md": brief("First Port Brief", {
    corrections: [{ date: "2024-05-03", text: "An earlier version misnamed the fictional port." }],
  }),
  "briefs/second-port-brief.md": brief("Second Port Brief"),
  "briefs/third-port-brief.md": brief("Third Port Brief"),
  "briefs/withdrawn-port-brief.md": brief("Withdrawn Port Brief", { expires: "2024-06-01" }),
};

/** What the stand-in provider received. */
const posts: { body: string; contentType: string }[] = [];
let provider: Server;
let providerOrigin = "";
let site: StaticServer;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  provider = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      if (request.method === "POST") posts.push({ body, contentType: request.headers["content-type"] ?? "" });
      response.setHeader("Content-Type", "text/html; charset=utf-8");
      response.end(
        '<!doctype html><html lang="en"><title>Subscribed</title><p>Subscribed (stand-in provider).</p></html>',
      );
    });
  });
  await new Promise<void>((ready) => provider.listen(0, "127.0.0.1", ready));
  providerOrigin = `http://127.0.0.1:${(provider.address() as AddressInfo).port}`;
  const outDir = resolve("tests/.build/newsroom/dist");
  rmSync(resolve("tests/.build/newsroom"), { recursive: true, force: true });
  buildSiteSync(await contentRoot(files), { outDir, env: { NEWSLETTER_ACTION: `${providerOrigin}/subscribe` } });
  site = await serveStatic(outDir);
});

test.afterAll(async () => {
  await site.close();
  await new Promise((done) => provider.close(done));
});

test.beforeEach(() => {
  posts.length = 0;
});

test("the sign-up posts in place with JavaScript and announces the result", async ({ page }) => {
  await page.goto(`${site.origin}/`);
  const form = page.locator("form.newsletter__form");
  await expect(form).toHaveAttribute("action", `${providerOrigin}/subscribe`);
  await form.scrollIntoViewIfNeeded();
  await expect(page.locator("astro-island:has(form.newsletter__form)")).not.toHaveAttribute("ssr", /.*/);
  await page.getByLabel("E-mail address").fill("reader@example.org");
  await page.getByRole("button", { name: "Subscribe" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Thank you" })).toHaveText(
    "Thank you. Check your inbox to confirm your subscription.",
  );
  expect(page.url()).toBe(`${site.origin}/`);
  expect(posts.map((post) => post.body)).toEqual(["email=reader%40example.org&list=briefs"]);
  expect(posts[0]?.contentType).toContain("application/x-www-form-urlencoded");
});

test("without JavaScript the sign-up is a plain form that takes the reader to the provider", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.origin}/news/brief/second-port-brief/`);
  await page.getByLabel("E-mail address").fill("no-script@example.org");
  await page.getByRole("button", { name: "Subscribe" }).click();
  await expect(page.getByText("Subscribed (stand-in provider).")).toBeVisible();
  expect(page.url()).toBe(`${providerOrigin}/subscribe`);
  expect(posts.map((post) => post.body)).toEqual(["email=no-script%40example.org&list=briefs"]);
  await context.close();
});

test("briefs opened online can be read again offline; others get the offline page", async ({ context, page }) => {
  await page.goto(`${site.origin}/news/brief/first-port-brief/`);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.goto(`${site.origin}/news/brief/second-port-brief/`);
  // Both briefs are in the worker's cache: the first handed over by the page, the second fetched through it.
  await expect
    .poll(() =>
      page.evaluate(async () =>
        (
          await Promise.all(
            ["/news/brief/first-port-brief/", "/news/brief/second-port-brief/"].map((path) => caches.match(path)),
          )
        ).every(Boolean),
      ),
    )
    .toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Second Port Brief");
  await page.goto(`${site.origin}/news/brief/first-port-brief/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("First Port Brief");
  await expect(page.getByText("An earlier version misnamed the fictional port.")).toBeVisible();
  await page.goto(`${site.origin}/news/brief/third-port-brief/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You are offline");
  await context.setOffline(false);
});

for (const path of [
  "/corrections/",
  "/es/corrections/",
  "/offline/",
  "/es/offline/",
  "/news/brief/withdrawn-port-brief/",
]) {
  test(`${path} has no WCAG A/AA violations in light or dark mode`, async ({ page }) => {
    expect((await page.goto(`${site.origin}${path}`))?.status()).toBe(200);
    await hydrateIslands(page);
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
        .analyze();
      const violations = results.violations.map(
        (violation) =>
          `[${colorScheme}] ${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
      );
      expect(violations).toEqual([]);
    }
  });
}
