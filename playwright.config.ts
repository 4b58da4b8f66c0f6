import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/**
 * Browser tests run against the built site served by `astro preview`.
 * Chromium comes from the system (Debian's `chromium` package) unless CHROMIUM_PATH says
 * otherwise; with neither, Playwright's own download (`npx playwright install`) is used.
 */
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => existsSync(path));
// An empty CHROMIUM_PATH counts as unset, hence `||`.
// eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing -- "" must fall back too.
const executablePath = process.env["CHROMIUM_PATH"] || systemChromium;
const port = Number(process.env["PREVIEW_PORT"] ?? 4329);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  ...(process.env["CI"] ? { workers: 2 } : {}),
  reporter: "list",
  forbidOnly: Boolean(process.env["CI"]),
  retries: 0,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: {
    command: `npm run preview -- --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env["CI"],
    timeout: 60_000,
  },
});
