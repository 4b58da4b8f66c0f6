import preact from "@astrojs/preact";
import type { AstroIntegration } from "astro";
import { contentChannel, ContentChannel } from "./content-channel.ts";
import { hostFiles } from "./host-files.ts";
import { responsiveImages } from "./images/index.ts";
import { outputReport } from "./host-limits.ts";
import { outputFolder } from "./output-folder.ts";
import { searchIndex } from "./search-index.ts";
import { sitemapWithDetails } from "./sitemap-details.ts";
import { socialCards } from "./social-cards/index.ts";
import { absoluteUrl, newsSitemapUrl } from "../model/urls.ts";

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
 * - social cards, images, host files and sitemaps, once the pages are written;
 * - the output folder's clean-up after them (it deletes what the build did not write), while
 *   Pagefind, started with the build in its own process, finishes the search index;
 * - the search index, moved into place after the clean-up;
 * - the output summary (pages, files, bytes, host limits), once the folder is final;
 * - last, the record that the output folder is complete.
 */
export function dispatchIntegrations(): AstroIntegration[] {
  const channel = new ContentChannel();
  const output = outputFolder();
  const ordered = [
    preact(),
    draftsInDevOnly(),
    contentChannel(channel),
    socialCards(() => channel.loadedBriefs("The social cards").briefs),
    responsiveImages(() => channel.loadedImages("The images"), output.keep),
    hostFiles(channel),
    sitemapWithDetails(channel, { newsSitemap: absoluteUrl(newsSitemapUrl()) }),
    output.inPlace,
    searchIndex(channel),
    outputReport(),
    output.completion,
  ];
  return [checkedOrder(ordered.map((integration) => integration.name)), ...ordered];
}
