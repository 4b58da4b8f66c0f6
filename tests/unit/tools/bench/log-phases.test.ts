import { describe, expect, it } from "vitest";
import {
  buildPhases,
  pagesBuilt,
  peakPhase,
  phaseLine,
  scriptPhases,
  SPAWN_LINE,
  type LogLine,
} from "../../../../tools/bench/log-phases.ts";

/** A build log as Astro 7 prints it, with the seconds each line arrived at. */
const log: LogLine[] = [
  [0, SPAWN_LINE],
  [1.5, "10:00:01 [content] Syncing content"],
  [4.0, "10:00:04 [content] Synced content"],
  [4.1, "10:00:04 [build] Building static entrypoints..."],
  [9.0, "10:00:09 [build] ✓ Completed in 4.9s."],
  [9.2, "10:00:09 [build] generating static routes"],
  [30.0, "10:00:30 ✓ Completed in 20.8s."],
  [
    31.0,
    "10:00:31 [dispatch-search-index] Pagefind indexed 998 briefs in 2 shard(s), 1 indexed anew: 2026 (40 briefs), in 12.3 s, beside the rest of the build",
  ],
  [31.2, "10:00:31 [dispatch-images] 300 images in 2450 ms (0 files encoded, 4800 reused)"],
  [31.5, "10:00:31 [build] 2260 page(s) built in 31.40s"],
  [32.0, "10:00:32 [build] Complete!"],
].map(([at, text]) => ({ at: at as number, text: text as string }));

describe("buildPhases", () => {
  it("times each phase between its markers, the finish after the pages' own 'Completed'", () => {
    const phases = buildPhases(log);
    expect([...phases.keys()]).toEqual([
      "startup",
      "content sync",
      "prepare",
      "bundle",
      "pages",
      "finish",
      "search-index",
      "images",
    ]);
    expect(phases.get("startup")).toBeCloseTo(1.5);
    expect(phases.get("content sync")).toBeCloseTo(2.5);
    expect(phases.get("bundle")).toBeCloseTo(5.1);
    expect(phases.get("pages")).toBeCloseTo(20.8);
    expect(phases.get("finish")).toBeCloseTo(2.0);
  });

  it("takes the search index's time from its own log line", () => {
    expect(buildPhases(log).get("search-index")).toBe(12.3);
  });

  it("takes the images' time from their own log line, in seconds", () => {
    expect(buildPhases(log).get("images")).toBe(2.45);
  });

  it("leaves out a phase whose markers are missing (the minimal site has no search index)", () => {
    const phases = buildPhases(log.filter((line) => !/Pagefind|Syncing/.test(line.text)));
    expect(phases.has("search-index")).toBe(false);
    expect(phases.has("content sync")).toBe(false);
  });
});

describe("pagesBuilt", () => {
  it("reads Astro's page count, 0 without one", () => {
    expect(pagesBuilt(log)).toBe(2260);
    expect(pagesBuilt([])).toBe(0);
  });
});

describe("peakPhase", () => {
  it("names the phase in progress at the highest memory sample", () => {
    const timeline = [
      { at: 3, rss: 100 },
      { at: 20, rss: 900 },
      { at: 31.8, rss: 400 },
    ];
    expect(peakPhase(log, timeline)).toBe("pages");
    expect(peakPhase(log, [{ at: 40, rss: 1 }])).toBe("other");
    expect(peakPhase(log, [])).toBe("–");
  });
});

describe("script phases", () => {
  it("reads back what phaseLine prints, and nothing else", () => {
    const output = [
      "Social cards for 200 briefs",
      "  cold: 3000 ms",
      phaseLine("cards-cold", 3.0004),
      phaseLine("cards-warm", 0.05),
      "bench:phase not-a-number xs",
    ].join("\n");
    expect(scriptPhases(output)).toEqual(
      new Map([
        ["cards-cold", 3],
        ["cards-warm", 0.05],
      ]),
    );
  });
});
