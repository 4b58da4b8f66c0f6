import { defineConfig } from "@playwright/test";
import base from "./playwright.config.ts";

/**
 * Accessibility gate: axe on every page of the built site and a keyboard-only walk through
 * an article, against the same `astro preview` of dist/ as the end-to-end tests
 * (SITE_DIR names the folder when it is not dist/: the pages are read from there).
 */
export default defineConfig({
  ...base,
  testDir: "tests/a11y",
  // Failures list rule, element and URL; a trace of every page would cost more than it tells.
  use: { ...base.use, trace: "off" },
});
