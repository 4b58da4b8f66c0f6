import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { briefsForCards, cardJobs } from "../../src/integrations/social-cards/index.ts";

describe("the social-card integration's choice of briefs", () => {
  let contentDir = "";
  const brief = (frontMatter: string) => `---\n${frontMatter}\n---\n\nBody text.\n`;

  beforeAll(async () => {
    contentDir = await mkdtemp(join(tmpdir(), "dispatch-card-content-"));
    await mkdir(join(contentDir, "briefs", "2024"), { recursive: true });
    await writeFile(
      join(contentDir, "briefs", "2024", "plain.md"),
      brief("title: Plain\ndate: 2024-05-01\ncountries: [Perú]"),
    );
    await writeFile(join(contentDir, "briefs", "draft.md"), brief("title: Draft\ndate: 2024-05-02\ndraft: true"));
    await writeFile(
      join(contentDir, "briefs", "pictured.md"),
      brief('title: Pictured\ndate: 2024-05-03\nimage:\n  src: images/p.jpg\n  alt: "A port"'),
    );
  });
  afterAll(async () => {
    await rm(contentDir, { recursive: true, force: true });
  });

  it("draws a card for each published brief without its own image, named by slug", async () => {
    const briefs = await briefsForCards(contentDir);
    expect(briefs.map((each) => each.slug)).toEqual(["pictured", "plain"]);
    const jobs = cardJobs(briefs, "/out");
    expect(jobs).toEqual([
      {
        file: join("/out", "social", "plain.png"),
        card: expect.objectContaining({ title: "Plain", country: "Perú", date: "1 May 2024", lang: "en" }) as unknown,
      },
    ]);
  });
});
