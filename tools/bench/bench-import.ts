// Benchmark of the WordPress importer: generates a synthetic export of N posts (default
// 10,000), imports it into a temporary folder and prints posts per second and peak memory.
// Timing goals are printed, never asserted (see BRIEFING). Usage: npm run bench:import [-- N]
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultImportOptions, importWordpress } from "../wordpress-import/run-import.ts";
import { generateWxr } from "./generate-wxr.ts";

const posts = Number(process.argv[2] ?? 10_000);
const TARGET_POSTS_PER_SECOND = 500;
const folder = await mkdtemp(join(tmpdir(), "dispatch-import-bench-"));
try {
  const input = join(folder, "export.xml");
  await generateWxr(input, posts);
  const size = (await stat(input)).size;
  let peak = process.memoryUsage().rss;
  const cpuBefore = process.cpuUsage();
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const report = await importWordpress({
    ...defaultImportOptions(input, join(folder, "briefs")),
    countryParents: ["Countries"],
    timeZone: "America/Bogota",
  });
  clearInterval(sampler);
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  peak = Math.max(peak, process.memoryUsage().rss);
  const rate = report.posts / report.seconds;
  console.log(
    `WordPress import: ${report.posts} posts from a ${(size / 1e6).toFixed(1)} MB export in ${report.seconds.toFixed(2)} s`,
  );
  console.log(
    `  ${Math.round(rate)} posts/s (target ≥ ${TARGET_POSTS_PER_SECOND}): ${rate >= TARGET_POSTS_PER_SECOND ? "met" : "MISSED"}`,
  );
  // On a shared machine wall time includes waiting for a core; CPU time shows the importer's own cost.
  console.log(`  ${cpuSeconds.toFixed(2)} s of CPU: ${Math.round(report.posts / cpuSeconds)} posts per CPU-second`);
  console.log(
    `  peak RSS ${(peak / 2 ** 20).toFixed(0)} MiB; errors ${report.errors.length}, warnings ${report.warnings.length}`,
  );
} finally {
  await rm(folder, { recursive: true, force: true });
}
