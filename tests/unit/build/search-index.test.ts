import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { SearchIndexBuild } from "../../../src/build/search-index.ts";
import type { Brief } from "../../../src/model/briefs.ts";
import type { LoadedBriefs } from "../../../src/build/content-channel.ts";
import { makeBrief } from "../../helpers/make-brief.ts";

const root = mkdtempSync(join(tmpdir(), "dispatch-search-"));
const staging = join(root, "cache", "search-index");
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});
const warnings: string[] = [];
const warn = (message: string) => warnings.push(message);

/** Writes each brief's source file (its bytes are what a rebuild compares) and returns what the loader would announce. */
function loaded(briefs: { brief: Brief; body: string }[]): Pick<LoadedBriefs, "briefs" | "bodies"> {
  for (const { brief, body } of briefs) {
    mkdirSync(join(root, "content", "briefs"), { recursive: true });
    writeFileSync(join(root, brief.filePath), `---\ntitle: ${brief.title}\n---\n${body}\n`);
  }
  return {
    briefs: briefs.map(({ brief }) => brief),
    bodies: new Map(briefs.map(({ brief, body }) => [brief.id, `<p>${body}</p>`])),
  };
}

/** The indexed pages' URLs and text, read back from Pagefind's fragment files. */
function indexedPages(): Map<string, string> {
  const folder = join(staging, "pagefind", "fragment");
  const pages = readdirSync(folder).map((name) => {
    const text = gunzipSync(readFileSync(join(folder, name)))
      .toString("utf8")
      .replace(/^pagefind_dcd/, "");
    const { url, content } = JSON.parse(text) as { url: string; content: string };
    return [url, content] as const;
  });
  return new Map(pages);
}

const alpha = makeBrief("alpha", { title: "Alpha", date: "2024-05-03" });
const beta = makeBrief("beta", { title: "Beta", date: "2024-05-02" });
const gamma = makeBrief("gamma", { title: "Gamma", date: "2024-05-01" });

describe("the search index of a build", () => {
  afterEach(() => {
    expect(warnings).toEqual([]);
  });

  it("indexes every brief on a first build, with nothing sent early", async () => {
    const content = loaded([
      { brief: alpha, body: "Coca crops." },
      { brief: beta, body: "Port seizures." },
      { brief: gamma, body: "Prison riots." },
    ]);
    const { early } = await new SearchIndexBuild(staging, root, warn).finish(content);
    expect(early).toBe(0);
    expect([...indexedPages().keys()].sort()).toEqual([
      "/news/brief/alpha/",
      "/news/brief/beta/",
      "/news/brief/gamma/",
    ]);
  });

  it("on a rebuild sends the unchanged briefs early and only the edited and new ones after loading", async () => {
    const build = new SearchIndexBuild(staging, root, warn);
    const delta = makeBrief("delta", { title: "Delta", date: "2024-05-04" });
    const content = loaded([
      { brief: delta, body: "New brief." },
      { brief: alpha, body: "Coca crops." },
      { brief: beta, body: "Port seizures, corrected." },
    ]);
    // gamma was deleted: its remembered document is not sent, since its file is gone.
    rmSync(join(root, gamma.filePath));
    const { early } = await build.finish(content);
    expect(early).toBe(1);
    const pages = indexedPages();
    expect([...pages.keys()].sort()).toEqual(["/news/brief/alpha/", "/news/brief/beta/", "/news/brief/delta/"]);
    expect(pages.get("/news/brief/beta/")).toContain("corrected");
  });

  it("starts over when a brief sent early is no longer published", async () => {
    // beta and delta are unchanged on disk, so they go out early, but the loader has only alpha (the others became drafts).
    const build = new SearchIndexBuild(staging, root, warn);
    const { early } = await build.finish(loaded([{ brief: alpha, body: "Coca crops." }]));
    expect(early).toBe(0);
    expect([...indexedPages().keys()]).toEqual(["/news/brief/alpha/"]);
  });

  it("starts over when a document sent early is not what the loaded brief makes now", async () => {
    // Same source bytes, another document: as after a change to the code or the site's settings.
    const build = new SearchIndexBuild(staging, root, warn);
    const retitled = { ...alpha, title: "Alpha, retitled by the code" };
    const { early } = await build.finish({
      briefs: [retitled],
      bodies: new Map([[alpha.id, "<p>Coca crops.</p>"]]),
    });
    expect(early).toBe(0);
    expect(indexedPages().get("/news/brief/alpha/")).toContain("retitled by the code");
  });

  it("builds from scratch when the record of the last build was cut short", async () => {
    const record = join(staging, "documents.jsonl");
    writeFileSync(record, readFileSync(record, "utf8").slice(0, 40));
    const build = new SearchIndexBuild(staging, root, warn);
    const { early } = await build.finish({ briefs: [alpha], bodies: new Map([[alpha.id, "<p>Coca crops.</p>"]]) });
    expect(early).toBe(0);
    expect(warnings.splice(0)).toEqual([expect.stringMatching(/Ignored .*documents\.jsonl, which is incomplete/)]);
    expect([...indexedPages().keys()]).toEqual(["/news/brief/alpha/"]);
    // …and leaves a whole record for the next build.
    expect(readFileSync(record, "utf8").split("\n").filter(Boolean)).toHaveLength(1);
  });

  it("still builds the index when the record for the next build cannot be written", async () => {
    const blocked = join(root, "blocked");
    // A folder where the record should be: it can be neither read nor written.
    mkdirSync(join(blocked, "search-index", "documents.jsonl"), { recursive: true });
    const build = new SearchIndexBuild(join(blocked, "search-index"), root, warn);
    const { early } = await build.finish({ briefs: [alpha], bodies: new Map([[alpha.id, "<p>Coca crops.</p>"]]) });
    expect(early).toBe(0);
    expect(warnings.splice(0)).toEqual([
      expect.stringMatching(/Could not read the last build's search documents/),
      expect.stringMatching(/Could not record the search documents for the next build/),
    ]);
  });

  it("sends everything early when nothing changed", async () => {
    const build = new SearchIndexBuild(staging, root, warn);
    const { early } = await build.finish({ briefs: [alpha], bodies: new Map([[alpha.id, "<p>Coca crops.</p>"]]) });
    expect(early).toBe(1);
    expect([...indexedPages().keys()]).toEqual(["/news/brief/alpha/"]);
  });
});
