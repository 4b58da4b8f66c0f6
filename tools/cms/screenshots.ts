/**
 * Takes the screenshots in docs/editors.md from the real editing UI: the admin folder the
 * build writes, with the local backend over a temporary copy of content/.
 * Usage: node tools/cms/screenshots.ts
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startDecapServer } from "./decap-server.ts";
import { writeAdminFolder } from "../../src/build/cms/admin-folder.ts";
import { site } from "../../src/site.config.ts";
import { launchChromium } from "../quality/chromium.ts";
import { serveStatic } from "../quality/static-server.ts";

const images = join(process.cwd(), "docs", "images");
const workspace = mkdtempSync(join(tmpdir(), "dispatch-cms-shots-"));
cpSync("content", join(workspace, "content"), { recursive: true });
const decap = await startDecapServer(workspace, Number(process.env["DECAP_PORT"] ?? 4592));
await writeAdminFolder(join(workspace, "site", "admin"), {
  site,
  contentFolder: "content",
  existingTerms: new Map([["tags", ["Guides", "Ports", "Drug Policy"]]]),
  localBackend: decap.api,
});
const server = await serveStatic(join(workspace, "site"));
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 720 } });
  await page.goto(`${server.origin}/admin/`);
  await page.screenshot({ path: join(images, "cms-login.png") });
  await page.getByRole("button", { name: "Login" }).click();
  await page.getByRole("link", { name: /^Peru to Install Military Bases/ }).waitFor();
  await page.screenshot({ path: join(images, "cms-briefs.png") });

  await page.getByRole("link", { name: "Create entry of type Brief" }).click();
  const field = (name: string) => page.locator(`[id^="${name}-field-"]`);
  await field("title").fill("Fictional sample: Valdoria opens a port inquiry");
  await field("date").fill("2026-12-03");
  await page.getByRole("button", { name: "Add Country" }).click();
  await page.locator('input[id^="countries-field-"]').fill("Valdoria");
  await page.getByRole("button", { name: "Add Tag" }).click();
  await page.locator('input[id^="tags-field-"]').fill("Ports");
  await page.screenshot({ path: join(images, "cms-new-brief.png") });
  await page.getByText("Markdown", { exact: true }).click();
  await page
    .getByRole("textbox")
    .last()
    .fill(
      "Valdoria, a fictional country, opened an inquiry into its port inspections.\n\n## InSight Crime Analysis\n\nThis sample shows how the analysis section looks in the preview.",
    );
  await page.frameLocator("iframe").locator("section.analysis").waitFor();
  await page.screenshot({ path: join(images, "cms-body-preview.png") });
} finally {
  await browser.close();
  await server.close();
  await decap.stop();
  rmSync(workspace, { recursive: true, force: true });
}
console.log(`Screenshots written to ${images}`);
