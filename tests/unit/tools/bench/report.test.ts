import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { table, updateDoc, type BuildResult } from "../../../../tools/bench/report.ts";

function result(
  site: BuildResult["site"],
  run: BuildResult["run"],
  wall: number,
  phases: [string, number][],
): BuildResult {
  return {
    site,
    run,
    briefs: 200,
    pages: site === "minimal" ? 200 : 460,
    wall,
    cpu: wall,
    rssBytes: 2 ** 30,
    rssMethod: "GNU time",
    rssPeakPhase: "pages",
    phases: new Map(phases),
    outBytes: 2 ** 20,
    outFiles: 700,
    articleHtmlGz: 9 * 1024,
    articleJsGz: 11 * 1024,
    articleCssGz: 3 * 1024,
    articleImagesPhone: 40 * 1024,
  };
}

describe("table", () => {
  const rows = table([
    result("minimal", "cold", 4, [["pages", 2]]),
    {
      ...result("dispatch", "cold", 10, [
        ["pages", 5],
        ["search-index", 3],
        ["related", 0.1],
      ]),
      search: { bytes: 150 * 1024, requests: 12 },
    },
  ]).split("\n");

  it("has a column per phase any build has, in the log's order, then the others", () => {
    expect(rows[0]).toBe(
      "| briefs | site | run | pages | wall s | CPU s | peak RSS GiB | RSS peaks in | output MiB | files per brief | kB per brief | pages s | search-index s | related s | article HTML gz KiB | article JS gz KiB | article CSS gz KiB | article images at 390 px 2x KiB | search KiB (requests) |",
    );
  });

  it("gives each figure as a ratio to the minimal site's cold build, and – where a build has no such phase", () => {
    expect(rows[2]).toBe(
      "| 200 | minimal | cold | 200 | 4.0 (1.00×) | 4.0 (1.00×) | 1.00 (1.00×) | pages | 1.0 | 3.50 | 5.2 | 2.0 (1.00×) | – | – | 9.0 | 11.0 | 3.0 | 40.0 | – |",
    );
    expect(rows[3]).toBe(
      "| 200 | dispatch | cold | 460 | 10.0 (2.50×) | 10.0 (2.50×) | 1.00 (1.00×) | pages | 1.0 | 3.50 | 5.2 | 5.0 (2.50×) | 3.0 | 0.1 | 9.0 | 11.0 | 3.0 | 40.0 | 150.0 (12) |",
    );
  });
});

describe("updateDoc", () => {
  it("replaces only what stands between the markers", async () => {
    const path = join(await mkdtemp(join(tmpdir(), "dispatch-bench-doc-")), "bench.md");
    await writeFile(
      path,
      "# Bench\n\nMethod.\n\n<!-- bench:results:start -->\nold\n<!-- bench:results:end -->\n\nAfter.\n",
    );
    await updateDoc(path, "### Run of today\n\nnew");
    expect(await readFile(path, "utf8")).toBe(
      "# Bench\n\nMethod.\n\n<!-- bench:results:start -->\n\n### Run of today\n\nnew\n<!-- bench:results:end -->\n\nAfter.\n",
    );
  });
});
