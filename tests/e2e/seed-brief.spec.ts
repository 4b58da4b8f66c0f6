import { expect, test } from "@playwright/test";

const seedPath = "/news/brief/peru-to-install-military-bases-in-region-held-by-shining-path/";

test("the seed brief shows every part of the original page, with no errors and no outside requests", async ({
  page,
}) => {
  const consoleErrors: string[] = [];
  const failedRequests: string[] = [];
  const foreignRequests: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));
  page.on("requestfailed", (request) => failedRequests.push(request.url()));
  page.on("request", (request) => {
    const host = new URL(request.url()).hostname;
    if (!["127.0.0.1", "localhost"].includes(host)) foreignRequests.push(request.url());
  });

  const response = await page.goto(seedPath);
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  const breadcrumb = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(breadcrumb.getByRole("link", { name: "Home" })).toBeVisible();
  await expect(breadcrumb.getByRole("link", { name: "News" })).toBeVisible();
  await expect(breadcrumb.getByRole("link", { name: "Brief" })).toBeVisible();

  const article = page.locator("article.brief");
  await expect(article.locator(".kicker")).toHaveText("Brief");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Peru to Install Military Bases in Region Held by Shining Path",
  );
  const meta = article.locator(".brief-meta");
  await expect(meta.getByRole("link", { name: "Peru" })).toBeVisible();
  await expect(meta.locator("time")).toHaveText("16 Oct 2012");
  await expect(meta.getByRole("link", { name: "InSight Crime" })).toBeVisible();
  await expect(meta).toContainText("EN");

  await expect(article).toContainText("Peru will install ten new military bases");
  const analysis = page.getByRole("region", { name: "InSight Crime Analysis" });
  await expect(analysis).toBeVisible();
  await expect(analysis).toContainText("state of emergency since May 2003");

  await expect(page.getByRole("link", { name: /WhatsApp/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Was this content helpful?" })).toBeVisible();
  await expect(page.getByText("largest organized crime database")).toBeVisible();
  await expect(page.getByRole("link", { name: "Donate" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Click here to send InSight Crime your comments." })).toHaveAttribute(
    "href",
    /^mailto:/,
  );
  await expect(page.getByText("We encourage readers to copy and distribute our work")).toBeVisible();

  const related = page.getByRole("region", { name: "Related Content" });
  await expect(related.locator("article")).toHaveCount(3);
  const organization = page.getByRole("region", { name: "About InSight Crime" });
  await expect(organization.getByRole("listitem")).toHaveCount(5);
  await expect(organization).toContainText("InSight Crime Contributes Expertise Across the Board");

  await page.waitForLoadState("networkidle");
  expect(consoleErrors).toEqual([]);
  expect(failedRequests).toEqual([]);
  expect(foreignRequests).toEqual([]);
});
