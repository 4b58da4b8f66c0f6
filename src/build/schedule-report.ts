import type { AstroIntegration } from "astro";
import type { ContentChannel } from "./content-channel.ts";
import { nextChangeLine } from "../model/schedule.ts";
import { site } from "../site.config.ts";

/**
 * Astro integration: the build's last word on scheduling, "Next scheduled change: <time>",
 * so an editor sees when the next build must run for a scheduled brief to go live or an
 * expiring one to come down (the GitHub Pages workflow also builds every hour).
 */
export function scheduleReport(channel: ContentChannel): AstroIntegration {
  return {
    name: "dispatch-schedule-report",
    hooks: {
      "astro:build:done": ({ logger }) => {
        logger.info(nextChangeLine(channel.loadedBriefs("The schedule report").nextChange, site.timeZone));
      },
    },
  };
}
