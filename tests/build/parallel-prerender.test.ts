import { readdir, readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { prerenderThreads } from "../../src/build/prerender/index.ts";
import { buildSite, type BuildResult } from "../helpers/site-build.ts";

/** Every file of a built site (path relative to it → bytes). */
async function builtFiles(outDir: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  return new Map(await Promise.all(files.map(async (file) => [relative(outDir, file), await readFile(file)] as const)));
}

describe("pages rendered on worker threads", () => {
  let threaded: BuildResult;
  let single: BuildResult;

  beforeAll(async () => {
    // The bundled content: the seed brief, the samples (images included) and the guides.
    const content = resolve("content");
    threaded = await buildSite(content, { DISPATCH_PRERENDER_THREADS: "2" });
    single = await buildSite(content, { DISPATCH_PRERENDER_THREADS: "0" });
  }, 240_000);

  it("builds both ways, on two threads and on Astro's own", () => {
    expect(threaded.code, threaded.output).toBe(0);
    expect(single.code, single.output).toBe(0);
    expect(threaded.output).toContain("Rendering pages on 2 worker threads");
    expect(single.output).not.toContain("worker threads");
  });

  it("writes byte for byte the site Astro's own prerenderer writes", async () => {
    const [fromThreads, fromAstro] = await Promise.all([builtFiles(threaded.outDir), builtFiles(single.outDir)]);
    expect([...fromThreads.keys()].sort()).toEqual([...fromAstro.keys()].sort());
    expect(fromAstro.size).toBeGreaterThan(200);
    for (const [path, bytes] of fromAstro) expect(fromThreads.get(path)?.equals(bytes), path).toBe(true);
  });
});

describe("prerenderThreads", () => {
  it("takes DISPATCH_PRERENDER_THREADS, and is off without it", () => {
    expect(prerenderThreads({ DISPATCH_PRERENDER_THREADS: "3" })).toBe(3);
    expect(prerenderThreads({ DISPATCH_PRERENDER_THREADS: "0" })).toBe(0);
    expect(prerenderThreads({})).toBe(0);
  });

  it("refuses a value that is not a whole number, naming the variable", () => {
    expect(() => prerenderThreads({ DISPATCH_PRERENDER_THREADS: "two" })).toThrow(/DISPATCH_PRERENDER_THREADS .*"two"/);
  });
});
