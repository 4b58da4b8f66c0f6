import preact from "@astrojs/preact";
import type { AstroIntegration } from "astro";
import { cmsAdmin } from "./cms/index.ts";
import { contentChannel, ContentChannel } from "./content-channel.ts";
import { hostFiles } from "./host-files.ts";
import { responsiveImages } from "./images/index.ts";
import { outputReport } from "./host-limits.ts";
import { outputFolder } from "./output-folder.ts";
import { parallelPrerender } from "./prerender/index.ts";
import { searchIndex } from "./search-index.ts";
import { sitemapWithDetails } from "./sitemap-details.ts";
import { socialCards } from "./social-cards/index.ts";
import { absoluteUrl, newsSitemapUrl } from "../model/urls.ts";
import { scheduleNow } from "../model/schedule.ts";
import { offlineReading } from "./offline-reading.ts";
import { scheduleReport } from "./schedule-report.ts";

/**
 * Drafts show in `astro dev` and nowhere else. Decided by the command, not by NODE_ENV:
 * Vite treats any NODE_ENV but "production" as development, so a build run from a shell
 * or test runner with NODE_ENV=test would otherwise publish drafts.
 */
function draftsInDevOnly(): AstroIntegration {
  return {
    name: "dispatch:drafts",
    hooks: {
      "astro:config:setup": ({ command, updateConfig }) => {
        updateConfig({
          vite: { define: { "import.meta.env.DISPATCH_SHOW_DRAFTS": JSON.stringify(command === "dev") } },
        });
      },
    },
  };
}

/**
 * What is wrong with the order of `actual` (the integrations' names in the resolved
 * config), given that `required` must appear in it once each, in that order, the last of
 * them last of all; undefined when nothing is.
 */
export function integrationOrderProblem(required: readonly string[], actual: readonly string[]): string | undefined {
  for (const name of required) {
    const count = actual.filter((each) => each === name).length;
    if (count !== 1)
      return `"${name}" is there ${count === 0 ? "not at all" : `${count} times`}, and must be there once`;
  }
  const found = actual.filter((name) => required.includes(name));
  const misplaced = found.findIndex((name, position) => name !== required[position]);
  if (misplaced !== -1) return `"${required[misplaced]}" must come before "${found[misplaced]}"`;
  const last = required.at(-1);
  if (last !== undefined && actual.at(-1) !== last) {
    return `"${last}" must come last, since it records that the output is complete, but "${actual.at(-1)}" follows it`;
  }
  return undefined;
}

/** Fails the build, before anything runs, when the resolved config has Dispatch's integrations out of order. */
function checkedOrder(required: readonly string[]): AstroIntegration {
  return {
    name: "dispatch-integration-order",
    hooks: {
      "astro:config:done": ({ config }) => {
        const problem = integrationOrderProblem(
          required,
          config.integrations.map((integration) => integration.name),
        );
        if (problem) {
          throw new Error(
            `Dispatch's build steps are out of order in the Astro config: ${problem}. ` +
              "Use dispatchIntegrations() from src/build/integrations.ts as it is, and put other integrations before it.",
          );
        }
      },
    },
  };
}

/**
 * Every integration the site needs, in the order their hooks must run (Astro runs each hook
 * integration by integration, in this order), with a check that the resolved config keeps it:
 *
 * - the content channel first, so that the loader finds it (src/build/content-channel.ts);
 * - pages rendered on worker threads (src/build/prerender/);
 * - social cards (drawn from the moment the briefs are loaded), images, host files, the
 *   offline reading files, the editing UI (/admin/) and sitemaps, once the pages are written;
 * - the output folder's clean-up after them (it deletes what the build did not write), while
 *   Pagefind, started with the build in its own process, finishes the search index;
 * - the search index, moved into place after the clean-up;
 * - the output summary (pages, files, bytes, host limits), once the folder is final;
 * - last, the record that the output folder is complete.
 */
export function dispatchIntegrations(): AstroIntegration[] {
  // One "now" for the build steps and the pages, which render in this process and read it
  // back from the environment (src/content/briefs.ts). Not a Vite `define`: that would
  // change every page's code each build and defeat the incremental build.
  const now = scheduleNow(process.env);
  process.env["DISPATCH_NOW"] = now.toISOString();
  const channel = new ContentChannel(now);
  const output = outputFolder();
  const ordered = [
    preact(),
    draftsInDevOnly(),
    contentChannel(channel),
    parallelPrerender(),
    socialCards(channel),
    responsiveImages(channel, output.keep),
    hostFiles(channel),
    offlineReading(channel),
    cmsAdmin(channel),
    sitemapWithDetails(channel, { newsSitemap: absoluteUrl(newsSitemapUrl()) }),
    output.inPlace,
    searchIndex(channel),
    scheduleReport(channel),
    outputReport(),
    output.completion,
  ];
  return [checkedOrder(ordered.map((integration) => integration.name)), ...ordered];
}
