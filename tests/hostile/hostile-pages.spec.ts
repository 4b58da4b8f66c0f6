import { expect, test, type Page } from "@playwright/test";
import { resolve } from "node:path";
import { hostileBriefs } from "../fixtures/hostile/corpus.ts";
import { readBuiltSite, sitePages } from "../../tools/quality/built-site.ts";

const site = readBuiltSite(resolve("tests/.build/hostile/dist"));
const briefs = new Map(hostileBriefs().map((brief) => [site.basePath + brief.path, brief]));

/**
 * Runs before any page script: `window.__pwned` (what every vector sets) becomes a trap that
 * records each write, and Content Security Policy violations are recorded as they happen.
 */
function installTraps() {
  const record = window as unknown as { __hostile: { writes: string[]; csp: string[] } };
  record.__hostile = { writes: [], csp: [] };
  Object.defineProperty(window, "__pwned", {
    configurable: false,
    get: () => undefined,
    set: (value: unknown) => {
      record.__hostile.writes.push(String(value));
    },
  });
  document.addEventListener("securitypolicyviolation", (event) => {
    record.__hostile.csp.push(
      `${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${String(event.lineNumber)})`,
    );
  });
}

/** Fires the events inline handlers wait for on every element of the page, so a surviving handler runs. */
async function poke(page: Page) {
  await page.evaluate(() => {
    for (const element of document.querySelectorAll("body *")) {
      for (const type of ["mouseover", "mouseenter", "focus", "focusin", "animationstart", "toggle", "load", "error"]) {
        element.dispatchEvent(new Event(type, { bubbles: type !== "mouseenter" && type !== "focus" }));
      }
    }
  });
}

/** URLs in the live DOM whose scheme could run code when followed. */
async function runnableUrls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const attributes = ["href", "src", "action", "formaction", "data", "poster", "xlink:href", "srcdoc"];
    const found: string[] = [];
    for (const element of document.querySelectorAll("*")) {
      for (const name of attributes) {
        const value = element.getAttribute(name);
        if (value === null) continue;
        // Browsers ignore control characters and spaces inside a scheme (`java\tscript:`); so does this.
        const compact = value.replace(/[^\x21-\uFFFF]/g, "");
        const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
        if (name === "srcdoc" || (scheme && !["http", "https", "mailto", "tel"].includes(scheme))) {
          found.push(`<${element.tagName.toLowerCase()} ${name}="${value}">`);
        }
      }
    }
    return found;
  });
}

for (const { path, redirectsTo } of sitePages(site)) {
  if (redirectsTo !== undefined) {
    // An alias page is gone before anything on it could be clicked; what matters is where it sends the reader.
    test(`${path}: redirects only to a page of this site`, () => {
      const target = new URL(redirectsTo, `https://site.invalid${path}`);
      const siteOrigins = ["https://site.invalid", site.origin ?? "https://site.invalid"];
      expect(siteOrigins, `${path} redirects to ${redirectsTo}`).toContain(target.origin);
    });
    continue;
  }
  test(`${path}: no injected code runs and the text is still there`, async ({ page }) => {
    const dialogs: string[] = [];
    const offSite: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on("request", (request) => {
      const { protocol, hostname } = new URL(request.url());
      if (protocol.startsWith("http") && hostname !== "127.0.0.1") offSite.push(request.url());
    });
    await page.addInitScript(installTraps);

    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState("load");
    await poke(page);
    // Handlers that fire on a timer or a failed load get a moment to do so.
    await page.waitForTimeout(100);

    const traps = await page.evaluate(
      () => (window as unknown as { __hostile: { writes: string[]; csp: string[] } }).__hostile,
    );
    expect(traps.writes, "window.__pwned was written: injected code ran").toEqual([]);
    expect(dialogs, "injected code opened a dialog").toEqual([]);
    expect(traps.csp, "the Content Security Policy blocked something").toEqual([]);
    expect(offSite, "the page requested another host").toEqual([]);
    expect(await runnableUrls(page), "a URL that runs code is in the page").toEqual([]);
    expect(await page.evaluate(() => typeof (window as unknown as { __pwned: unknown }).__pwned)).toBe("undefined");

    await expect(page.getByRole("heading", { level: 1 })).not.toBeEmpty();
    const brief = briefs.get(path);
    if (brief) {
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(brief.title);
      const main = page.locator("main");
      for (const text of brief.visibleText) await expect(main, `"${text}" is shown`).toContainText(text);
    }
  });
}

test("every hostile brief of the corpus was built into a page", () => {
  const built = new Set(sitePages(site).map((entry) => entry.path));
  expect([...briefs.keys()].filter((path) => !built.has(path))).toEqual([]);
});
