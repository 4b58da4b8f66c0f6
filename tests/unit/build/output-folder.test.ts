import { mkdir, mkdtemp, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { staleFiles } from "../../../src/build/output-folder.ts";

describe("staleFiles", () => {
  it("lists files older than the build that it did not keep, leaving a .git checkout alone", async () => {
    const dir = await mkdtemp(join(tmpdir(), "dispatch-output-"));
    const old = new Date("2020-01-01T00:00:00Z");
    const files = {
      written: join(dir, "news/index.html"),
      kept: join(dir, "news/brief/kept/index.html"),
      stale: join(dir, "news/brief/deleted/index.html"),
      git: join(dir, ".git/HEAD"),
    };
    for (const [name, file] of Object.entries(files)) {
      await mkdir(join(file, ".."), { recursive: true });
      await writeFile(file, name);
      if (name !== "written") await utimes(file, old, old);
    }
    const since = new Date("2024-01-01T00:00:00Z").getTime();
    expect(await staleFiles(dir, since, new Set([files.kept]))).toEqual([files.stale]);
    // Astro hands over the output folder with a trailing slash.
    expect(await staleFiles(`${dir}/`, since, new Set([files.kept]))).toEqual([files.stale]);
  });
});
