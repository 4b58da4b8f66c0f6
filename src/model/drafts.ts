import { scheduleState, type ScheduleFields } from "./schedule.ts";

/** What a build makes of an entry: its page, a short notice at its URL (it expired), or nothing. */
export type BuildVisibility = "page" | "expired-notice" | "none";

export interface BuildOptions {
  /** Show drafts and briefs scheduled for later (`astro dev`); never in a production build. */
  includeDrafts: boolean;
  /** The build's time (src/model/schedule.ts `scheduleNow`). */
  now: Date;
}

/**
 * The one decision on which entries a build publishes. Drafts and briefs whose publish
 * moment is still ahead are built only when asked (`astro dev` shows them, labelled), never
 * in a production build, so no page, list, feed or related section can show one. An expired
 * entry leaves every list but keeps its URL, which shows a notice instead of the brief.
 */
export function buildVisibility(
  entry: { data: { draft: boolean } & ScheduleFields },
  options: BuildOptions,
): BuildVisibility {
  if (entry.data.draft && !options.includeDrafts) return "none";
  const state = scheduleState(entry.data, options.now);
  if (state === "expired") return "expired-notice";
  return state === "scheduled" && !options.includeDrafts ? "none" : "page";
}

/** Whether an entry gets its page and its place in lists and feeds. */
export function isBuilt(entry: { data: { draft: boolean } & ScheduleFields }, options: BuildOptions): boolean {
  return buildVisibility(entry, options) === "page";
}
