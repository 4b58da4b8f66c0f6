import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { drawMissingCards, generateSocialCards, type CardJob } from "../../../../src/build/social-cards/generate.ts";
import type { SocialCard } from "../../../../src/model/social-card.ts";

const card = (index: number): SocialCard => ({
  title: `Brief number ${index} about a trafficking route`,
  kicker: "Brief",
  country: "Peru",
  date: "16 Oct 2012",
  organization: "InSight Crime",
  lang: "en",
});

describe("generateSocialCards", () => {
  let root = "";
  const jobs = (folder: string, cards: SocialCard[]): CardJob[] =>
    cards.map((each, index) => ({ card: each, file: join(root, folder, "social", `brief-${index}.png`) }));

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "dispatch-cards-test-"));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("draws missing cards in worker threads, then reuses the cache, redrawing only what changed", async () => {
    const cacheDir = join(root, "cache");
    const cards = Array.from({ length: 10 }, (_, index) => card(index));

    const cold = await generateSocialCards(jobs("cold", cards), { cacheDir, maxWorkers: 2 });
    expect(cold).toMatchObject({ total: 10, rendered: 10, reused: 0, workers: 2 });
    expect((await readdir(join(root, "cold", "social"))).sort()).toHaveLength(10);
    expect((await readdir(cacheDir)).filter((name) => name.endsWith(".png"))).toHaveLength(10);

    const warm = await generateSocialCards(jobs("warm", cards), { cacheDir, maxWorkers: 2 });
    expect(warm).toMatchObject({ total: 10, rendered: 0, reused: 10, workers: 0 });
    const [first, again] = await Promise.all([
      readFile(join(root, "cold", "social", "brief-3.png")),
      readFile(join(root, "warm", "social", "brief-3.png")),
    ]);
    expect(again.equals(first)).toBe(true);

    const edited = cards.map((each, index) => (index === 3 ? { ...each, title: "A corrected headline" } : each));
    const partial = await generateSocialCards(jobs("edited", edited), { cacheDir, maxWorkers: 2 });
    expect(partial).toMatchObject({ rendered: 1, reused: 9, workers: 0 });
    expect((await readFile(join(root, "edited", "social", "brief-3.png"))).equals(first)).toBe(false);

    // Into the same folder again (a build over last build's output): every card is replaced.
    const reverted = await generateSocialCards(jobs("edited", cards), { cacheDir, maxWorkers: 2 });
    expect(reverted).toMatchObject({ rendered: 0, reused: 10 });
    expect((await readFile(join(root, "edited", "social", "brief-3.png"))).equals(first)).toBe(true);
  }, 60_000);

  it("draws into the cache alone beside the pages, once per distinct card, so placing them afterwards draws none", async () => {
    const cacheDir = join(root, "early-cache");
    const cards = Array.from({ length: 10 }, (_, index) => card(200 + index));
    const early = await drawMissingCards([...cards, cards[0]!], { cacheDir, maxWorkers: 2 });
    expect(early).toEqual({ drawn: 10, workers: 2 });
    expect((await readdir(cacheDir)).filter((name) => name.endsWith(".png"))).toHaveLength(10);
    expect(await readdir(root)).not.toContain("early");

    const placed = await generateSocialCards(jobs("early", cards), { cacheDir, maxWorkers: 2 });
    expect(placed).toMatchObject({ total: 10, rendered: 0, reused: 10, workers: 0 });
    expect(await readdir(join(root, "early", "social"))).toHaveLength(10);
  }, 60_000);

  it("fails with the count of cards it could not draw, naming them, when drawing fails on a worker", async () => {
    const cards = Array.from({ length: 10 }, (_, index) => card(100 + index));
    // Two distinct broken cards (their dates differ): identical cards are drawn, and counted, once.
    const broken = cards.map((each, index) =>
      index % 5 === 0 ? { ...each, title: null as unknown as string, date: `${index + 1} Oct 2012` } : each,
    );
    await expect(
      generateSocialCards(jobs("broken", broken), { cacheDir: join(root, "broken-cache"), maxWorkers: 2 }),
    ).rejects.toThrow(/^2 social cards could not be drawn, e\.g\. "null": .*null/);
  }, 60_000);
});
