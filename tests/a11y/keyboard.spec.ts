import { expect, test, type Page } from "@playwright/test";
import { resolve } from "node:path";
import { readBuiltSite, sampleArticle, sitePages } from "../quality/built-site.ts";

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

interface Focused {
  /** Index given to each focusable element before tabbing; -1 for anything else (the page itself). */
  index: number;
  label: string;
  /** True if outline or box-shadow differs from the same element unfocused. */
  focusVisible: boolean;
  inViewport: boolean;
}

/** Numbers every visible focusable element and records its unfocused outline and shadow. */
async function markFocusables(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const elements = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (element) => element.checkVisibility({ visibilityProperty: true }) && element.tabIndex >= 0,
    );
    return elements.map((element, index) => {
      const style = getComputedStyle(element);
      element.dataset["kbdIndex"] = String(index);
      element.dataset["kbdUnfocused"] =
        `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} | ${style.boxShadow}`;
      return `<${element.tagName.toLowerCase()}> "${element.textContent.trim().slice(0, 40)}" ${element.getAttribute("href") ?? ""}`;
    });
  }, selector);
}

async function pressAndRead(page: Page, key: string): Promise<Focused> {
  await page.keyboard.press(key);
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body || element.dataset["kbdIndex"] === undefined) {
      return {
        index: -1,
        label: element ? `<${element.tagName.toLowerCase()}>` : "nothing",
        focusVisible: true,
        inViewport: true,
      };
    }
    const style = getComputedStyle(element);
    const focused = `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} | ${style.boxShadow}`;
    const outlined = style.outlineStyle !== "none" && style.outlineWidth !== "0px";
    const shadowed = style.boxShadow !== "none";
    const box = element.getBoundingClientRect();
    return {
      index: Number(element.dataset["kbdIndex"]),
      label: `<${element.tagName.toLowerCase()}> "${element.textContent.trim().slice(0, 40)}"`,
      focusVisible: focused !== element.dataset["kbdUnfocused"] && (outlined || shadowed),
      inViewport: box.bottom > 0 && box.right > 0 && box.top < window.innerHeight && box.left < window.innerWidth,
    };
  });
}

test.describe(`keyboard only, on ${article?.path ?? "an article"}`, () => {
  test.beforeEach(async ({ page }) => {
    expect(article, "the built site has an article page").toBeDefined();
    await page.goto(article?.path ?? "/");
    // Let islands below the fold hydrate, then start from the top as a reader would.
    await page.evaluate(() => {
      window.scrollTo(0, document.body.scrollHeight);
    });
    await page.waitForLoadState("networkidle");
    await page.evaluate(() => {
      window.scrollTo(0, 0);
    });
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

  test("Tab reaches every control with a visible focus indicator and cycles back to the start, both ways", async ({
    page,
  }) => {
    const labels = await markFocusables(page, focusableSelector);
    expect(labels.length, "an article has links and buttons").toBeGreaterThan(10);
    const limit = labels.length * 2 + 10;

    for (const key of ["Tab", "Shift+Tab"]) {
      const reached = new Set<number>();
      const invisible: string[] = [];
      const offscreen: string[] = [];
      let start: number | undefined;
      let cycled = false;
      for (let press = 0; press < limit; press += 1) {
        const focused = await pressAndRead(page, key);
        if (focused.index === -1) continue;
        if (focused.index === start) {
          cycled = true;
          break;
        }
        start ??= focused.index;
        reached.add(focused.index);
        if (!focused.focusVisible) invisible.push(focused.label);
        if (!focused.inViewport) offscreen.push(focused.label);
      }
      expect(cycled, `${key} comes back to where it started within ${limit} presses (no focus trap)`).toBe(true);
      const unreached = labels.filter((_, index) => !reached.has(index));
      expect(unreached, `${key} reaches every control`).toEqual([]);
      expect(invisible, `focus is visible on every control (${key})`).toEqual([]);
      expect(offscreen, `the focused control is scrolled into view (${key})`).toEqual([]);
    }
  });
});
