import { defineConfig } from "@playwright/test";
import { resolve } from "node:path";
import base from "./playwright.config.ts";
import { readBuiltSite } from "./tools/quality/built-site.ts";

/**
 * Accessibility gate: axe on every page of the built site and a keyboard-only walk through
 * an article, against the same `astro preview` of dist/ as the end-to-end tests.
 * SITE_DIR checks another build (e.g. one made with BASE_PATH): it is served under its own base path.
 */
const siteDir = process.env["SITE_DIR"];
const server = base.webServer && !Array.isArray(base.webServer) ? base.webServer : undefined;
const basePath = siteDir ? readBuiltSite(resolve(siteDir)).basePath : "/";

export default defineConfig({
  ...base,
  testDir: "tests/a11y",
  // Failures list rule, element and URL; a trace of every page would cost more than it tells.
  use: { ...base.use, trace: "off" },
  ...(siteDir && server
    ? {
        webServer: {
          ...server,
          url: `${server.url ?? ""}${basePath.slice(1)}`,
          env: { DISPATCH_OUT_DIR: resolve(siteDir), BASE_PATH: basePath },
        },
      }
    : {}),
});
