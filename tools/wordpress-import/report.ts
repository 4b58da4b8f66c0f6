import { relative } from "node:path";
import type { ImportReport } from "./run-import.ts";

function countBy<T>(items: readonly T[], key: (item: T) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/**
 * The summary printed after an import: counts, then every post that was skipped or kept
 * with the reason, every error and every warning with its post id. Individual written
 * files are listed only when `verbose`, since an archive has thousands.
 */
export function formatReport(
  report: ImportReport,
  options: { outDir: string; dryRun: boolean; verbose: boolean },
): string {
  const lines: string[] = [];
  const would = options.dryRun ? "would be " : "";
  const where = (path: string) => relative(options.outDir, path);
  if (report.aborted) {
    lines.push(`Import stopped: ${report.errors.length} invalid post(s); nothing was written.`);
    lines.push("Fix them in WordPress and export again, or pass --skip-invalid to import the other posts.");
  }
  for (const error of report.errors)
    lines.push(`error   post ${error.postId || "?"} (line ${error.line}): ${error.message}`);
  if (!report.aborted) {
    const outcomes = countBy(report.files, (file) => file.outcome);
    lines.push(
      `${report.items} items read, ${report.posts} briefs in ${options.outDir}: ` +
        (outcomes.map(([outcome, count]) => `${count} ${would}${outcome}`).join(", ") || "none"),
    );
    for (const file of report.files) {
      if (file.outcome === "kept") {
        lines.push(
          `kept    post ${file.postId}: ${where(file.path)} was edited by hand; not overwritten (use --force)`,
        );
      } else if (options.verbose) {
        lines.push(`${file.outcome.padEnd(7)} post ${file.postId}: ${where(file.path)}`);
      }
    }
  }
  const skipped = countBy(report.skipped, (item) => item.reason);
  if (skipped.length > 0)
    lines.push(
      `Skipped ${report.skipped.length}: ${skipped.map(([reason, count]) => `${count} ${reason}`).join(", ")}`,
    );
  for (const item of report.skipped) {
    if (item.type === "post") lines.push(`skipped post ${item.postId} (${item.reason}): ${item.title || "(no title)"}`);
  }
  // A post with ten unsupported shortcodes gets one line saying so, not ten; lines are per post.
  for (const [line, count] of countBy(
    report.warnings,
    (warning) => `${warning.postId ? `post ${warning.postId}` : "export"}: ${warning.message}`,
  ).sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true }))) {
    lines.push(`warning ${line}${count > 1 ? ` (${count} in this post)` : ""}`);
  }
  const { copied, unchanged, missing } = report.media;
  if (copied + unchanged + missing.length > 0) {
    lines.push(
      `Media: ${copied} file(s) ${options.dryRun ? "would be " : ""}copied, ${unchanged} already in place, ` +
        `${missing.length} not in the uploads copy (kept as remote URLs):`,
    );
    for (const file of missing) lines.push(`missing ${file.url} (post ${file.postIds.join(", post ")})`);
  }
  if (report.seconds > 0 && report.posts > 0) {
    lines.push(`Done in ${report.seconds.toFixed(2)} s (${Math.round(report.posts / report.seconds)} posts/s).`);
  }
  return lines.join("\n");
}
