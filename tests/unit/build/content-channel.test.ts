import { describe, expect, it } from "vitest";
import { ContentChannel, contentChannel, publishLoadedBriefs } from "../../../src/build/content-channel.ts";
import type { StoredEntry } from "../../../src/build/loader/strict-glob.ts";
import { briefSchema } from "../../../src/schemas/brief.ts";

const NOW = new Date("2026-12-03T09:00:00Z");

const entry = (id: string, frontMatter: Record<string, unknown>): StoredEntry => ({
  id,
  filePath: `content/briefs/${id}.md`,
  data: briefSchema.parse(frontMatter),
  rendered: { html: `<p>Body of ${id}.</p>`, metadata: { firstParagraph: `Body of ${id}.` } },
});

const entries = [
  entry("plain", { title: "Plain", date: "2024-05-01", countries: ["Perú"] }),
  entry("draft", { title: "Draft", date: "2024-05-02", draft: true }),
  entry("pictured", { title: "Pictured", date: "2024-05-03", image: { src: "images/p.jpg", alt: "A port" } }),
];

/** The Vite plugins a build's resolved config holds once the channel's integration has run. */
function pluginsAddedFor(command: "build" | "dev" | "sync", channel: ContentChannel): unknown[] {
  const plugins: unknown[] = [];
  const setup = contentChannel(channel).hooks["astro:config:setup"] as (options: {
    command: string;
    updateConfig: (config: { vite?: { plugins?: unknown[] } }) => void;
  }) => void;
  setup({ command, updateConfig: (config) => plugins.push(...(config.vite?.plugins ?? [])) });
  return plugins;
}

const loaderContext = (plugins: unknown[]) =>
  ({ config: { vite: { plugins } }, store: { values: () => entries } }) as unknown as Parameters<
    typeof publishLoadedBriefs
  >[0];

describe("the content channel", () => {
  it("gives the build steps the published briefs, newest first, with their bodies", async () => {
    const channel = new ContentChannel(NOW);
    channel.publishBriefs(entries);
    const loaded = channel.loadedBriefs("A step");
    expect(loaded.briefs.map((brief) => brief.slug)).toEqual(["pictured", "plain"]);
    expect(loaded.bodies.get("plain")).toBe("<p>Body of plain.</p>");
    // No summary in its front matter: the first paragraph the loader kept stands in.
    expect(loaded.briefs.find((brief) => brief.slug === "plain")?.summary).toBe("Body of plain.");
    expect(await channel.whenLoaded).toBe(loaded);
  });

  it("keeps scheduled and expired briefs from the search index, cards and sitemap, and knows the next change", () => {
    const channel = new ContentChannel(NOW);
    channel.publishBriefs([
      ...entries,
      entry("embargoed", { title: "Embargoed", date: "2024-05-04", publishAt: "2026-12-05T07:00:00-05:00" }),
      entry("withdrawn", { title: "Withdrawn", date: "2024-05-05", expires: "2026-12-01" }),
      entry("draft-later", { title: "Draft later", date: "2026-12-04", draft: true }),
    ]);
    const loaded = channel.loadedBriefs("A step");
    expect(loaded.briefs.map((brief) => brief.slug)).toEqual(["pictured", "plain"]);
    expect(loaded.expired.map((brief) => brief.slug)).toEqual(["withdrawn"]);
    // The draft's date is sooner, but a draft is never published on schedule.
    expect(loaded.nextChange?.toISOString()).toBe("2026-12-05T12:00:00.000Z");
  });

  it("names the step that asks before the briefs are loaded", () => {
    expect(() => new ContentChannel(NOW).loadedBriefs("The sitemap")).toThrow(
      "The sitemap got no briefs: the briefs collection never finished loading",
    );
  });

  it("carries the briefs once", () => {
    const channel = new ContentChannel(NOW);
    channel.publishBriefs(entries);
    expect(() => {
      channel.publishBriefs(entries);
    }).toThrow("loaded twice");
  });

  it("reaches the loader through the resolved config of a build, nested among other Vite plugins", () => {
    const channel = new ContentChannel(NOW);
    const plugins = pluginsAddedFor("build", channel);
    publishLoadedBriefs(loaderContext([{ name: "other" }, false, [[...plugins]]]));
    expect(channel.loadedBriefs("A step").briefs).toHaveLength(2);
  });

  it("is not there in astro dev or astro sync, where the loader publishes nothing", () => {
    for (const command of ["dev", "sync"] as const) {
      const channel = new ContentChannel(NOW);
      expect(pluginsAddedFor(command, channel)).toEqual([]);
      publishLoadedBriefs(loaderContext([{ name: "other" }]));
      expect(() => channel.loadedBriefs("A step")).toThrow("never finished loading");
    }
  });
});
