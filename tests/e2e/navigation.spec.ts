import { expect, test } from "@playwright/test";

test("a reader goes from home to a topic, a brief, its author and a country", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator(".card--lead")).toHaveCount(1);

  const topics = page.getByRole("region", { name: "Most active topics" });
  await topics.getByRole("heading", { name: "Guides" }).getByRole("link").click();
  await expect(page).toHaveURL(/\/tag\/guides\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Guides");
  await expect(page.locator(".listing__count")).toHaveText(/^\d+ briefs$/);
  const breadcrumb = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(breadcrumb.getByRole("link", { name: "Topics" })).toHaveAttribute("href", "/tags/");

  await page.getByRole("link", { name: "Guide: Tags, Countries and Authors" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Guide: Tags, Countries and Authors");

  await page.locator(".brief-meta").getByRole("link", { name: "Ana Example" }).click();
  await expect(page).toHaveURL(/\/author\/ana-example\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ana Example");

  await page.getByRole("link", { name: /^Fictional Sample: Port Authority/ }).click();
  await page.locator(".brief-meta").getByRole("link", { name: "Valdoria (fictional)" }).click();
  await expect(page).toHaveURL(/\/country\/valdoria-fictional\/$/);
  await expect(page.locator(".listing__count")).toHaveText("1 brief");
  await expect(page.locator(".card")).toHaveCount(1);
});

test("an author with a profile shows it above their briefs", async ({ page }) => {
  await page.goto("/author/dispatch-desk/");
  await expect(page.locator(".author-profile")).toContainText("Documentation team");
  await page.goto("/authors/");
  await expect(page.getByRole("link", { name: "Dispatch Desk" })).toHaveAttribute("href", "/author/dispatch-desk/");
});

test("the list of all briefs pages forward and back", async ({ page }) => {
  await page.goto("/news/brief/");
  const pagination = page.getByRole("navigation", { name: "Pagination" });
  await expect(pagination).toContainText("Page 1 of 2");
  const firstPageTitles = await page.locator(".card__title").allTextContents();
  expect(firstPageTitles).toHaveLength(12);

  await pagination.getByRole("link", { name: /Older/ }).click();
  await expect(page).toHaveURL(/\/news\/brief\/2\/$/);
  await expect(pagination).toContainText("Page 2 of 2");
  const secondPageTitles = await page.locator(".card__title").allTextContents();
  expect(secondPageTitles.length).toBeGreaterThan(0);
  expect(secondPageTitles.some((title) => firstPageTitles.includes(title))).toBe(false);
  await expect(pagination.getByRole("link", { name: /Older/ })).toHaveCount(0);

  await pagination.getByRole("link", { name: /Newer/ }).click();
  await expect(page).toHaveURL(/\/news\/brief\/$/);
  await expect(page.locator(".card__title").first()).toHaveText(firstPageTitles[0]!);
});

test("the language switch goes to the translation, in Spanish", async ({ page }) => {
  await page.goto("/news/brief/publishing-a-translation/");
  await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(3);
  await expect(page.locator('link[hreflang="x-default"]')).toHaveAttribute(
    "href",
    /\/news\/brief\/publishing-a-translation\/$/,
  );

  await page.locator("article").getByRole("link", { name: "Leer en español" }).click();
  await expect(page).toHaveURL(/\/es\/news\/brief\/guia-publicar-una-traduccion\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  const breadcrumb = page.getByRole("navigation", { name: "Ruta de navegación" });
  await expect(breadcrumb.getByRole("link")).toHaveText(["Inicio", "Noticias", "Brief"]);
  await expect(page.getByRole("heading", { name: "¿Le resultó útil este contenido?" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Contenido relacionado" })).toBeVisible();
  await expect(page.locator(".brief-meta time")).toHaveText("13 nov 2026");
  await expect(page.locator('link[hreflang="en"]')).toHaveAttribute(
    "href",
    /\/news\/brief\/publishing-a-translation\/$/,
  );

  await page.locator("article").getByRole("link", { name: "Read in English" }).click();
  await expect(page).toHaveURL(/\/news\/brief\/publishing-a-translation\/$/);
});

test("a Spanish brief's analysis section is headed in Spanish", async ({ page }) => {
  await page.goto("/es/news/brief/muestra-ficticia-inspecciones-puerto-valdoria/");
  await expect(page.getByRole("region", { name: "Análisis de InSight Crime" })).toBeVisible();
});

test("the archive goes from years to months to briefs", async ({ page }) => {
  await page.goto("/archive/");
  await page.getByRole("link", { name: "2012", exact: true }).click();
  await expect(page).toHaveURL(/\/archive\/2012\/$/);
  await page.getByRole("link", { name: "October 2012" }).click();
  await expect(page).toHaveURL(/\/archive\/2012\/10\/$/);
  await expect(
    page.getByRole("link", { name: "Peru to Install Military Bases in Region Held by Shining Path" }),
  ).toBeVisible();
  const breadcrumb = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(breadcrumb.getByRole("link")).toHaveText(["Home", "Archive", "2012"]);
});

test("a missing page offers search and the latest briefs", async ({ page }) => {
  const response = await page.goto("/no-such-page/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("searchbox", { name: "Search the briefs" })).toBeVisible();
  await expect(page.locator(".card").first()).toBeVisible();
});

test("the skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/tags/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await skip.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});
