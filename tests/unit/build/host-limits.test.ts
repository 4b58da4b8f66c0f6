import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  exceededHostLimits,
  hostLimits,
  outputSummaryLine,
  summarizeOutput,
  type OutputSummary,
} from "../../../src/build/host-limits.ts";

const small: OutputSummary = {
  pages: 40,
  files: 120,
  folders: 50,
  bytes: 4_000_000,
  largestFile: { path: "pagefind/wasm.unknown.pagefind", bytes: 60_000 },
};

describe("exceededHostLimits", () => {
  it("finds nothing over any limit for a small site", () => {
    expect(exceededHostLimits(small)).toEqual([]);
    expect(outputSummaryLine(small)).toBe(
      "Output: 40 pages, 120 files, 4.0 MB; within every host limit Dispatch knows (docs/deploy.md)",
    );
  });

  it("names each host and limit an archive-sized output exceeds", () => {
    const archive = { ...small, pages: 20_500, files: 41_207, folders: 20_600, bytes: 1_100_000_000 };
    expect(exceededHostLimits(archive)).toEqual([
      "Cloudflare Pages (free): 41,207 files > 20,000",
      "GitHub Pages: 1.10 GB > 1.00 GB",
      "GitLab Pages: 1.10 GB > 1.00 GB",
    ]);
  });

  it("counts folders only for hosts that count them, and checks the largest file", () => {
    const crowded = {
      ...small,
      files: 150_000,
      folders: 60_000,
      largestFile: { path: "big.pdf", bytes: 30 * 1024 * 1024 },
    };
    const found = exceededHostLimits(crowded);
    expect(found).toContain("GitLab Pages: 210,000 files and folders > 200,000");
    expect(found).toContain("Cloudflare Pages (paid): 150,000 files > 100,000");
    expect(found).toContain("Cloudflare Pages (free): big.pdf is 31.5 MB > 26.2 MB");
  });

  it("gives every host at least one limit", () => {
    for (const limit of hostLimits) {
      expect([limit.maxFiles, limit.maxBytes, limit.maxFileBytes].some((value) => value !== undefined)).toBe(true);
    }
  });
});

describe("summarizeOutput", () => {
  it("counts pages, files, folders and bytes, leaving a .git checkout out", async () => {
    const dir = await mkdtemp(join(tmpdir(), "dispatch-output-summary-"));
    const files: Record<string, string> = {
      "index.html": "<p>home</p>",
      "news/brief/one/index.html": "<p>one</p>",
      "feed.xml": "x".repeat(500),
      ".git/HEAD": "ref: main",
    };
    for (const [path, text] of Object.entries(files)) {
      await mkdir(join(dir, path, ".."), { recursive: true });
      await writeFile(join(dir, path), text);
    }
    const summary = await summarizeOutput(`${dir}/`);
    expect(summary).toEqual({
      pages: 2,
      files: 3,
      folders: 3,
      bytes: 11 + 10 + 500,
      largestFile: { path: "feed.xml", bytes: 500 },
    });
  });
});
