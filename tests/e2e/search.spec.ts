import { expect, test } from "@playwright/test";

test("searching for a word in a brief's body finds that brief", async ({ page }) => {
  const outside: string[] = [];
  page.on("request", (request) => {
    if (!["127.0.0.1", "localhost"].includes(new URL(request.url()).hostname)) outside.push(request.url());
  });
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search briefs" }).fill("Cateriano");
  await page.getByRole("searchbox", { name: "Search briefs" }).press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=Cateriano$/);

  await expect(page.getByRole("status")).toHaveText("1 result");
  const result = page.locator(".brief-search__result").getByRole("link");
  await expect(result).toHaveText("Peru to Install Military Bases in Region Held by Shining Path");
  await expect(result).toHaveAttribute(
    "href",
    "/news/brief/peru-to-install-military-bases-in-region-held-by-shining-path/",
  );
  expect(outside).toEqual([]);
});

test("only the article is indexed: chrome words find nothing", async ({ page }) => {
  await page.goto("/search/?q=Telegram");
  await expect(page.getByRole("status")).toHaveText("No briefs match this search.");
});

test("a country filter narrows the results", async ({ page }) => {
  await page.goto("/search/?q=Valdoria");
  const status = page.getByRole("status");
  await expect(status).toHaveText(/^\d+ results$/);
  const before = Number((await status.textContent())?.split(" ")[0]);
  expect(before).toBeGreaterThan(1);

  await page.getByRole("combobox", { name: "Country" }).selectOption("Valdoria (fictional)");
  await expect(status).toHaveText("1 result");
  await expect(page.locator(".brief-search__result").getByRole("link")).toHaveText(
    "Fictional Sample: Port Authority in Valdoria Announces Container Inspections",
  );
});

test("the Spanish search page starts on Spanish briefs", async ({ page }) => {
  await page.goto("/es/search/?q=Valdoria");
  await expect(page.getByRole("status")).toHaveText("1 resultado");
  await expect(page.locator(".brief-search__result").getByRole("link")).toHaveText(/^Muestra ficticia/);
  await page.getByRole("combobox", { name: "Idioma" }).selectOption("");
  await expect(page.getByRole("status")).toHaveText(/^\d+ resultados$/);
});

test.describe("when the index cannot be loaded", () => {
  // Requests a service worker answers never reach page.route; the offline reading worker would.
  test.use({ serviceWorkers: "block" });

  test("says search is not working, and offers browsing", async ({ page }) => {
    await page.route("**/pagefind/**", (route) => route.abort());
    await page.goto("/search/?q=Valdoria");
    await expect(page.getByRole("status")).toHaveText(
      "Search is not working right now. You can still browse by topic, country, author or date.",
    );
    await expect(page.getByRole("link", { name: "Countries" }).first()).toBeVisible();
  });
});
