import { defineConfig } from "@playwright/test";
import base from "./playwright.config.ts";

/**
 * Hostile-content gate: every page of the site built from tests/fixtures/hostile/ by
 * `node tests/hostile/build-hostile-site.ts` (run `npm run test:hostile` for both steps), served by
 * `astro preview` from that build's own output folder.
 */
const outDir = "tests/.build/hostile/dist";
const port = Number(process.env["PREVIEW_PORT"] ?? 4329) + 1;

export default defineConfig({
  ...base,
  testDir: "tests/hostile",
  use: { ...base.use, baseURL: `http://127.0.0.1:${String(port)}` },
  webServer: {
    command: `npm run preview -- --host 127.0.0.1 --port ${String(port)}`,
    url: `http://127.0.0.1:${String(port)}/`,
    env: { DISPATCH_OUT_DIR: outDir },
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
