import { availableParallelism } from "node:os";
import { expect, it } from "vitest";
import { generateCorpus } from "../../../../tools/bench/generate-corpus.ts";
import { splitFrontMatter } from "../../../../src/build/loader/strict-glob.ts";
import { createRenderPool } from "../../../../src/build/loader/render-pool.ts";
import { renderBriefBody } from "../../../../src/markdown/pipeline.ts";

it(
  "renders on worker threads exactly what the main thread renders, in request order",
  { timeout: 60_000 },
  async () => {
    const bodies = [...generateCorpus({ count: 40, seed: 9 })]
      .filter((file) => file.path.startsWith("briefs/"))
      .map((file) => splitFrontMatter(file.contents, file.path).body);
    bodies.push('Raw <iframe src="https://example.com"></iframe> and <em>kept</em>.');
    // Claims a large archive so the pool starts its workers.
    const pool = createRenderPool(10_000);
    try {
      const cores = availableParallelism();
      expect(pool.threads).toBe(cores >= 2 ? Math.min(cores, 4) : 0);
      const fromPool = await Promise.all(bodies.map((body) => pool.run("renderBriefBody", body)));
      const here = await Promise.all(bodies.map((body) => renderBriefBody(body)));
      expect(fromPool).toEqual(here);
      if (pool.threads > 0) expect(pool.doneOnWorkers).toBe(bodies.length);
    } finally {
      await pool.close();
    }
  },
);

it("renders in this thread when there is too little to render to be worth starting workers", async () => {
  const pool = createRenderPool(10);
  expect(pool.threads).toBe(0);
  expect((await pool.run("renderBriefBody", "*hi*")).html).toBe("<p><em>hi</em></p>");
  await pool.close();
});
