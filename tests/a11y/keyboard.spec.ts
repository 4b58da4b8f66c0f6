import { expect, test, type Page } from "@playwright/test";
import { resolve } from "node:path";
import { readBuiltSite, sampleArticle, sitePages } from "../../tools/quality/built-site.ts";
import { hydrateIslands } from "./islands.ts";

const site = readBuiltSite(resolve(process.env["SITE_DIR"] ?? "dist"));
const article = sampleArticle(site, sitePages(site));

/** What can take focus from the keyboard, before visibility is checked. */
const focusableSelector = [
  "a[href]",
  "area[href]",
  "button:not([disabled])",
  "input:not([disabled]):not([type=hidden])",
  "select:not([disabled])",
  "textarea:not([disabled])",
  "summary",
  "iframe",
  "[contenteditable]:not([contenteditable=false])",
  "[tabindex]:not([tabindex='-1'])",
].join(",");

/**
 * Presses `key` and stamps the element that took focus: its order of arrival and its
 * focused style. Returns the stamp, or -1 when focus left the page's controls.
 */
/** `walk` names the data attribute of this walk, in lower case (it is used in selectors too). */
async function pressAndStamp(page: Page, key: string, walk: string): Promise<number> {
  await page.keyboard.press(key);
  return page.evaluate((walk) => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body || element === document.documentElement) return -1;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const stamp = element.dataset[walk] ?? String(document.querySelectorAll(`[data-${walk}]`).length);
    element.dataset[walk] = stamp;
    // Outline and box-shadow are what a focus indicator changes; compared with the unfocused state after the walk.
    element.dataset[`${walk}Style`] =
      `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} | ${style.boxShadow}`;
    element.dataset[`${walk}Indicated`] = String(
      (style.outlineStyle !== "none" && style.outlineWidth !== "0px") || style.boxShadow !== "none",
    );
    element.dataset[`${walk}InView`] = String(
      box.bottom > 0 && box.right > 0 && box.top < window.innerHeight && box.left < window.innerWidth,
    );
    return Number(stamp);
  }, walk);
}

/** Controls a walk should have reached but did not, and those whose focus was invisible or off screen. */
async function walkReport(page: Page, walk: string) {
  return page.evaluate(
    ({ walk, selector }) => {
      const unfocusedStyle = (element: Element) => {
        const style = getComputedStyle(element);
        return `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} | ${style.boxShadow}`;
      };
      (document.activeElement as HTMLElement | null)?.blur();
      const label = (element: HTMLElement) =>
        `<${element.tagName.toLowerCase()}> "${element.textContent.trim().slice(0, 40)}" ${(element.getAttribute("href") ?? element.getAttribute("name") ?? "").slice(0, 60)}`;
      const controls = [...document.querySelectorAll<HTMLElement>(selector)].filter(
        (element) => element.checkVisibility({ visibilityProperty: true }) && element.tabIndex >= 0,
      );
      // A radio group is one Tab stop (arrow keys move within it): reaching any radio reaches the group.
      const radioGroupReached = (radio: HTMLInputElement) =>
        [...document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${CSS.escape(radio.name)}"]`)].some(
          (member) => member.dataset[walk] !== undefined,
        );
      const unreached = controls
        .filter((element) =>
          element instanceof HTMLInputElement && element.type === "radio" && element.name
            ? !radioGroupReached(element)
            : element.dataset[walk] === undefined,
        )
        .map(label);
      const reached = [...document.querySelectorAll<HTMLElement>(`[data-${walk}]`)];
      const invisible = reached
        .filter(
          (element) =>
            element.dataset[`${walk}Indicated`] !== "true" ||
            element.dataset[`${walk}Style`] === unfocusedStyle(element),
        )
        .map(label);
      const offscreen = reached.filter((element) => element.dataset[`${walk}InView`] !== "true").map(label);
      return { reached: reached.length, unreached, invisible, offscreen };
    },
    { walk, selector: focusableSelector },
  );
}

test.describe(`keyboard only, on ${article?.path ?? "an article"}`, () => {
  test.beforeEach(async ({ page }) => {
    expect(article, "the built site has an article page").toBeDefined();
    await page.goto(article?.path ?? "/");
    // Islands first, so the walk meets the controls a reader gets; then start from the top.
    await hydrateIslands(page);
  });

  test("the first Tab shows a skip link that moves focus into the main content", async ({ page }) => {
    await page.keyboard.press("Tab");
    const skipLink = page.locator(":focus");
    const target = await skipLink.getAttribute("href");
    expect(target, "the first focusable element links to an in-page target").toMatch(/^#.+/);
    await expect(skipLink).toBeInViewport();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    const targetElement = page.locator(target ?? "#main");
    await expect(targetElement).toBeFocused();
    await page.keyboard.press("Tab");
    expect(await targetElement.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  });

  for (const [key, walk] of [
    ["Tab", "kbdforward"],
    ["Shift+Tab", "kbdbackward"],
  ] as const) {
    test(`${key} reaches every control with a visible focus indicator and comes back to the start`, async ({
      page,
    }) => {
      const limit = (await page.locator(focusableSelector).count()) * 2 + 10;
      let start: number | undefined;
      let cycled = false;
      for (let press = 0; press < limit && !cycled; press += 1) {
        const stamp = await pressAndStamp(page, key, walk);
        if (stamp === -1) continue;
        cycled = stamp === start;
        start ??= stamp;
      }
      expect(cycled, `${key} comes back to where it started within ${String(limit)} presses (no focus trap)`).toBe(
        true,
      );

      const report = await walkReport(page, walk);
      expect(report.reached, "an article has links and buttons").toBeGreaterThan(10);
      expect(report.unreached, `${key} reaches every control`).toEqual([]);
      expect(report.invisible, "focus is visible on every control").toEqual([]);
      expect(report.offscreen, "the focused control is scrolled into view").toEqual([]);
    });
  }
});
