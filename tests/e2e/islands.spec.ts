import { expect, test, type Page } from "@playwright/test";

const seedPath = "/news/brief/peru-to-install-military-bases-in-region-held-by-shining-path/";
const seedTitle = "Peru to Install Military Bases in Region Held by Shining Path";

async function canonicalOf(page: Page): Promise<string> {
  const href = await page.locator('link[rel="canonical"]').getAttribute("href");
  expect(href).toMatch(/^https?:\/\//);
  return href ?? "";
}

/** Islands hydrate when scrolled near (client:visible); bring one into view and wait for it. */
async function hydrated(page: Page, selector: string) {
  const island = page.locator(`astro-island:has(${selector})`).first();
  await island.scrollIntoViewIfNeeded();
  await expect(island).not.toHaveAttribute("ssr", /.*/);
  return island;
}

test("share links carry the title and canonical URL, correctly encoded", async ({ page }) => {
  await page.goto(seedPath);
  const canonical = await canonicalOf(page);
  const href = async (network: string) =>
    new URL((await page.locator(`.share__link[data-network="${network}"]`).getAttribute("href")) ?? "");

  const x = await href("x");
  expect(x.origin + x.pathname).toBe("https://x.com/intent/post");
  expect(x.searchParams.get("text")).toBe(seedTitle);
  expect(x.searchParams.get("url")).toBe(canonical);
  expect(x.search).not.toContain("+");
  expect((await href("facebook")).searchParams.get("u")).toBe(canonical);
  expect((await href("whatsapp")).searchParams.get("text")).toBe(`${seedTitle} ${canonical}`);
  expect((await href("linkedin")).searchParams.get("url")).toBe(canonical);
  const telegram = await href("telegram");
  expect([telegram.searchParams.get("url"), telegram.searchParams.get("text")]).toEqual([canonical, seedTitle]);
  expect((await href("bluesky")).searchParams.get("text")).toBe(`${seedTitle} ${canonical}`);
  const email = await href("email");
  expect(email.protocol).toBe("mailto:");
  expect(email.searchParams.get("subject")).toBe(seedTitle);
  expect(email.searchParams.get("body")).toContain(canonical);
});

test("Copy link puts the canonical URL on the clipboard and announces it", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(seedPath);
  const canonical = await canonicalOf(page);
  const share = await hydrated(page, ".share__actions");
  await share.getByRole("button", { name: "Copy link" }).click();
  await expect(share.getByRole("status")).toHaveText("Link copied to the clipboard.");
  await expect(share.getByRole("status")).toHaveAttribute("aria-live", "polite");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
});

test("the native Share button appears only where navigator.share exists", async ({ page }) => {
  await page.addInitScript(() => {
    // Chromium on Linux has no Web Share API; stand in for one that records what it was given.
    Object.defineProperty(Navigator.prototype, "share", {
      configurable: true,
      value: (data: ShareData) => {
        (window as unknown as { shared: ShareData }).shared = data;
        return Promise.resolve();
      },
    });
  });
  await page.goto(seedPath);
  const canonical = await canonicalOf(page);
  const share = await hydrated(page, ".share__actions");
  await share.getByRole("button", { name: "Share…" }).click();
  expect(await page.evaluate(() => (window as unknown as { shared: ShareData }).shared)).toEqual({
    title: seedTitle,
    url: canonical,
  });
});

test("without navigator.share there is no native Share button, only Copy link", async ({ page }) => {
  await page.addInitScript(() => {
    delete (Navigator.prototype as Partial<Navigator>).share;
  });
  await page.goto(seedPath);
  const share = await hydrated(page, ".share__actions");
  await expect(share.getByRole("button", { name: "Copy link" })).toBeVisible();
  await expect(share.getByRole("button", { name: "Share…" })).toHaveCount(0);
});

test("a helpful answer is acknowledged and remembered across reloads", async ({ page }) => {
  const sent: string[] = [];
  page.on("request", (request) => {
    if (request.method() !== "GET") sent.push(`${request.method()} ${request.url()}`);
  });
  await page.goto(seedPath);
  const helpful = page.getByRole("region", { name: "Was this content helpful?" });
  await hydrated(page, ".helpful__answers");
  const yes = helpful.getByRole("button", { name: "Yes" });
  await expect(yes).toHaveAttribute("aria-pressed", "false");
  // Keyboard first: a real <button> answers to Enter.
  await yes.focus();
  await page.keyboard.press("Enter");
  await expect(yes).toHaveAttribute("aria-pressed", "true");
  await expect(helpful.getByRole("status")).toHaveText("Thank you for your feedback.");
  // No feedback endpoint is configured, so the answer stays in the browser.
  expect(sent).toEqual([]);

  await page.reload();
  await hydrated(page, ".helpful__answers");
  await expect(helpful.getByRole("button", { name: "Yes" })).toHaveAttribute("aria-pressed", "true");
  await expect(helpful.getByRole("button", { name: "No" })).toHaveAttribute("aria-pressed", "false");
  await expect(helpful.getByRole("status")).toHaveText("Thank you for your feedback.");
});

test("donate amount and frequency change the donate link", async ({ page }) => {
  await page.goto(seedPath);
  const donate = page.getByRole("complementary", { name: "Support our work" });
  await donate.scrollIntoViewIfNeeded();
  const link = donate.getByRole("link", { name: "Donate" });
  const query = async () => Object.fromEntries(new URL((await link.getAttribute("href")) ?? "").searchParams);

  await expect(donate.getByRole("radio", { name: "$25", exact: true })).toBeChecked();
  expect(await query()).toEqual({ amount: "25", currency: "USD", frequency: "once" });
  await donate.getByRole("radio", { name: "$100", exact: true }).check();
  await donate.getByRole("radio", { name: "Monthly" }).check();
  await expect(link).toHaveAttribute("href", /amount=100/);
  expect(await query()).toEqual({ amount: "100", currency: "USD", frequency: "monthly" });
  expect(new URL((await link.getAttribute("href")) ?? "").pathname).toBe("/donate/");
});

test("Not now hides the donate appeal, and it stays hidden after a reload", async ({ page }) => {
  await page.goto(seedPath);
  const donate = page.getByRole("complementary", { name: "Support our work" });
  await donate.scrollIntoViewIfNeeded();
  await donate.getByRole("button", { name: "Not now" }).click();
  await expect(donate).toHaveCount(0);
  const confirmation = page.getByRole("status").filter({ hasText: "We will not ask again for 30 days" });
  await expect(confirmation).toBeFocused();

  await page.reload();
  await page.locator(".brief__footer").scrollIntoViewIfNeeded();
  await expect(donate).toHaveCount(0);
  await expect(confirmation).toHaveCount(0);
  // Other briefs honour the same choice.
  await page.goto("/news/brief/how-to-write-a-brief/");
  await expect(page.locator(".donate")).toHaveCount(0);
});

test("Republish copies the brief's HTML with byline, attribution, canonical link and licence", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(seedPath);
  const canonical = await canonicalOf(page);
  await page.getByText("Republish this brief").click();
  const details = page.locator("details.republish");
  await details.locator(".copy").scrollIntoViewIfNeeded();
  await details.getByRole("button", { name: "Copy HTML" }).click();
  await expect(details.getByRole("status")).toHaveText("HTML copied to the clipboard.");

  const html = await page.evaluate(() => navigator.clipboard.readText());
  expect(html).toContain(`<h1>${seedTitle}</h1>`);
  expect(html).toContain("<p>by InSight Crime, <a");
  expect(html).toContain(`originally published by <a href="${canonical}">InSight Crime</a> on 16 Oct 2012`);
  expect(html).toContain('<a href="https://creativecommons.org/licenses/by-nc/4.0/" rel="license">CC BY-NC 4.0</a>');
  expect(html).toContain("Peru will install ten new military bases");
  expect(html).not.toMatch(/href="\/[^/]/);
});
