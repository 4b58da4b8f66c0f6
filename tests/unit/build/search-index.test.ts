import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { indexerFingerprint, ShardedSearchIndex } from "../../../src/build/search-index.ts";
import type { Brief } from "../../../src/model/briefs.ts";
import { makeBrief } from "../../helpers/make-brief.ts";

const root = mkdtempSync(join(tmpdir(), "dispatch-search-"));
const staging = join(root, "cache", "search-index");
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** What the loader announces: the briefs and their bodies. */
const loaded = (briefs: { brief: Brief; body: string }[]) => ({
  briefs: briefs.map(({ brief }) => brief),
  bodies: new Map(briefs.map(({ brief, body }) => [brief.id, `<p>${body}</p>`])),
});

/** The pages a kept shard holds (URL → text), read back from Pagefind's fragment files. */
function shardPages(index: ShardedSearchIndex, key: string): Map<string, string> {
  const folder = join(index.shardFolder(key), "fragment");
  const pages = readdirSync(folder).map((name) => {
    const text = gunzipSync(readFileSync(join(folder, name)))
      .toString("utf8")
      .replace(/^pagefind_dcd/, "");
    const { url, content } = JSON.parse(text) as { url: string; content: string };
    return [url, content] as const;
  });
  return new Map(pages);
}

const modified = (folder: string) => statSync(join(folder, "pagefind-entry.json")).mtimeMs;

const old = makeBrief("old", { title: "Old", date: "2019-05-03" });
const alpha = makeBrief("alpha", { title: "Alpha", date: "2024-05-03" });
const beta = makeBrief("beta", { title: "Beta", date: "2024-05-02" });

describe("the sharded search index", () => {
  const index = new ShardedSearchIndex(staging, 1, "pagefind@1 forceLanguage=en");

  it("indexes every shard on a first build, newest first, keeping only the files readers load", async () => {
    const shards = await index.update(
      loaded([
        { brief: alpha, body: "Coca crops." },
        { brief: beta, body: "Port seizures." },
        { brief: old, body: "Prison riots." },
      ]),
    );
    expect(shards).toEqual([
      { key: "2024", pages: 2, indexed: true },
      { key: "2019", pages: 1, indexed: true },
    ]);
    expect([...shardPages(index, "2024").keys()].sort()).toEqual(["/news/brief/alpha/", "/news/brief/beta/"]);
    expect(shardPages(index, "2019").get("/news/brief/old/")).toContain("Prison riots.");
    const files = readdirSync(index.shardFolder("2024"));
    expect(files).toContain("pagefind.js");
    expect(files.filter((file) => file.includes("-ui"))).toEqual([]);
  });

  it("keeps the shards whose documents did not change and indexes the others again", async () => {
    const before = modified(index.shardFolder("2019"));
    const shards = await index.update(
      loaded([
        { brief: alpha, body: "Coca crops." },
        { brief: beta, body: "Port seizures, corrected." },
        { brief: old, body: "Prison riots." },
      ]),
    );
    expect(shards.map((shard) => [shard.key, shard.indexed])).toEqual([
      ["2024", true],
      ["2019", false],
    ]);
    expect(modified(index.shardFolder("2019"))).toBe(before);
    expect(shardPages(index, "2024").get("/news/brief/beta/")).toContain("corrected");
  });

  it("indexes a shard again when its document changes with the same source (code or settings)", async () => {
    const retitled = { ...old, title: "Old, retitled by the code" };
    const shards = await index.update(
      loaded([
        { brief: alpha, body: "Coca crops." },
        { brief: beta, body: "Port seizures, corrected." },
        { brief: retitled, body: "Prison riots." },
      ]),
    );
    expect(shards.find((shard) => shard.key === "2019")?.indexed).toBe(true);
    expect(shardPages(index, "2019").get("/news/brief/old/")).toContain("retitled by the code");
  });

  it("deletes a shard no brief belongs to any more", async () => {
    await index.update(loaded([{ brief: alpha, body: "Coca crops." }]));
    expect(readdirSync(join(staging, "shards"))).toEqual(["2024"]);
  });

  it("indexes a shard again when its folder does not hold what its digest says (a build stopped half-way)", async () => {
    // As if a build had indexed a newer 2024 and stopped before anything else: the folder's
    // digest is the newer one's, so going back to the old document must index it again.
    await index.update(loaded([{ brief: alpha, body: "Coca crops, retracted later." }]));
    const shards = await index.update(loaded([{ brief: alpha, body: "Coca crops." }]));
    expect(shards).toEqual([{ key: "2024", pages: 1, indexed: true }]);
    expect(shardPages(index, "2024").get("/news/brief/alpha/")).not.toContain("retracted");
    // A shard whose digest file is gone is indexed again too.
    rmSync(join(index.shardFolder("2024"), "dispatch-digest.txt"));
    expect((await index.update(loaded([{ brief: alpha, body: "Coca crops." }])))[0]?.indexed).toBe(true);
  });

  it("indexes every shard again when Pagefind's version or language changes", async () => {
    const upgraded = new ShardedSearchIndex(staging, 1, "pagefind@2 forceLanguage=en");
    const shards = await upgraded.update(loaded([{ brief: alpha, body: "Coca crops." }]));
    expect(shards).toEqual([{ key: "2024", pages: 1, indexed: true }]);
    expect((await index.update(loaded([{ brief: alpha, body: "Coca crops." }])))[0]?.indexed).toBe(true);
  });

  it("places the shards in the output folder, Pagefind's code only in the first", async () => {
    const shards = await index.update(
      loaded([
        { brief: alpha, body: "Coca crops." },
        { brief: old, body: "Prison riots." },
      ]),
    );
    const out = join(root, "dist");
    mkdirSync(out, { recursive: true });
    await index.place(shards, out);
    expect(readdirSync(join(out, "pagefind")).sort()).toEqual(["2019", "2024"]);
    expect(readdirSync(join(out, "pagefind", "2024"))).toContain("pagefind.js");
    const merged = readdirSync(join(out, "pagefind", "2019"));
    expect(merged).toContain("pagefind-entry.json");
    expect(merged).not.toContain("dispatch-digest.txt");
    expect(merged.filter((file) => file.startsWith("pagefind.js") || file.startsWith("wasm."))).toEqual([]);
    expect(readdirSync(join(out, "pagefind", "2019", "fragment"))).toHaveLength(1);
  });
});

describe("indexerFingerprint", () => {
  it("names the installed Pagefind and the language it indexes in", () => {
    expect(indexerFingerprint(process.cwd())).toMatch(/^pagefind@\d+\.\d+\.\d+ forceLanguage=en$/);
  });

  it("says unknown where Pagefind's package cannot be read", () => {
    expect(indexerFingerprint(root)).toBe("pagefind@unknown forceLanguage=en");
  });
});
