import AxeBuilder from "@axe-core/playwright";
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { launchChromium } from "../../tools/quality/chromium.ts";
import { serveStatic } from "../../tools/quality/static-server.ts";

const root = new URL("../../", import.meta.url).pathname;

/** The html gate (`npm run test:html`) over another build: its report, empty when it passes. */
export async function htmlValidateReport(siteDir: string): Promise<string> {
  try {
    await promisify(execFile)(
      join(root, "node_modules", ".bin", "html-validate"),
      ["--config", ".htmlvalidate.json", siteDir],
      {
        cwd: root,
        maxBuffer: 16 << 20,
      },
    );
    return "";
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return `${failed.stdout ?? ""}${failed.stderr ?? ""}` || String(error);
  }
}

/** The rules the a11y gate runs (tests/a11y/axe.spec.ts). */
const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * axe over some pages of a build, in one browser, in light mode: a cheap sample of the a11y
 * gate for builds a test makes. Returns one line per violating element.
 */
export async function axeViolations(siteDir: string, paths: readonly string[]): Promise<string[]> {
  const server = await serveStatic(siteDir);
  const browser = await launchChromium();
  const violations: string[] = [];
  try {
    const page = await (await browser.newContext()).newPage();
    for (const path of paths) {
      const response = await page.goto(`${server.origin}${path}`);
      if (response?.status() !== 200)
        throw new Error(`${path} is not a page of the build (HTTP ${response?.status()})`);
      const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
      for (const violation of results.violations) {
        for (const node of violation.nodes) violations.push(`${path}: ${violation.id} at ${node.target.join(" ")}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return violations;
}
