import { glob, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { parse as parseYaml } from "yaml";
import { generateSocialCards, type CardJob } from "./generate.ts";
import { briefSocialCard } from "../../lib/brief-card.ts";
import { publishedBriefs, type Brief, type BriefEntry } from "../../lib/briefs.ts";
import { fileSlug } from "../../lib/slugs.ts";
import { socialCardPath } from "../../lib/urls.ts";
import { briefSchema } from "../../schemas/brief.ts";
import { site } from "../../site.config.ts";

/** Front matter as the content loader reads it: YAML's core schema, so dates stay strings for the schema. */
async function frontMatter(filePath: string): Promise<unknown> {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(await readFile(filePath, "utf8"));
  return (match && parseYaml(match[1] ?? "", { schema: "core" })) ?? {};
}

/**
 * The briefs a production build publishes, read straight from their front matter. The
 * content loader has already validated (and explained any error in) these files by the
 * time `astro:build:done` runs, and a card needs no body, so none is rendered.
 */
export async function briefsForCards(contentDir: string): Promise<Brief[]> {
  const base = resolve(contentDir, "briefs");
  const entries: BriefEntry[] = [];
  for await (const path of glob("**/*.md", { cwd: base })) {
    const filePath = join(base, path);
    entries.push({ id: fileSlug(path), filePath, data: briefSchema.parse(await frontMatter(filePath)) });
  }
  return publishedBriefs(entries, { defaultAuthor: site.defaultAuthor, includeDrafts: false });
}

/** Cards for every published brief without an image of its own, written under `outDir`. */
export function cardJobs(briefs: Brief[], outDir: string): CardJob[] {
  return briefs
    .filter((brief) => !brief.image)
    .map((brief) => ({ card: briefSocialCard(brief, site.name), file: join(outDir, socialCardPath(brief)) }));
}

/** Astro integration: after the pages are written, draws each brief's 1200x630 social card. */
export function socialCards(): AstroIntegration {
  let cacheDir = "";
  return {
    name: "dispatch-social-cards",
    hooks: {
      "astro:config:done": ({ config }) => {
        // Beside Astro's own cache, so DISPATCH_CACHE_DIR moves (and isolates) both.
        cacheDir = join(fileURLToPath(config.cacheDir), "social-cards");
      },
      "astro:build:done": async ({ dir, logger }) => {
        const briefs = await briefsForCards(process.env["CONTENT_DIR"] ?? "content");
        const stats = await generateSocialCards(cardJobs(briefs, fileURLToPath(dir)), { cacheDir });
        logger.info(
          `${stats.total} social cards in ${Math.round(stats.milliseconds)} ms ` +
            `(${stats.rendered} drawn${stats.workers ? ` by ${stats.workers} workers` : ""}, ${stats.reused} from cache)`,
        );
      },
    },
  };
}
