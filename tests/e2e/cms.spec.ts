import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { writeAdminFolder } from "../../src/build/cms/admin-folder.ts";
import { splitFrontMatter } from "../../src/build/loader/strict-glob.ts";
import { authorProfileSchema } from "../../src/schemas/author.ts";
import { briefSchema, organizationItemSchema } from "../../src/schemas/brief.ts";
import { site } from "../../src/site.config.ts";
import { startDecapServer, type RunningDecapServer } from "../../tools/cms/decap-server.ts";
import { serveStatic, type StaticServer } from "../../tools/quality/static-server.ts";
import { buildSite } from "../helpers/site-build.ts";

/**
 * The editing UI as an editor uses it with the local backend: the admin folder the build
 * writes (with `local_backend`, as `npm run cms` makes it), served statically, and
 * decap-server on a loopback port writing into a temporary copy of content/ (never the
 * repository's own). Creating and editing a brief must write a file the build publishes.
 */

test.describe.configure({ mode: "serial" });

let workspace: string;
let decap: RunningDecapServer;
let server: StaticServer;
const briefFile = () => join(workspace, "content", "briefs", "2026", "fictional-cms-test-brief.md");

test.beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), "dispatch-cms-"));
  cpSync("content", join(workspace, "content"), { recursive: true });
  decap = await startDecapServer(workspace, Number(process.env["DECAP_PORT"] ?? 4591));
  await writeAdminFolder(join(workspace, "site", "admin"), {
    site,
    contentFolder: "content",
    existingTerms: new Map([["tags", ["Guides", "Coca"]]]),
    localBackend: decap.api,
  });
  server = await serveStatic(join(workspace, "site"));
});

test.afterAll(async () => {
  // Unset when beforeAll failed part-way.
  await (server as StaticServer | undefined)?.close();
  await (decap as RunningDecapServer | undefined)?.stop();
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

/** Messages of requests or code the editor's policy blocked, collected from every page. */
const blocked: string[] = [];

/** Opens the editor and signs in to the local backend. */
async function logIn(page: Page): Promise<void> {
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) blocked.push(message.text());
  });
  await page.goto(`${server.origin}/admin/`);
  await page.getByRole("button", { name: "Login" }).click();
  await expect(page.getByRole("link", { name: "Create entry of type Brief" })).toBeVisible();
}

const field = (page: Page, name: string) => page.locator(`[id^="${name}-field-"]`);

/** Adds one row per value to a list of terms, typing each into its row's text box. */
async function addTerms(page: Page, name: string, singular: string, values: readonly string[]): Promise<void> {
  for (const value of values) {
    await page.getByRole("button", { name: `Add ${singular}` }).click();
    await page.locator(`input[id^="${name}-field-"]`).last().fill(value);
  }
}

async function publish(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await page.getByText("Publish now", { exact: true }).click();
  await expect(page.getByText("Changes saved", { exact: true })).toBeVisible();
}

/** The saved brief's front matter as the build's loader reads it, through the build's schema. */
function savedBrief() {
  const { data, body } = splitFrontMatter(readFileSync(briefFile(), "utf8"), briefFile());
  return { frontMatter: briefSchema.parse(data), body };
}

test("an editor creates a brief that the build's schema accepts, with the analysis section previewed", async ({
  page,
}) => {
  await logIn(page);
  await page.getByRole("link", { name: "Create entry of type Brief" }).click();
  await field(page, "title").fill("Fictional CMS test brief");
  await field(page, "date").fill("2026-12-03");
  await addTerms(page, "countries", "Country", ["Valdoria"]);
  await addTerms(page, "tags", "Tag", ["Guides", "Fiction"]);
  // The tags in use are offered as suggestions.
  await expect(page.locator('datalist[id^="tags-field-"] option').first()).toHaveAttribute("value", "Guides");
  await page.getByText("Markdown", { exact: true }).click();
  await page
    .getByRole("textbox")
    .last()
    .fill("A fictional event, for testing.\n\n## InSight Crime Analysis\n\nWhat it means, fictionally.");
  await expect(page.frameLocator("iframe").locator("section.analysis h2")).toHaveText("InSight Crime Analysis");

  await publish(page);
  expect(existsSync(briefFile())).toBe(true);
  const { frontMatter, body } = savedBrief();
  expect(frontMatter).toMatchObject({
    title: "Fictional CMS test brief",
    countries: ["Valdoria"],
    tags: ["Guides", "Fiction"],
    lang: "en",
    draft: false,
  });
  expect(frontMatter.date.toISOString().slice(0, 10)).toBe("2026-12-03");
  expect(body).toContain("## InSight Crime Analysis");
});

test("editing the brief changes its file", async ({ page }) => {
  await logIn(page);
  await page.goto(`${server.origin}/admin/#/collections/briefs/entries/2026/fictional-cms-test-brief`);
  await field(page, "summary").fill("A fictional summary added in the editor.");
  await publish(page);
  await expect.poll(() => savedBrief().frontMatter.summary).toBe("A fictional summary added in the editor.");
  expect(savedBrief().frontMatter.title).toBe("Fictional CMS test brief");
});

test("a build publishes the brief the editor saved", async () => {
  test.setTimeout(120_000);
  const build = await buildSite(join(workspace, "content"));
  expect(build.code, build.output).toBe(0);
  const html = readFileSync(join(build.outDir, "news", "brief", "fictional-cms-test-brief", "index.html"), "utf8");
  expect(html).toContain("Fictional CMS test brief");
  expect(html).toMatch(/<section class="analysis"[^>]*>\s*<h2[^>]*>InSight Crime Analysis<\/h2>/);
  rmSync(dirname(build.outDir), { recursive: true, force: true });
});

test("an author profile and an organization news item saved from the editor pass their schemas", async ({ page }) => {
  await logIn(page);
  await page.goto(`${server.origin}/admin/#/collections/authors/new`);
  await field(page, "name").fill("Fictional Reporter");
  await field(page, "role").fill("Fictional beat");
  await publish(page);
  const authorFile = join(workspace, "content", "authors", "fictional-reporter.md");
  await expect.poll(() => existsSync(authorFile)).toBe(true);
  expect(authorProfileSchema.parse(splitFrontMatter(readFileSync(authorFile, "utf8"), authorFile).data)).toEqual({
    name: "Fictional Reporter",
    role: "Fictional beat",
    links: [],
  });

  await page.goto(`${server.origin}/admin/#/collections/organization/new`);
  await field(page, "title").fill("Fictional newsroom item");
  await field(page, "date").fill("2026-12-01");
  await publish(page);
  const itemFile = join(workspace, "content", "organization", "fictional-newsroom-item.md");
  await expect.poll(() => existsSync(itemFile)).toBe(true);
  const item = organizationItemSchema.parse(splitFrontMatter(readFileSync(itemFile, "utf8"), itemFile).data);
  expect(item).toMatchObject({ title: "Fictional newsroom item", lang: "en", draft: false });
});

test("nothing the editor did was blocked by its Content-Security-Policy", () => {
  expect(blocked).toEqual([]);
});

test("the form can be filled from the keyboard", async ({ page }) => {
  await logIn(page);
  await page.getByRole("link", { name: "Create entry of type Brief" }).click();
  await field(page, "title").focus();
  await page.keyboard.type("Typed title");
  await page.keyboard.press("Tab");
  await expect(field(page, "date")).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(field(page, "title")).toHaveValue("Typed title");

  // A tag added and typed with the keyboard alone: Enter on "Add Tag", then Tab to its row.
  await page.getByRole("button", { name: "Add Tag" }).focus();
  await page.keyboard.press("Enter");
  const tag = page.locator('input[id^="tags-field-"]');
  await expect(tag).toHaveCount(1);
  for (let presses = 0; presses < 8 && !(await tag.evaluate((input) => input === document.activeElement)); presses++) {
    await page.keyboard.press("Tab");
  }
  await expect(tag).toBeFocused();
  await page.keyboard.type("Keyboard tag");
  await expect(tag).toHaveValue("Keyboard tag");
});
