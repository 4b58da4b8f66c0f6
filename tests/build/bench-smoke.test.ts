import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";

/**
 * Smoke test of `npm run bench` at 200 briefs: the script must generate a corpus, build
 * Dispatch with no caches at all, then both sites cold and warm, weigh a reader's search,
 * and print its table. Times are never asserted here; the
 * figures only mean something in a quiet, full-size run (docs/bench.md). The corpus is text
 * only: encoding its 60 lead images would add a minute to CI, and tests/build/images.test.ts
 * covers images.
 */
const work = mkdtempSync(join(tmpdir(), "dispatch-bench-smoke-"));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

it("runs the benchmark end to end at 200 briefs and prints one row per build", { timeout: 600_000 }, () => {
  const result = spawnSync(
    process.execPath,
    ["tools/bench/bench.ts", "--sizes", "200", "--no-doc", "--no-images", "--work", work],
    {
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    },
  );
  expect(result.stderr).not.toMatch(/failed \(exit/);
  expect(result.status).toBe(0);
  const rows = result.stdout.split("\n").filter((line) => line.startsWith("| 200 |"));
  expect(
    rows.map((row) =>
      row
        .split("|")
        .slice(2, 4)
        .map((cell) => cell.trim()),
    ),
  ).toEqual([
    ["minimal", "cold"],
    ["dispatch", "first"],
    ["dispatch", "cold"],
    ["minimal", "warm"],
    ["dispatch", "warm"],
  ]);
  for (const row of rows) {
    const cells = row.split("|").map((cell) => cell.trim());
    const pages = Number(cells[4]);
    // Every brief but the rare draft gets a page (Dispatch adds listings on top).
    expect(pages).toBeGreaterThanOrEqual(195);
    expect(Number.parseFloat(cells[5]!)).toBeGreaterThan(0);
    expect(Number.parseFloat(cells[7]!)).toBeGreaterThan(0);
  }
  // The search column: kilobytes and requests of a reader's first search, on the cold row.
  const cold = rows[2]!.split("|").map((cell) => cell.trim());
  const [, kilobytes, requests] = /^([\d.]+) \((\d+)\)$/.exec(cold.at(-2)!) ?? [];
  expect(Number(kilobytes)).toBeGreaterThan(50);
  expect(Number(requests)).toBeGreaterThan(3);
  // Build output is removed after measuring unless --keep is given; the corpus stays for reuse.
  expect(existsSync(join(work, "dispatch-200", "dist"))).toBe(false);
  expect(existsSync(join(work, "corpus-200-seed1-text", "corpus.json"))).toBe(true);
});
