/**
 * Builds the hostile corpus (tests/fixtures/hostile/ plus a brief of every XSS vector) into
 * tests/.build/hostile/dist, for the hostile gate's browser tests.
 * Usage: node tests/hostile/build-hostile-site.ts   (part of `npm run test:hostile`)
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { corpusDir, vectorBrief, vectorBriefSlug } from "../fixtures/hostile/corpus.ts";

export const hostileBuildDir = resolve("tests/.build/hostile");
const content = join(hostileBuildDir, "content");
const outDir = join(hostileBuildDir, "dist");

rmSync(hostileBuildDir, { recursive: true, force: true });
for (const folder of ["briefs", "organization"]) {
  if (existsSync(join(corpusDir, folder))) cpSync(join(corpusDir, folder), join(content, folder), { recursive: true });
}
mkdirSync(join(content, "briefs"), { recursive: true });
writeFileSync(join(content, "briefs", `${vectorBriefSlug}.md`), vectorBrief());

const build = spawnSync("npx", ["astro", "build"], {
  env: {
    ...process.env,
    CONTENT_DIR: content,
    DISPATCH_OUT_DIR: outDir,
    DISPATCH_CACHE_DIR: join(hostileBuildDir, "cache"),
    ASTRO_TELEMETRY_DISABLED: "1",
    NO_COLOR: "1",
  },
  encoding: "utf8",
});
const output = `${build.stdout}${build.stderr}`;
if (build.status !== 0) {
  console.error(output);
  console.error(`Building the hostile corpus failed (exit ${String(build.status)}).`);
  process.exit(1);
}
console.log(/\d+ page\(s\) built[^\n]*/.exec(output)?.[0] ?? "built", `→ ${outDir}`);
