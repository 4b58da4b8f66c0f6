import { expect, test } from "@playwright/test";

const seedPath = "/news/brief/peru-to-install-military-bases-in-region-held-by-shining-path/";

test.use({ javaScriptEnabled: false });

test("without JavaScript the brief still has working share, donate, helpful and republish fallbacks", async ({
  page,
}) => {
  await page.goto(seedPath);
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute("href")) ?? "";
  expect(canonical).toMatch(/^https:\/\//);

  const share = page.getByRole("region", { name: "Share this brief" });
  const whatsapp = share.getByRole("link", { name: /WhatsApp/ });
  await expect(whatsapp).toBeVisible();
  expect(new URL((await whatsapp.getAttribute("href")) ?? "").searchParams.get("text")).toContain(canonical);
  await expect(share.getByRole("link", { name: /^X/ })).toHaveAttribute("href", /^https:\/\/x\.com\/intent\/post\?/);
  await expect(share.getByRole("link", { name: "Send by e-mail" })).toHaveAttribute("href", /^mailto:\?subject=/);
  // Buttons that could not work without JavaScript are not offered.
  await expect(share.getByRole("button")).toHaveCount(0);

  const donate = page.getByRole("complementary", { name: "Support our work" });
  await expect(donate.getByRole("link", { name: "Donate" })).toHaveAttribute(
    "href",
    "https://insightcrime.example.org/donate/",
  );
  await expect(donate.getByRole("button")).toHaveCount(0);

  const helpful = page.getByRole("region", { name: "Was this content helpful?" });
  await expect(helpful.getByRole("link", { name: "Yes" })).toHaveAttribute("href", /^mailto:.*Yes/);

  await page.getByText("Republish this brief").click();
  const textarea = page.getByLabel("HTML of this brief");
  await expect(textarea).toBeVisible();
  expect(await textarea.inputValue()).toContain(`<a href="${canonical}">InSight Crime</a>`);
});
