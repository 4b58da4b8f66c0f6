import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./tools/quality/chromium.ts";

/**
 * Browser tests run against the built site served by `astro preview`.
 * Chromium comes from the system (Debian's `chromium` package) unless CHROMIUM_PATH says
 * otherwise; with neither, Playwright's own download (`npx playwright install`) is used.
 */
const executablePath = chromiumPath();
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
          args: chromiumArgs,
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
