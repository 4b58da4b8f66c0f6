import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { announceLoadedBriefs } from "../../../../src/build/announce-loaded-briefs.ts";
import { cardJobs } from "../../../../src/build/social-cards/index.ts";
import { offBriefsLoaded, onBriefsLoaded, type LoadedBriefs } from "../../../../src/build/loaded-briefs.ts";
import type { StoredEntry } from "../../../../src/build/loader/strict-glob.ts";
import { briefSchema } from "../../../../src/schemas/brief.ts";

const entry = (id: string, frontMatter: Record<string, unknown>): StoredEntry => ({
  id,
  filePath: `content/briefs/${id}.md`,
  data: briefSchema.parse(frontMatter),
  rendered: { html: "<p>Body text.</p>", metadata: { firstParagraph: "Body text." } },
});

describe("the briefs handed to the social cards and search index once content is loaded", () => {
  let received: LoadedBriefs | undefined;
  const listener = (loaded: LoadedBriefs) => (received = loaded);
  afterEach(() => {
    offBriefsLoaded(listener);
    received = undefined;
  });

  const entries = [
    entry("plain", { title: "Plain", date: "2024-05-01", countries: ["Perú"] }),
    entry("draft", { title: "Draft", date: "2024-05-02", draft: true }),
    entry("pictured", { title: "Pictured", date: "2024-05-03", image: { src: "images/p.jpg", alt: "A port" } }),
  ];

  it("are the published ones, newest first, with their bodies", () => {
    onBriefsLoaded(listener);
    announceLoadedBriefs(entries);
    expect(received?.briefs.map((brief) => brief.slug)).toEqual(["pictured", "plain"]);
    expect(received?.bodies.get("plain")).toBe("<p>Body text.</p>");
    // No summary in its front matter: the first paragraph the loader kept stands in.
    expect(received?.briefs.find((brief) => brief.slug === "plain")?.summary).toBe("Body text.");
  });

  it("reach nobody outside a build (no listener), and cost nothing there", () => {
    announceLoadedBriefs(entries);
    expect(received).toBeUndefined();
  });

  it("give a card to each brief without its own image, named by slug", () => {
    onBriefsLoaded(listener);
    announceLoadedBriefs(entries);
    expect(cardJobs(received!.briefs, "/out")).toEqual([
      {
        file: join("/out", "social", "plain.png"),
        card: expect.objectContaining({ title: "Plain", country: "Perú", date: "1 May 2024", lang: "en" }) as unknown,
      },
    ]);
  });
});
