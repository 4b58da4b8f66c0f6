import { describe, expect, it } from "vitest";
import { mapConcurrently } from "../../../src/lib/concurrency.ts";

describe("mapConcurrently", () => {
  it("keeps the items' order whatever order the work finishes in, and never runs more than the limit", async () => {
    let running = 0;
    let most = 0;
    const delays = [30, 5, 20, 1, 15, 10, 2];
    const results = await mapConcurrently(delays, 3, async (delay) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, delay));
      running--;
      return delay * 2;
    });
    expect(results).toEqual(delays.map((delay) => delay * 2));
    expect(most).toBe(3);
  });

  it("handles no items, and fails with the work's error", async () => {
    expect(await mapConcurrently([], 4, () => Promise.resolve(1))).toEqual([]);
    await expect(mapConcurrently([1, 2], 2, (item) => Promise.reject(new Error(`item ${item}`)))).rejects.toThrow(
      /item 1/,
    );
  });
});
