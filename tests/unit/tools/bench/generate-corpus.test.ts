import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import sharp from "sharp";
import {
  generateCorpus,
  hasLeadImage,
  leadImagePath,
  MANIFEST,
  writeCorpus,
  writeCorpusImages,
} from "../../../../tools/bench/generate-corpus.ts";
import { briefSchema, organizationItemSchema } from "../../../../src/schemas/brief.ts";

const COUNT = 400;
const files = [...generateCorpus({ count: COUNT, seed: 42 })];
const briefs = files.filter((file) => file.path.startsWith("briefs/"));
const organization = files.filter((file) => file.path.startsWith("organization/"));

function split(contents: string): { front: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(contents);
  if (!match) throw new Error(`no front matter in:\n${contents.slice(0, 200)}`);
  return { front: parseYaml(match[1]!, { schema: "core", uniqueKeys: true }), body: match[2]! };
}

/** Words a reader would count: markup, URLs and the list markers removed. */
function wordCount(markdown: string): number {
  const text = markdown
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/^(#+|>|-|\d+\.)\s/gm, "")
    .replace(/[*[\]]/g, "");
  return text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
}

describe("generateCorpus", () => {
  it("gives the same bytes for the same seed, and different text for another seed", () => {
    const again = [...generateCorpus({ count: COUNT, seed: 42 })];
    expect(again).toEqual(files);
    const other = [...generateCorpus({ count: COUNT, seed: 43 })];
    expect(other.map((file) => file.contents)).not.toEqual(files.map((file) => file.contents));
  });

  it("writes exactly `count` briefs under briefs/<year>/, with unique slugs, plus organization items", () => {
    expect(briefs).toHaveLength(COUNT);
    for (const file of briefs) expect(file.path).toMatch(/^briefs\/\d{4}\/[a-z0-9-]+\.md$/);
    const slugs = briefs.map((file) => file.path.split("/").pop());
    expect(new Set(slugs).size).toBe(COUNT);
    expect(organization.length).toBeGreaterThan(0);
    expect([...generateCorpus({ count: 0, seed: 1 })].filter((file) => file.path.startsWith("briefs/"))).toHaveLength(
      0,
    );
  });

  it("writes front matter that passes the strict brief schema, filed under its year", () => {
    for (const file of briefs) {
      const { front } = split(file.contents);
      const parsed = briefSchema.safeParse(front);
      if (!parsed.success) throw new Error(`${file.path}: ${parsed.error.message}`);
      expect(file.path.startsWith(`briefs/${parsed.data.date.getUTCFullYear()}/`)).toBe(true);
    }
    for (const file of organization) {
      const parsed = organizationItemSchema.safeParse(split(file.contents).front);
      if (!parsed.success) throw new Error(`${file.path}: ${parsed.error.message}`);
    }
  });

  it("writes bodies of 300-700 words with the analysis heading of the brief's language, quotes, links and lists", () => {
    let quotes = 0;
    let lists = 0;
    for (const file of briefs) {
      const { front, body } = split(file.contents);
      const lang = (front as { lang?: string }).lang ?? "en";
      const heading = lang === "es" ? "## Análisis de InSight Crime" : "## InSight Crime Analysis";
      expect(body.split("\n")).toContain(heading);
      expect(body).toMatch(/\]\((?:https:\/\/example\.org\/|\/)/);
      expect(body).toMatch(lang === "es" ? /Texto sintético/ : /Synthetic text/);
      const words = wordCount(body);
      // The closing "synthetic text" note adds about 15 words to the 300-700 of prose.
      expect(words, file.path).toBeGreaterThanOrEqual(300);
      expect(words, file.path).toBeLessThanOrEqual(735);
      if (/^> /m.test(body)) quotes += 1;
      if (/^(- |\d+\. )/m.test(body)) lists += 1;
    }
    expect(quotes).toBeGreaterThan(COUNT / 10);
    expect(lists).toBeGreaterThan(COUNT / 4);
  });

  it("mixes English and Spanish, pairs some translations, and skews countries and tags (Zipf)", () => {
    const fronts = briefs.map((file) => split(file.contents).front as Record<string, unknown>);
    const spanish = fronts.filter((front) => front["lang"] === "es").length;
    expect(spanish / COUNT).toBeGreaterThan(0.15);
    expect(spanish / COUNT).toBeLessThan(0.5);
    const byKey = new Map<string, string[]>();
    for (const front of fronts) {
      const key = front["translationKey"];
      const lang = typeof front["lang"] === "string" ? front["lang"] : "en";
      if (typeof key === "string") byKey.set(key, [...(byKey.get(key) ?? []), lang]);
    }
    const pairs = [...byKey.values()].filter((langs) => langs.length === 2);
    expect(pairs.length).toBeGreaterThan(COUNT / 20);
    for (const langs of pairs) expect(langs.sort()).toEqual(["en", "es"]);

    const countryCounts = new Map<string, number>();
    for (const front of fronts) {
      for (const country of front["countries"] as string[])
        countryCounts.set(country, (countryCounts.get(country) ?? 0) + 1);
    }
    const ranked = [...countryCounts.values()].sort((a, b) => b - a);
    expect(ranked[0]!).toBeGreaterThan(4 * ranked[Math.min(9, ranked.length - 1)]!);
  });
});

describe("writeCorpus", () => {
  const root = mkdtempSync(join(tmpdir(), "dispatch-corpus-"));
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it("writes the generated files and a manifest, and rewrites its own folder without leftovers", () => {
    const out = join(root, "corpus");
    expect(writeCorpus(out, { count: 30, seed: 5 })).toEqual({ briefs: 30, organization: organization.length });
    const expected = [...generateCorpus({ count: 30, seed: 5 })];
    for (const file of expected) expect(readFileSync(join(out, file.path), "utf8")).toBe(file.contents);
    expect(JSON.parse(readFileSync(join(out, MANIFEST), "utf8"))).toMatchObject({ count: 30, seed: 5 });

    writeCorpus(out, { count: 10, seed: 6 });
    const written = readdirSync(join(out, "briefs"), { recursive: true }).filter((name) =>
      String(name).endsWith(".md"),
    );
    expect(written).toHaveLength(10);
  });

  it("gives three briefs in ten a lead image, and draws each one once, beside the briefs that point at it", async () => {
    const withImage = briefs.filter((file) => file.contents.includes("\nimage:\n"));
    expect(withImage.length / briefs.length).toBeCloseTo(0.3, 1);
    const out = join(root, "with-images");
    writeCorpus(out, { count: 10, seed: 7 });
    expect(await writeCorpusImages(out, { count: 10, seed: 7 })).toBe(3);
    const first = [...generateCorpus({ count: 10, seed: 7 })].find((file) => file.contents.includes("\nimage:\n"))!;
    const { front } = split(first.contents) as { front: { image: { src: string } } };
    // Every brief sits one year folder below briefs/, so any year resolves the same path.
    const image = join(out, "briefs", "2000", front.image.src);
    expect(await sharp(image).metadata()).toMatchObject({ format: "jpeg", width: 1280, height: 800 });
    expect(await writeCorpusImages(out, { count: 10, seed: 7 })).toBe(0);
    expect([0, 1, 2, 3].filter(hasLeadImage).map(leadImagePath)).toEqual([0, 1, 2].map(leadImagePath));
  });

  it("refuses to write into a non-empty folder it did not create", () => {
    const foreign = join(root, "foreign");
    mkdirSync(foreign);
    writeFileSync(join(foreign, "notes.md"), "keep me");
    expect(() => writeCorpus(foreign, { count: 3, seed: 1 })).toThrow(/refusing/);
    expect(readFileSync(join(foreign, "notes.md"), "utf8")).toBe("keep me");
  });
});
