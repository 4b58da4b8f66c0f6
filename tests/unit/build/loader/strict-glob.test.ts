import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { LoaderContext } from "astro/loaders";
import sharp from "sharp";
import { afterEach, describe, expect, it } from "vitest";
import { splitFrontMatter, strictGlob } from "../../../../src/build/loader/strict-glob.ts";
import { briefSchema } from "../../../../src/schemas/brief.ts";

interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
  digest?: string;
  rendered?: { html: string; metadata?: Record<string, unknown> };
}

/** A logger that stays quiet: the tests read the store, not the log. */
const ignore = () => undefined;

/** The parts of Astro's loader context the loader uses, with an in-memory store. */
function fakeContext(root: string) {
  const entries = new Map<string, StoredEntry>();
  const parsed: string[] = [];
  const context = {
    collection: "briefs",
    config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${root}/cache/`) },
    logger: { info: ignore, warn: ignore, error: ignore },
    generateDigest: (text: string) => createHash("sha1").update(text).digest("hex"),
    // Like Astro's, it reports invalid data as a rejected promise.
    parseData: ({ id, data }: { id: string; data: Record<string, unknown> }) => {
      parsed.push(id);
      const result = briefSchema.safeParse(data);
      if (!result.success) {
        const message = result.error.issues.map((issue) => `**${issue.path.join(".")}**: ${issue.message}`).join("\n");
        return Promise.reject(new Error(message));
      }
      return Promise.resolve(result.data);
    },
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: StoredEntry) => {
        entries.set(entry.id, entry);
        return true;
      },
      keys: () => [...entries.keys()],
      delete: (id: string) => entries.delete(id),
    },
  };
  return { context: context as unknown as LoaderContext, entries, parsed };
}

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "dispatch-loader-"));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** A PNG of `width`×`height`, drawn in memory. */
const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: "#3a6b8c" } })
    .png()
    .toBuffer();

const brief = (title: string, body = "Body text.") => `---\ntitle: ${title}\ndate: 2024-05-01\n---\n\n${body}\n`;

describe("strictGlob", () => {
  it("stores validated data, sanitized HTML and the first paragraph under the file name, not the source", async () => {
    const root = project({ "briefs/2024/first-brief.md": brief("First", "Hello <script>x()</script>**world**.") });
    const { context, entries } = fakeContext(root);
    await strictGlob({ base: join(root, "briefs") }).load(context);
    const entry = entries.get("first-brief");
    expect(entry?.filePath).toBe("briefs/2024/first-brief.md");
    expect(entry?.data["title"]).toBe("First");
    expect(entry?.data["date"]).toEqual(new Date(Date.UTC(2024, 4, 1, 12)));
    expect(entry?.body).toBeUndefined();
    expect(entry?.rendered?.html).toBe("<p>Hello <strong>world</strong>.</p>");
    expect(entry?.rendered?.metadata?.["firstParagraph"]).toBe("Hello world.");
  });

  it("on the next build re-reads every file but parses and renders only the changed ones, and drops deleted ones", async () => {
    const root = project({
      "briefs/a.md": brief("A"),
      "briefs/b.md": brief("B"),
      "briefs/c.md": brief("C"),
    });
    const { context, entries, parsed } = fakeContext(root);
    const loader = strictGlob({ base: join(root, "briefs") });
    await loader.load(context);
    expect(parsed.sort()).toEqual(["a", "b", "c"]);

    parsed.length = 0;
    writeFileSync(join(root, "briefs/b.md"), brief("B", "Edited."));
    unlinkSync(join(root, "briefs/c.md"));
    await loader.load(context);
    expect(parsed).toEqual(["b"]);
    expect(entries.get("b")?.rendered?.html).toBe("<p>Edited.</p>");
    expect([...entries.keys()].sort()).toEqual(["a", "b"]);
  });

  it("calls back once the collection is loaded, with the store holding every entry", async () => {
    const root = project({ "briefs/a.md": brief("A"), "briefs/b.md": brief("B", "[Map](./map.html)") });
    const { context } = fakeContext(root);
    const seen: string[][] = [];
    await strictGlob({ base: join(root, "briefs"), onLoaded: (loaded) => seen.push(loaded.store.keys().sort()) }).load(
      context,
    );
    expect(seen).toEqual([["a", "b"]]);
  });

  it("turns Markdown images into <picture> of their measured size and records them with the body", async () => {
    const root = project({ "briefs/a.md": brief("A", "Intro.\n\n![Map](./map.png)") });
    writeFileSync(join(root, "briefs/map.png"), await png(300, 150));
    const { context, entries } = fakeContext(root);
    await strictGlob({ base: join(root, "briefs") }).load(context);
    const entry = entries.get("a");
    expect(entry?.rendered?.html).toMatch(
      /^<p>Intro\.<\/p>\n<p><picture><source type="image\/avif" srcset="[^"]+-200\.avif 200w, [^"]+-300\.avif 300w"/,
    );
    expect(entry?.rendered?.html).toMatch(
      /<img src="[^"]+-300\.jpg" alt="Map" srcset="[^"]+" sizes="[^"]+" width="300" height="150" loading="lazy" decoding="async"><\/picture><\/p>$/,
    );
    const images = entry?.rendered?.metadata?.["images"] as { sources: { path: string; width: number }[] };
    expect(images.sources).toEqual([expect.objectContaining({ path: join(root, "briefs/map.png"), width: 300 })]);
    expect(entry).not.toHaveProperty("assetImports");
  });

  it("counts an edited image as a change to its brief, though the Markdown is the same", async () => {
    const root = project({ "briefs/a.md": brief("A", "![Map](./map.png)") });
    writeFileSync(join(root, "briefs/map.png"), await png(300, 150));
    const { context, entries, parsed } = fakeContext(root);
    await strictGlob({ base: join(root, "briefs") }).load(context);
    const before = entries.get("a")?.digest;
    await strictGlob({ base: join(root, "briefs") }).load(context);
    expect(parsed).toEqual(["a"]);
    writeFileSync(join(root, "briefs/map.png"), await png(320, 150));
    await strictGlob({ base: join(root, "briefs") }).load(context);
    expect(parsed).toEqual(["a", "a"]);
    expect(entries.get("a")?.digest).not.toBe(before);
    expect(entries.get("a")?.rendered?.html).toContain('width="320"');
  });

  it("fails naming the file and the field or body line of a missing or unreadable image", async () => {
    const lead = `---\ntitle: A\ndate: 2024-05-01\nimage:\n  src: ./gone.jpg\n  alt: A port\n---\n\nBody.\n`;
    const missingLead = project({ "briefs/a.md": lead });
    await expect(
      strictGlob({ base: join(missingLead, "briefs") }).load(fakeContext(missingLead).context),
    ).rejects.toThrow(
      /Broken image in briefs\/a\.md: image\.src "\.\/gone\.jpg": no image at .*gone\.jpg; expected a path relative to the brief/,
    );
    const notAnImage = project({ "briefs/b.md": brief("B", "One.\n\nTwo.\n\n![Chart](./chart.png)") });
    writeFileSync(join(notAnImage, "briefs/chart.png"), "not an image");
    await expect(
      strictGlob({ base: join(notAnImage, "briefs") }).load(fakeContext(notAnImage).context),
    ).rejects.toThrow(
      /Broken image in briefs\/b\.md, body line 10: image "\.\/chart\.png" is not an image sharp can read; expected JPEG, PNG, WebP, AVIF or GIF/,
    );
  });

  it("refuses a body image over plain http, with the same advice as for a lead image", async () => {
    const root = project({ "briefs/a.md": brief("A", "![Port](http://example.org/port.jpg)") });
    await expect(strictGlob({ base: join(root, "briefs") }).load(fakeContext(root).context)).rejects.toThrow(
      /Broken image in briefs\/a\.md, body line 6: image "http:\/\/example\.org\/port\.jpg": "http:\/\/example\.org\/port\.jpg" uses http; use its https address/,
    );
  });

  it("keeps a remote image that cannot be downloaded as it is, with a warning naming the brief", async () => {
    const root = project({ "briefs/a.md": brief("A", "![Port](https://example.invalid/port.jpg)") });
    const { context, entries } = fakeContext(root);
    const warnings: string[] = [];
    context.logger.warn = (message: string) => warnings.push(message);
    const previous = process.env["DISPATCH_REMOTE_IMAGES"];
    process.env["DISPATCH_REMOTE_IMAGES"] = "off";
    try {
      await strictGlob({ base: join(root, "briefs") }).load(context);
    } finally {
      if (previous === undefined) delete process.env["DISPATCH_REMOTE_IMAGES"];
      else process.env["DISPATCH_REMOTE_IMAGES"] = previous;
    }
    expect(entries.get("a")?.rendered?.html).toBe(
      '<p><img src="https://example.invalid/port.jpg" alt="Port" loading="lazy" decoding="async"></p>',
    );
    expect(warnings).toEqual([
      expect.stringMatching(/^briefs\/a\.md, body line 6: .*https:\/\/example\.invalid\/port\.jpg.*remote <img>/),
    ]);
  });

  it("names the file when front matter fails the schema", async () => {
    const root = project({ "briefs/bad-date.md": "---\ntitle: X\ndate: 2024-13-45\n---\nBody\n" });
    const { context } = fakeContext(root);
    await expect(strictGlob({ base: join(root, "briefs") }).load(context)).rejects.toThrow(
      /Invalid front matter in briefs\/bad-date\.md:\n.*no month 13/,
    );
  });

  it("stops when two files share a name, naming both", async () => {
    const root = project({ "briefs/2023/same.md": brief("One"), "briefs/2024/same.md": brief("Two") });
    const { context } = fakeContext(root);
    await expect(strictGlob({ base: join(root, "briefs") }).load(context)).rejects.toThrow(
      /named "same".*\n- briefs\/2023\/same\.md\n- briefs\/2024\/same\.md/,
    );
  });
});

describe("splitFrontMatter", () => {
  it("reads front matter with the YAML core schema, so impossible dates stay text for the schema to reject", () => {
    const { data, body } = splitFrontMatter("---\ntitle: A\ndate: 2024-13-45\n---\n\nBody text.\n", "x.md");
    expect(data).toEqual({ title: "A", date: "2024-13-45" });
    expect(body).toBe("Body text.");
  });

  it("names the file and front-matter line when the YAML is broken", () => {
    expect(() => splitFrontMatter("---\ntitle: A\ntitle: B\n---\nBody", "content/briefs/x.md")).toThrow(
      /Broken front matter in content\/briefs\/x\.md \(front matter line \d+\)/,
    );
  });

  it("treats a file without front matter as all body, and empty front matter as no fields", () => {
    expect(splitFrontMatter("Just text.\n", "x.md")).toEqual({ data: {}, body: "Just text." });
    expect(splitFrontMatter("---\n---\nText", "x.md")).toEqual({ data: {}, body: "Text" });
  });
});
