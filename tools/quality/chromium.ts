import { existsSync } from "node:fs";
import { chromium, type Browser } from "@playwright/test";

/**
 * The Chromium every browser check uses: `CHROMIUM_PATH` (or Lighthouse's `CHROME_PATH`) when
 * set, else Debian's package, else undefined so Playwright falls back to its own download.
 * An empty variable counts as unset.
 */
export function chromiumPath(): string | undefined {
  const fromEnv = [process.env["CHROMIUM_PATH"], process.env["CHROME_PATH"]].find((path) => path);
  return fromEnv ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => existsSync(path));
}

/** Flags headless Chromium needs on these machines (root, no GPU, no network but loopback). */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Headless Chromium for the checks and tools that drive a browser themselves (outside Playwright's runner). */
export function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  return chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
}
